import { sql, type Expression, type Kysely, type Migration } from 'kysely';
import { columnTypes, type MigrationDialect } from './column-types';

/**
 * Accounts (users, login audit, registrations with review), uploaded files, and analytics: raw
 * beacon events plus hourly aggregates per booth and product that reports read without scanning.
 */
export const accountsUploadsAnalytics = (dialect: MigrationDialect): Migration => ({
  async up(db: Kysely<any>): Promise<void> {
    const { text, serialId, bigint } = columnTypes(dialect);
    const serial = (c: any) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey());
    // Tables read and written only by their primary key: on SQLite, store rows in the key's own
    // B-tree instead of a rowid table plus an index (half the writes per beacon event).
    const withoutRowid = <T extends { modifyEnd(modifier: Expression<unknown>): T }>(builder: T): T =>
      dialect === 'sqlite' ? builder.modifyEnd(sql`without rowid`) : builder;

    await db.schema.alterTable('expos').addColumn('visitor_review', text, (c) => c.notNull().defaultTo('auto')).execute();
    await db.schema.alterTable('products').addColumn('published', 'integer', (c) => c.notNull().defaultTo(1)).execute();

    await db.schema
      .createTable('users')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('email', text, (c) => c.notNull().unique())
      .addColumn('password_hash', text, (c) => c.notNull())
      .addColumn('role', text, (c) => c.notNull())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('exhibitor_id', text, (c) => c.references('exhibitors.id').onDelete('cascade'))
      .addColumn('display_name', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_exhibitor').on('users').column('exhibitor_id').execute();

    await db.schema
      .createTable('login_audit')
      .addColumn('id', serialId, serial)
      .addColumn('at', text, (c) => c.notNull())
      .addColumn('email', text, (c) => c.notNull())
      .addColumn('user_id', text)
      .addColumn('ip', text, (c) => c.notNull())
      .addColumn('user_agent', text, (c) => c.notNull())
      .addColumn('outcome', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_audit_email').on('login_audit').columns(['email', 'at']).execute();

    await db.schema
      .createTable('exhibitor_registrations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('exhibitor_id', text, (c) => c.notNull().unique().references('exhibitors.id').onDelete('cascade'))
      .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('uscc', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('submitted_at', text, (c) => c.notNull())
      .addColumn('doc', text, (c) => c.notNull())
      .addUniqueConstraint('exhibitor_registrations_uscc', ['expo_id', 'uscc'])
      .execute();
    await db.schema.createIndex('exhibitor_registrations_status').on('exhibitor_registrations').columns(['expo_id', 'status', 'submitted_at']).execute();

    await db.schema
      .createTable('visitor_registrations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('user_id', text, (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('submitted_at', text, (c) => c.notNull())
      .addColumn('doc', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('visitor_registrations_status').on('visitor_registrations').columns(['expo_id', 'status', 'submitted_at']).execute();

    await db.schema
      .createTable('uploads')
      .addColumn('sha256', text, (c) => c.primaryKey())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('content_type', text, (c) => c.notNull())
      .addColumn('ext', text, (c) => c.notNull())
      .addColumn('bytes', bigint, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('report', text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('analytics_events')
      .addColumn('id', serialId, serial)
      .addColumn('at', bigint, (c) => c.notNull())
      .addColumn('received_at', bigint, (c) => c.notNull())
      .addColumn('type', text, (c) => c.notNull())
      .addColumn('visitor_id', text, (c) => c.notNull())
      .addColumn('hall_id', text)
      .addColumn('booth_id', text)
      .addColumn('product_id', text)
      .addColumn('dwell_ms', bigint)
      .addColumn('detail', text)
      .execute();
    await db.schema.createIndex('analytics_events_at').on('analytics_events').column('at').execute();

    await db.schema
      .createTable('analytics_hourly')
      .addColumn('hour', text, (c) => c.notNull())
      .addColumn('target_kind', text, (c) => c.notNull())
      .addColumn('target_id', text, (c) => c.notNull())
      .addColumn('views', bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('unique_visitors', bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('dwell_total_ms', bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('dwell_count', bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('likes', bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('inquiries', bigint, (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('analytics_hourly_pk', ['target_kind', 'target_id', 'hour'])
      .$call(withoutRowid)
      .execute();

    await db.schema
      .createTable('analytics_uniques')
      .addColumn('hour', text, (c) => c.notNull())
      .addColumn('target_kind', text, (c) => c.notNull())
      .addColumn('target_id', text, (c) => c.notNull())
      .addColumn('visitor_id', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('analytics_uniques_pk', ['target_kind', 'target_id', 'hour', 'visitor_id'])
      .$call(withoutRowid)
      .execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['analytics_uniques', 'analytics_hourly', 'analytics_events', 'uploads', 'visitor_registrations', 'exhibitor_registrations', 'login_audit', 'users']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
    await db.schema.alterTable('products').dropColumn('published').execute();
    await db.schema.alterTable('expos').dropColumn('visitor_review').execute();
  },
});
