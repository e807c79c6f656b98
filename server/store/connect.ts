import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DataChange, ExpoDatabase, ExpoDb } from './database';

/** Which database a store opens: the embedded SQLite file, or a PostgreSQL server. */
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
export type StoreDialect = DatabaseTarget['dialect'];

/** An open Kysely connection plus what only its dialect can do. */
export interface Connection {
  db: ExpoDb;
  dialect: StoreDialect;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  location: string;
  /**
   * Calls `listener` when another process sharing the database wrote data (PostgreSQL NOTIFY), so
   * caches and the search index catch up. `'many'` when the writer changed too much to list.
   * SQLite is one process: nothing to listen to.
   */
  listenForChanges(listener: (changes: readonly DataChange[] | 'many') => void): Promise<void>;
  /** Tells other processes what this one wrote (a no-op on SQLite). */
  announceChange(changes: readonly DataChange[]): void;
  close(): Promise<void>;
}

const CHANGE_CHANNEL = 'expo_data_changed';
/** NOTIFY payloads must stay under 8000 bytes; a longer list is sent as "many". */
const MAX_PAYLOAD_CHARS = 7000;

export async function connect(target: DatabaseTarget): Promise<Connection> {
  return target.dialect === 'sqlite' ? connectSqlite(target.file) : connectPostgres(target.url);
}

function connectSqlite(file: string): Connection {
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
  return {
    db,
    dialect: 'sqlite',
    location: absolute,
    async listenForChanges() {},
    announceChange() {},
    close: () => db.destroy(),
  };
}

/** node-pg returns int8 and numeric as strings; our counts and epoch milliseconds fit a double. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

async function connectPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes as pg.CustomTypesConfig });
  // Fail at start-up with the server's own message rather than on the first request.
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`store: cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  pool.on('error', (error) => console.error('[store] idle PostgreSQL connection failed:', error.message));
  const db = new Kysely<ExpoDatabase>({ dialect: new PostgresDialect({ pool }) });
  let listener: pg.Client | undefined;
  /** Names this store in its own notifications, so it does not hear its writes twice. */
  const INSTANCE = randomUUID();

  return {
    db,
    dialect: 'postgres',
    location: redact(url),
    async listenForChanges(onChange) {
      listener = new pg.Client({ connectionString: url });
      await listener.connect();
      listener.on('notification', (message) => {
        if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
        const { from, changes } = JSON.parse(message.payload) as { from: string; changes: DataChange[] | 'many' };
        if (from !== INSTANCE) onChange(changes);
      });
      listener.on('error', (error) => console.error('[store] PostgreSQL change listener failed:', error.message));
      await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
    },
    announceChange(changes) {
      let payload = JSON.stringify({ from: INSTANCE, changes });
      if (payload.length > MAX_PAYLOAD_CHARS) payload = JSON.stringify({ from: INSTANCE, changes: 'many' });
      pool.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, payload]).catch((error: Error) => {
        console.error('[store] could not announce a change to other processes:', error.message);
      });
    },
    async close() {
      await listener?.end().catch(() => undefined);
      await db.destroy();
    },
  };
}

/** The URL with its password replaced, for logs and error messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
