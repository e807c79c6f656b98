import type { Kysely } from 'kysely';

/** The SQLite file name inside the data folder. */
export const DEFAULT_SQLITE_FILE = 'expo.sqlite';

/**
 * Table shapes as Kysely sees them. Each resource keeps its whole document as JSON text (`doc` /
 * `layout`) and copies the fields that queries filter or sort on into columns beside it. The
 * repositories keep the two in step; nothing else writes these tables.
 */
export interface ExpoDatabase {
  expos: ExpoTable;
  categories: CategoryTable;
  halls: HallTable;
  exhibitors: ExhibitorTable;
  products: ProductTable;
  booth_designs: BoothDesignTable;
  events: EventTable;
}

export interface ExpoTable {
  id: string;
  name_zh: string;
  name_en: string;
  /** ISO 8601 date-times. */
  starts_at: string;
  ends_at: string;
}

/** One category of an expo's taxonomy; the primary key is (expo_id, id). */
export interface CategoryTable {
  id: string;
  expo_id: string;
  /** The parent category in the same expo (an industry), or null at the top level. */
  parent_id: string | null;
  name_zh: string;
  name_en: string;
  /** Category JSON. */
  doc: string;
}

export interface HallTable {
  id: string;
  expo_id: string;
  /** Halls are listed in this order (the organizer's numbering). */
  position: number;
  name_zh: string;
  name_en: string;
  /** HallLayout JSON. */
  layout: string;
  /** Incremented on every change, for optimistic concurrency. */
  revision: number;
}

export interface ExhibitorTable {
  id: string;
  expo_id: string;
  status: 'pending' | 'approved' | 'rejected';
  name_zh: string;
  name_en: string;
  country: string;
  /** Exhibitor JSON. */
  doc: string;
}

export interface ProductTable {
  id: string;
  exhibitor_id: string;
  /** Order of the product in its exhibitor's catalogue. */
  position: number;
  category: string;
  name_zh: string;
  name_en: string;
  model_code: string | null;
  glb_url: string | null;
  /** Product JSON. */
  doc: string;
}

export interface BoothDesignTable {
  id: string;
  exhibitor_id: string;
  hall_id: string | null;
  slot_id: string | null;
  template_id: string;
  revision: number;
  /** BoothDesign JSON. */
  doc: string;
}

export interface EventTable {
  id: string;
  expo_id: string;
  kind: string;
  hall_id: string | null;
  exhibitor_id: string | null;
  starts_at: string;
  /** ExpoEvent JSON. */
  doc: string;
}

export type ExpoDb = Kysely<ExpoDatabase>;

/** The tables that hold fair data, in an order that satisfies foreign keys on insert. */
export const DATA_TABLES = ['expos', 'categories', 'halls', 'exhibitors', 'products', 'booth_designs', 'events'] as const satisfies readonly (keyof ExpoDatabase)[];
