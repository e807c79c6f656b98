import type { Generated, Kysely } from 'kysely';

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
  users: UserTable;
  login_audit: LoginAuditTable;
  exhibitor_registrations: RegistrationTable & { exhibitor_id: string; uscc: string };
  visitor_registrations: RegistrationTable;
  uploads: UploadTable;
  analytics_events: AnalyticsEventTable;
  analytics_hourly: AnalyticsHourlyTable;
  analytics_uniques: AnalyticsUniqueTable;
}

export interface ExpoTable {
  id: string;
  name_zh: string;
  name_en: string;
  /** ISO 8601 date-times. */
  starts_at: string;
  ends_at: string;
  /** 'auto' approves visitor sign-ups at once; 'manual' queues them for an organizer. */
  visitor_review: Generated<'auto' | 'manual'>;
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
  /** 1 when visitors may see it, 0 for an exhibitor's draft. */
  published: Generated<number>;
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

/** One row written: which table, which id. Caches and the search index listen for these. */
export interface DataChange {
  table: keyof ExpoDatabase;
  id: string;
}

/** What a repository calls after each write. */
export type OnWrite = (change: DataChange) => void;

/** The tables that hold fair data, in an order that satisfies foreign keys on insert. */
export const DATA_TABLES = ['expos', 'categories', 'halls', 'exhibitors', 'products', 'booth_designs', 'events', 'users', 'exhibitor_registrations', 'visitor_registrations'] as const satisfies readonly (keyof ExpoDatabase)[];

/** A person who signs in. Passwords are stored only as scrypt hashes (see auth/passwords). */
export interface UserTable {
  id: string;
  /** Lower-cased; unique across the whole server. */
  email: string;
  password_hash: string;
  role: 'organizer' | 'exhibitor' | 'visitor';
  expo_id: string;
  exhibitor_id: string | null;
  display_name: string;
  created_at: string;
}

/** Every sign-in attempt, kept for the organizer's security review. */
export interface LoginAuditTable {
  id: Generated<number>;
  at: string;
  email: string;
  user_id: string | null;
  ip: string;
  user_agent: string;
  outcome: 'ok' | 'bad_password' | 'unknown_user' | 'rate_limited';
}

/** A sign-up waiting for, or past, an organizer's review; the JSON holds the contact details. */
export interface RegistrationTable {
  id: string;
  expo_id: string;
  user_id: string;
  status: 'pending' | 'approved' | 'rejected';
  submitted_at: string;
  doc: string;
}

/** A checked, content-addressed file; `report` is the UploadResult JSON shown to the uploader. */
export interface UploadTable {
  sha256: string;
  kind: 'glb' | 'image' | 'document';
  content_type: string;
  ext: string;
  bytes: number;
  created_by: string | null;
  created_at: string;
  report: string;
}

/** One analytics event as a visitor's browser reported it (`at`: epoch ms). */
export interface AnalyticsEventTable {
  id: Generated<number>;
  at: number;
  received_at: number;
  type: string;
  visitor_id: string;
  hall_id: string | null;
  booth_id: string | null;
  product_id: string | null;
  dwell_ms: number | null;
  /** Type-specific extras as JSON (e.g. a search's query and result count). */
  detail: string | null;
}

/** Running totals per booth or product per UTC hour (`hour`: `YYYY-MM-DDTHH`). */
export interface AnalyticsHourlyTable {
  hour: string;
  target_kind: 'booth' | 'product';
  target_id: string;
  views: number;
  unique_visitors: number;
  dwell_total_ms: number;
  dwell_count: number;
  likes: number;
  inquiries: number;
}

/** Which visitors were already counted for a target in an hour, so unique counts stay exact. */
export interface AnalyticsUniqueTable {
  hour: string;
  target_kind: 'booth' | 'product';
  target_id: string;
  visitor_id: string;
}
