import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { createBoothDesignRepository } from './booth-designs';
import { createCategoryRepository } from './categories';
import { DEFAULT_SQLITE_FILE, type ExpoDatabase, type ExpoDb } from './database';
import { createEventRepository } from './events';
import { createExhibitorRepository } from './exhibitors';
import { createExpoRepository } from './expos';
import { createHallRepository } from './halls';
import { migrationProvider } from './migrations';
import { createProductRepository } from './products';

export interface StoreOptions {
  /** Folder for the database; created if missing. */
  dataDir: string;
  /** SQLite file to open instead of `<dataDir>/expo.sqlite` (e.g. from `DATABASE_URL`). */
  file?: string;
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
}

/** An open database with its repositories. Whoever calls `openStore` calls `close()`. */
export interface Store extends StoreRepositories {
  readonly dialect: 'sqlite';
  /** Absolute path of the SQLite file. */
  readonly file: string;
  /** The Kysely instance, for queries the repositories do not offer yet (prefer adding one). */
  readonly db: ExpoDb;
  /**
   * A counter that changes whenever data is written through this store (after commit, for
   * transactions). Caches of derived responses compare it to know when they are stale.
   */
  readonly dataVersion: number;
  /** True when no expo has been stored yet (a fresh database, to be seeded). */
  isEmpty(): Promise<boolean>;
  /** Runs `work` in one transaction; everything it writes commits together or not at all. */
  transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function createRepositories(db: ExpoDb, onWrite: () => void): StoreRepositories {
  return {
    expos: createExpoRepository(db, onWrite),
    categories: createCategoryRepository(db, onWrite),
    halls: createHallRepository(db, onWrite),
    exhibitors: createExhibitorRepository(db, onWrite),
    products: createProductRepository(db, onWrite),
    boothDesigns: createBoothDesignRepository(db, onWrite),
    events: createEventRepository(db, onWrite),
  };
}

/**
 * Opens (creating if needed) the SQLite database, sets WAL, `synchronous = NORMAL` and foreign keys,
 * and runs every pending schema migration before returning.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const file = options.file ?? path.join(options.dataDir, DEFAULT_SQLITE_FILE);
  const inMemory = file === ':memory:';
  const absolute = inMemory ? file : path.resolve(file);
  if (!inMemory) fs.mkdirSync(path.dirname(absolute), { recursive: true });

  const sqlite = new Database(absolute);
  try {
    // WAL lets readers run while the one writer commits; NORMAL is durable across app crashes
    // (an OS crash may lose the last commits), which suits fair data backed up on a schedule.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<ExpoDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrated = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (migrated.error) {
    await db.destroy();
    const failed = migrated.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store: migration "${failed}" failed on ${absolute}: ${describe(migrated.error)}`, { cause: migrated.error });
  }

  let dataVersion = 0;
  const bump = () => {
    dataVersion++;
  };
  let closed = false;

  return {
    dialect: 'sqlite',
    file: absolute,
    db,
    get dataVersion() {
      return dataVersion;
    },
    ...createRepositories(db, bump),

    async isEmpty() {
      const row = await db.selectFrom('expos').select('id').limit(1).executeTakeFirst();
      return row === undefined;
    },

    async transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T> {
      let wrote = false;
      const result = await db.transaction().execute((trx) =>
        work(
          createRepositories(trx, () => {
            wrote = true;
          }),
        ),
      );
      if (wrote) bump();
      return result;
    },

    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
