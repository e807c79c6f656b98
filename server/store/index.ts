/** server/store — the database behind the API: Kysely on SQLite or PostgreSQL, one repository per resource. */
export { openStore, storeTarget, type Store, type StoreOptions, type StoreRepositories } from './open-store';
export { redact, type DatabaseTarget, type StoreDialect } from './connect';
export { DATA_TABLES, DEFAULT_SQLITE_FILE, type ExpoDatabase, type ExpoDb } from './database';
export type { ExpoRecord, ExpoRepository } from './expos';
export type { CategoryRepository } from './categories';
export type { HallRecord, HallRepository } from './halls';
export type { ExhibitorRepository } from './exhibitors';
export type { ProductFilter, ProductRepository } from './products';
export type { BoothPlacement, PlacedDesign, BoothDesignRepository } from './booth-designs';
export type { EventRepository } from './events';
export type { UserRecord, LoginAttempt, UserRepository } from './users';
export type { RegistrationFilter, ExhibitorRegistrationRepository, VisitorRegistrationRepository } from './registrations';
export type { UploadRepository } from './uploads';
export { hourOf, type HourlyStats, type AnalyticsRepository } from './analytics';
export { RejectedDocumentError } from './document-codec';
