import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { SavedHistory } from './edit-history';

/**
 * The one IndexedDB wrapper of the editors (STYLE.md #9). Drafts are kept per document
 * (`booth:<id>`, `hall:<id>`) with the undo history, the revision the draft was based on and
 * whether a publish is waiting for the network. Every draft records the draft schema version it
 * was written with; `migrateDraft` brings older ones up to date when they are read.
 */
export interface Draft<D> {
  key: DraftKey;
  kind: 'booth' | 'hall';
  /** The published revision the edits started from; a publish PUTs with it. */
  baseRevision: number;
  history: SavedHistory<D>;
  /** `Date.now()` of the last save. */
  savedAt: number;
  schemaVersion: number;
  /** The exhibitor pressed Publish while offline: publish when the network returns. */
  publishPending: boolean;
}

export type DraftKey = `booth:${string}` | `hall:${string}`;

/** Version of the `Draft` record shape. Bump it with a step in `DRAFT_MIGRATIONS`. */
export const DRAFT_SCHEMA_VERSION = 1;
/** IndexedDB's own version of the database (object stores and indexes). */
const DB_VERSION = 1;
const STORE = 'drafts';

/** `DRAFT_MIGRATIONS[n]` turns a version-n draft record into version n + 1. */
const DRAFT_MIGRATIONS: Record<number, (draft: Record<string, unknown>) => Record<string, unknown>> = {};

interface DraftDb extends DBSchema {
  drafts: { key: string; value: Draft<unknown> };
}

export interface DraftStore {
  get<D>(key: DraftKey): Promise<Draft<D> | undefined>;
  put<D>(draft: Draft<D>): Promise<void>;
  delete(key: DraftKey): Promise<void>;
  close(): void;
}

/** Opens (creating or upgrading) the drafts database. */
export async function openDraftStore(dbName = 'open-expo-drafts'): Promise<DraftStore> {
  const db: IDBPDatabase<DraftDb> = await openDB<DraftDb>(dbName, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Each step creates what its version added; a fresh database runs them all.
      if (oldVersion < 1) database.createObjectStore(STORE, { keyPath: 'key' });
    },
  });

  /** The one transaction helper: every read and write goes through it. */
  async function inTransaction<T, M extends 'readonly' | 'readwrite'>(mode: M, work: (store: IDBPObjectStore<DraftDb, ['drafts'], 'drafts', M>) => Promise<T>): Promise<T> {
    const tx = db.transaction(STORE, mode);
    const result = await work(tx.store);
    await tx.done;
    return result;
  }

  return {
    async get<D>(key: DraftKey) {
      const raw = await inTransaction('readonly', (store) => store.get(key));
      return raw === undefined ? undefined : (migrateDraft(raw as unknown as Record<string, unknown>) as Draft<D> | undefined);
    },
    async put<D>(draft: Draft<D>) {
      await inTransaction('readwrite', (store) => store.put({ ...draft, schemaVersion: DRAFT_SCHEMA_VERSION } as Draft<unknown>));
    },
    async delete(key: DraftKey) {
      await inTransaction('readwrite', (store) => store.delete(key));
    },
    close: () => db.close(),
  };
}

/**
 * Brings a stored draft record up to `DRAFT_SCHEMA_VERSION`. A record from a newer build, or one
 * no migration can read, is not trusted: `undefined` (the editor then starts from the published
 * document) rather than a half-understood draft.
 */
export function migrateDraft(raw: Record<string, unknown>): Draft<unknown> | undefined {
  let record = raw;
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 0;
  if (version > DRAFT_SCHEMA_VERSION) return undefined;
  while (version < DRAFT_SCHEMA_VERSION) {
    const step = DRAFT_MIGRATIONS[version];
    if (!step) return undefined;
    record = { ...step(record), schemaVersion: version + 1 };
    version++;
  }
  return isDraft(record) ? record : undefined;
}

function isDraft(value: Record<string, unknown>): value is Draft<unknown> & Record<string, unknown> {
  const history = value.history as Record<string, unknown> | undefined;
  return (
    typeof value.key === 'string' &&
    /^(booth|hall):./.test(value.key) &&
    (value.kind === 'booth' || value.kind === 'hall') &&
    typeof value.baseRevision === 'number' &&
    typeof value.savedAt === 'number' &&
    typeof value.publishPending === 'boolean' &&
    typeof history === 'object' &&
    history !== null &&
    Array.isArray(history.entries) &&
    typeof history.cursor === 'number'
  );
}
