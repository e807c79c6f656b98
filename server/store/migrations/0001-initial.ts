import type { Kysely, Migration } from 'kysely';
import { columnTypes, type MigrationDialect } from './column-types';

/**
 * The first schema: one table per document kind, the JSON document beside the columns that queries
 * filter and sort on. Migrations take `Kysely<any>` on purpose: they must keep describing the schema
 * as it was, not as `ExpoDatabase` says it is today.
 */
export const initial = (dialect: MigrationDialect): Migration => ({
  async up(db: Kysely<any>): Promise<void> {
    const { text } = columnTypes(dialect);
    await db.schema
      .createTable('expos')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('name_zh', text, (c) => c.notNull())
      .addColumn('name_en', text, (c) => c.notNull())
      .addColumn('starts_at', text, (c) => c.notNull())
      .addColumn('ends_at', text, (c) => c.notNull())
      .execute();

    // A category's id is a slug unique within its expo, so two fairs may each name `smart-home`.
    // The parent key is composite too: a category's parent is always in the same expo. SQLite does
    // not check a foreign key with a NULL column, so top-level categories need no parent row.
    await db.schema
      .createTable('categories')
      .addColumn('id', text, (c) => c.notNull())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('parent_id', 'text')
      .addColumn('name_zh', text, (c) => c.notNull())
      .addColumn('name_en', text, (c) => c.notNull())
      .addColumn('doc', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('categories_pk', ['expo_id', 'id'])
      .addForeignKeyConstraint('categories_parent', ['expo_id', 'parent_id'], 'categories', ['expo_id', 'id'])
      .execute();

    await db.schema
      .createTable('halls')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name_zh', text, (c) => c.notNull())
      .addColumn('name_en', text, (c) => c.notNull())
      .addColumn('layout', text, (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('halls_expo').on('halls').columns(['expo_id', 'position']).execute();

    await db.schema
      .createTable('exhibitors')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('name_zh', text, (c) => c.notNull())
      .addColumn('name_en', text, (c) => c.notNull())
      .addColumn('country', text, (c) => c.notNull())
      .addColumn('doc', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('exhibitors_expo_status').on('exhibitors').columns(['expo_id', 'status']).execute();

    await db.schema
      .createTable('products')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('exhibitor_id', text, (c) => c.notNull().references('exhibitors.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('category', text, (c) => c.notNull())
      .addColumn('name_zh', text, (c) => c.notNull())
      .addColumn('name_en', text, (c) => c.notNull())
      .addColumn('model_code', 'text')
      .addColumn('glb_url', 'text')
      .addColumn('doc', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('products_exhibitor').on('products').columns(['exhibitor_id', 'position']).execute();
    await db.schema.createIndex('products_category').on('products').column('category').execute();
    await db.schema.createIndex('products_model_code').on('products').column('model_code').execute();

    await db.schema
      .createTable('booth_designs')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('exhibitor_id', text, (c) => c.notNull().references('exhibitors.id').onDelete('cascade'))
      .addColumn('hall_id', text, (c) => c.references('halls.id').onDelete('set null'))
      .addColumn('slot_id', 'text')
      .addColumn('template_id', text, (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('doc', text, (c) => c.notNull())
      .addUniqueConstraint('booth_designs_hall_slot', ['hall_id', 'slot_id'])
      .execute();
    await db.schema.createIndex('booth_designs_exhibitor').on('booth_designs').column('exhibitor_id').execute();

    await db.schema
      .createTable('events')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('expo_id', text, (c) => c.notNull().references('expos.id').onDelete('cascade'))
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('hall_id', text, (c) => c.references('halls.id').onDelete('set null'))
      .addColumn('exhibitor_id', text, (c) => c.references('exhibitors.id').onDelete('cascade'))
      .addColumn('starts_at', text, (c) => c.notNull())
      .addColumn('doc', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_expo_start').on('events').columns(['expo_id', 'starts_at']).execute();
  },

  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['events', 'booth_designs', 'products', 'exhibitors', 'halls', 'categories', 'expos']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
});
