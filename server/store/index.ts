/** server/store — the database behind the API: Kysely on SQLite, one repository per resource. */
export { openStore, type Store, type StoreOptions, type StoreRepositories } from './open-store';
export { DATA_TABLES, DEFAULT_SQLITE_FILE, type ExpoDatabase, type ExpoDb } from './database';
export type { ExpoRecord, ExpoRepository } from './expos';
export type { CategoryRepository } from './categories';
export type { HallRecord, HallRepository } from './halls';
export type { ExhibitorRepository } from './exhibitors';
export type { ProductFilter, ProductRepository } from './products';
export type { BoothPlacement, PlacedDesign, BoothDesignRepository } from './booth-designs';
export type { EventRepository } from './events';
