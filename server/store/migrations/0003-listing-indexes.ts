import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for the public product listing: it filters on `published` and walks products in
 * exhibitor, then catalogue order, so one index serves both the filter and the sort.
 */
export const listingIndexes: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('products_listing').on('products').columns(['published', 'exhibitor_id', 'position', 'id']).execute();
  },
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('products_listing').execute();
  },
};
