import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, type Store } from '../open-store';
import type { StoreDialect } from '../connect';

/**
 * Store and API tests run once per database. SQLite always; PostgreSQL when
 * `EXPO_TEST_POSTGRES_URL` names a server where the test user may create databases. CI sets
 * `EXPO_REQUIRE_POSTGRES=1`, which turns a missing URL into a failure instead of a skip.
 */
export const POSTGRES_TEST_URL = process.env.EXPO_TEST_POSTGRES_URL?.trim() || undefined;
const REQUIRE_POSTGRES = process.env.EXPO_REQUIRE_POSTGRES === '1';

const HOW_TO = 'start one with `export EXPO_TEST_POSTGRES_URL=$(.ci/start-postgres)` (needs Debian postgresql; run as root)';

if (!POSTGRES_TEST_URL) {
  if (REQUIRE_POSTGRES) throw new Error(`EXPO_REQUIRE_POSTGRES=1 but EXPO_TEST_POSTGRES_URL is not set: ${HOW_TO}`);
  if (!process.env.EXPO_QUIET_SKIPS) console.warn(`[store tests] PostgreSQL tests skipped: EXPO_TEST_POSTGRES_URL is not set; ${HOW_TO}.`);
}

export const DIALECTS_UNDER_TEST: StoreDialect[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** `describe` once per database under test; the body gets a function that opens a fresh, empty store. */
export function describeEachStore(name: string, body: (openFresh: () => Promise<Store>, dialect: StoreDialect) => void): void {
  for (const dialect of DIALECTS_UNDER_TEST) {
    describe(`${name} [${dialect}]`, () => body(() => openFreshStore(dialect), dialect));
  }
}

/**
 * A new empty store: a SQLite file in a temp folder, or a new PostgreSQL database. Closing it
 * removes the folder or drops the database.
 */
export async function openFreshStore(dialect: StoreDialect): Promise<Store> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-store-'));
    const store = await openStore({ dataDir: dir });
    return withCleanup(store, async () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const { url, drop } = await createPostgresDatabase();
  const store = await openStore({ dataDir: os.tmpdir(), postgresUrl: url });
  return withCleanup(store, drop);
}

/** Creates an empty PostgreSQL database for one test file or server process. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!POSTGRES_TEST_URL) throw new Error(`PostgreSQL is not available for tests: ${HOW_TO}`);
  const name = `expo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(POSTGRES_TEST_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withCleanup(store: Store, cleanup: () => Promise<void>): Store {
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      await cleanup();
    },
  });
}
