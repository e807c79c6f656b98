import { sql, type Expression } from 'kysely';

export type MigrationDialect = 'sqlite' | 'postgres';
type DataType = Parameters<import('kysely').CreateTableBuilder<string, never>['addColumn']>[1];

/**
 * Column types that behave the same on both databases. PostgreSQL text sorts by the server's
 * locale unless told otherwise; `COLLATE "C"` makes it sort by code point, as SQLite does, so
 * both stores list the same rows in the same order. Row ids count up on their own in both.
 */
export function columnTypes(dialect: MigrationDialect): { text: DataType; serialId: DataType; bigint: DataType } {
  if (dialect === 'postgres') {
    return { text: sql`text collate "C"` as Expression<unknown> as DataType, serialId: 'bigserial', bigint: 'bigint' };
  }
  return { text: 'text', serialId: 'integer', bigint: 'integer' };
}
