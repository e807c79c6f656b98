import { ProductDocument, type Product } from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

/** Which products a page lists. Only published products of approved exhibitors are ever listed. */
export interface ProductFilter {
  /** Only products of these exhibitors (e.g. the exhibitors in one hall). An empty list matches nothing. */
  exhibitorIds?: readonly string[];
  offset: number;
  limit: number;
  /** The count of all matches when the caller already knows it (it caches counts per data version). */
  knownTotal?: number;
}

export type ProductRepository = ReturnType<typeof createProductRepository>;

/** The columns copied from a product document for queries to filter and sort on, plus the document. */
function searchableColumns(value: Product, json: string) {
  return {
    category: value.category,
    name_zh: value.name['zh-CN'],
    name_en: value.name.en,
    model_code: value.modelCode ?? null,
    glb_url: value.glbUrl ?? null,
    published: value.published ? 1 : 0,
    doc: json,
  };
}

export function createProductRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; doc: string }): Product => decodeDocument(ProductDocument, row.doc, `products/${row.id}`);

  return {
    /** Validates and stores a new product; `position` orders it within its exhibitor's catalogue. */
    async insert(product: Product, position: number): Promise<Product> {
      const { value, json } = encodeDocument(ProductDocument, product);
      await db
        .insertInto('products')
        .values({ id: value.id, exhibitor_id: value.exhibitorId, position, ...searchableColumns(value, json) })
        .execute();
      onWrite({ table: 'products', id: value.id });
      return value;
    },

    /** Validates and replaces a product, keeping its place in the catalogue. False when there is no such product. */
    async update(product: Product): Promise<boolean> {
      const { value, json } = encodeDocument(ProductDocument, product);
      const result = await db
        .updateTable('products')
        .set(searchableColumns(value, json))
        .where('id', '=', value.id)
        .where('exhibitor_id', '=', value.exhibitorId)
        .executeTakeFirst();
      const changed = Number(result.numUpdatedRows) > 0;
      if (changed) onWrite({ table: 'products', id: value.id });
      return changed;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('products').where('id', '=', id).executeTakeFirst();
      const deleted = Number(result.numDeletedRows) > 0;
      if (deleted) onWrite({ table: 'products', id: id });
      return deleted;
    },

    /** The next free catalogue position of an exhibitor (new products go last). */
    async nextPosition(exhibitorId: string): Promise<number> {
      const row = await db.selectFrom('products').select((eb) => eb.fn.max('position').as('last')).where('exhibitor_id', '=', exhibitorId).executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },

    /** Every product (published or not), ordered by id: what the search index is built from. */
    async all(): Promise<Product[]> {
      const rows = await db.selectFrom('products').select(['id', 'doc']).orderBy('id').execute();
      return rows.map(decode);
    },

    async get(id: string): Promise<Product | undefined> {
      const row = await db.selectFrom('products').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** The products with these ids, keyed by id; unknown ids are left out. */
    async getMany(ids: readonly string[]): Promise<Map<string, Product>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('products').select(['id', 'doc']).where('id', 'in', [...new Set(ids)]).execute();
      return new Map(rows.map((row) => [row.id, decode(row)]));
    },

    /** One exhibitor's catalogue in its own order: what visitors see, or with drafts for its owner. */
    async listByExhibitor(exhibitorId: string, options: { includeDrafts?: boolean } = {}): Promise<Product[]> {
      let query = db.selectFrom('products').select(['id', 'doc']).where('exhibitor_id', '=', exhibitorId);
      if (!options.includeDrafts) query = query.where('published', '=', 1);
      const rows = await query
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(decode);
    },

    /**
     * A page of products of approved exhibitors, ordered by exhibitor, then catalogue position, so
     * that pages never shuffle between requests. `total` counts every match.
     */
    async page(filter: ProductFilter): Promise<{ items: Product[]; total: number }> {
      if (filter.exhibitorIds && filter.exhibitorIds.length === 0) return { items: [], total: 0 };
      let query = db
        .selectFrom('products')
        .innerJoin('exhibitors', 'exhibitors.id', 'products.exhibitor_id')
        .where('exhibitors.status', '=', 'approved')
        .where('products.published', '=', 1);
      if (filter.exhibitorIds) query = query.where('products.exhibitor_id', 'in', [...new Set(filter.exhibitorIds)]);

      const total = filter.knownTotal ?? Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await query
        .select(['products.id', 'products.doc'])
        .orderBy('products.exhibitor_id')
        .orderBy('products.position')
        .orderBy('products.id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      return { items: rows.map(decode), total };
    },

  };
}
