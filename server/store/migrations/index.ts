import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';
import { accountsUploadsAnalytics } from './0002-accounts-uploads-analytics';
import { listingIndexes } from './0003-listing-indexes';
import type { MigrationDialect } from './column-types';

/**
 * Every schema migration, by name, for one database dialect. Names sort in the order they run;
 * add `0003-…` below and never change what a shipped one does to an existing database.
 */
function migrations(dialect: MigrationDialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-accounts-uploads-analytics': accountsUploadsAnalytics(dialect),
    '0003-listing-indexes': listingIndexes,
  };
}

/** Kysely migration provider that serves the migrations compiled into the server (no file lookup). */
export function migrationProvider(dialect: MigrationDialect): MigrationProvider {
  return {
    async getMigrations() {
      return migrations(dialect);
    },
  };
}
