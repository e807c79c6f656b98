import path from 'node:path';
import { Migrator } from 'kysely';
import { createAnalyticsRepository } from './analytics';
import { createBoothDesignRepository } from './booth-designs';
import { createCategoryRepository } from './categories';
import { connect, type DatabaseTarget, type StoreDialect } from './connect';
import { DEFAULT_SQLITE_FILE, type DataChange, type ExpoDb, type OnWrite } from './database';
import { createEventRepository } from './events';
import { createExhibitorRepository } from './exhibitors';
import { createExpoRepository } from './expos';
import { createHallRepository } from './halls';
import { migrationProvider } from './migrations';
import { createProductRepository } from './products';
import { createExhibitorRegistrationRepository, createVisitorRegistrationRepository } from './registrations';
import { createUploadRepository } from './uploads';
import { createUserRepository } from './users';

export interface StoreOptions {
  /** Folder for the SQLite database; created if missing. */
  dataDir: string;
  /** SQLite file to open instead of `<dataDir>/expo.sqlite`. */
  file?: string;
  /** A PostgreSQL URL (`postgres://user:pass@host/db`): the same store on PostgreSQL instead of SQLite. */
  postgresUrl?: string;
}

/** The typed repositories, one per resource. Each validates documents on the way in and out. */
export interface StoreRepositories {
  readonly expos: ReturnType<typeof createExpoRepository>;
  readonly categories: ReturnType<typeof createCategoryRepository>;
  readonly halls: ReturnType<typeof createHallRepository>;
  readonly exhibitors: ReturnType<typeof createExhibitorRepository>;
  readonly products: ReturnType<typeof createProductRepository>;
  readonly boothDesigns: ReturnType<typeof createBoothDesignRepository>;
  readonly events: ReturnType<typeof createEventRepository>;
  readonly users: ReturnType<typeof createUserRepository>;
  readonly exhibitorRegistrations: ReturnType<typeof createExhibitorRegistrationRepository>;
  readonly visitorRegistrations: ReturnType<typeof createVisitorRegistrationRepository>;
  readonly uploads: ReturnType<typeof createUploadRepository>;
  readonly analytics: ReturnType<typeof createAnalyticsRepository>;
}

/** An open database with its repositories. Whoever calls `openStore` calls `close()`. */
export interface Store extends StoreRepositories {
  readonly dialect: StoreDialect;
  /** The SQLite file's absolute path, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** The Kysely instance, for queries the repositories do not offer yet (prefer adding one). */
  readonly db: ExpoDb;
  /**
   * A counter that changes whenever data is written (after commit, for transactions) — by this
   * process, or by another one sharing the PostgreSQL database. Caches of derived responses
   * compare it to know when they are stale.
   */
  readonly dataVersion: number;
  /**
   * Calls `listener` after each committed write — by this process (one change per row, a
   * transaction's all at once after commit) or by another sharing the PostgreSQL database
   * (`'many'` when it wrote too much to list). Returns the function that stops listening.
   */
  onChange(listener: (changes: readonly DataChange[] | 'many') => void): () => void;
  /** True when no expo has been stored yet (a fresh database, to be seeded). */
  isEmpty(): Promise<boolean>;
  /** Runs `work` in one transaction; everything it writes commits together or not at all. */
  transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function createRepositories(db: ExpoDb, dialect: StoreDialect, onWrite: OnWrite): StoreRepositories {
  return {
    expos: createExpoRepository(db, onWrite),
    categories: createCategoryRepository(db, onWrite),
    halls: createHallRepository(db, onWrite),
    exhibitors: createExhibitorRepository(db, onWrite),
    products: createProductRepository(db, onWrite),
    boothDesigns: createBoothDesignRepository(db, onWrite),
    events: createEventRepository(db, onWrite),
    users: createUserRepository(db, onWrite),
    exhibitorRegistrations: createExhibitorRegistrationRepository(db, onWrite),
    visitorRegistrations: createVisitorRegistrationRepository(db, onWrite),
    uploads: createUploadRepository(db, onWrite),
    // Analytics rows are not data the API caches serve, so they do not bump the data version.
    analytics: createAnalyticsRepository(db, dialect),
  };
}

/** Where the options point: PostgreSQL when a URL is given, else the SQLite file. */
export function storeTarget(options: StoreOptions): DatabaseTarget {
  if (options.postgresUrl) return { dialect: 'postgres', url: options.postgresUrl };
  return { dialect: 'sqlite', file: options.file ?? path.join(options.dataDir, DEFAULT_SQLITE_FILE) };
}

/**
 * Opens the database (creating the SQLite file if needed; on SQLite: WAL, `synchronous = NORMAL`,
 * foreign keys) and runs every pending schema migration before returning. The same repositories
 * and queries serve SQLite and PostgreSQL.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const connection = await connect(storeTarget(options));
  const { db } = connection;
  const migrated = await new Migrator({ db, provider: migrationProvider(connection.dialect) }).migrateToLatest();
  if (migrated.error) {
    await connection.close();
    const failed = migrated.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store: migration "${failed}" failed on ${connection.location}: ${describe(migrated.error)}`, { cause: migrated.error });
  }

  let dataVersion = 0;
  const listeners = new Set<(changes: readonly DataChange[] | 'many') => void>();
  const changed = (changes: readonly DataChange[] | 'many') => {
    dataVersion++;
    for (const listener of listeners) listener(changes);
  };
  const wrote = (changes: readonly DataChange[]) => {
    changed(changes);
    connection.announceChange(changes);
  };
  try {
    await connection.listenForChanges(changed);
  } catch (error) {
    await connection.close();
    throw error;
  }
  let closed = false;

  return {
    dialect: connection.dialect,
    location: connection.location,
    db,
    get dataVersion() {
      return dataVersion;
    },
    ...createRepositories(db, connection.dialect, (change) => wrote([change])),

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async isEmpty() {
      const row = await db.selectFrom('expos').select('id').limit(1).executeTakeFirst();
      return row === undefined;
    },

    async transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T> {
      const changes: DataChange[] = [];
      const result = await db.transaction().execute((trx) => work(createRepositories(trx, connection.dialect, (change) => changes.push(change))));
      if (changes.length > 0) wrote(changes);
      return result;
    },

    async close() {
      if (closed) return;
      closed = true;
      await connection.close();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
