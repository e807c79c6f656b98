import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';

/**
 * Every schema migration, by name. Names sort in the order they run; add `0002-…` below and never
 * edit one that has shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
};

/** Kysely migration provider that serves the migrations compiled into the server (no file lookup). */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
