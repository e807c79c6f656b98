import { ProductDocument, type Product } from '../../model';
import type { ExpoDb } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

/** Which products a page lists. Only products of approved exhibitors are ever listed. */
export interface ProductFilter {
  /** Only products of these exhibitors (e.g. the exhibitors in one hall). An empty list matches nothing. */
  exhibitorIds?: readonly string[];
  offset: number;
  limit: number;
}

export type ProductRepository = ReturnType<typeof createProductRepository>;

export function createProductRepository(db: ExpoDb, onWrite: () => void) {
  const decode = (row: { id: string; doc: string }): Product => decodeDocument(ProductDocument, row.doc, `products/${row.id}`);

  return {
    /** Validates and stores a new product; `position` orders it within its exhibitor's catalogue. */
    async insert(product: Product, position: number): Promise<Product> {
      const { value, json } = encodeDocument(ProductDocument, product);
      await db
        .insertInto('products')
        .values({
          id: value.id,
          exhibitor_id: value.exhibitorId,
          position,
          category: value.category,
          name_zh: value.name['zh-CN'],
          name_en: value.name.en,
          model_code: value.modelCode ?? null,
          glb_url: value.glbUrl ?? null,
          doc: json,
        })
        .execute();
      onWrite();
      return value;
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

    /** One exhibitor's catalogue in its own order. */
    async listByExhibitor(exhibitorId: string): Promise<Product[]> {
      const rows = await db
        .selectFrom('products')
        .select(['id', 'doc'])
        .where('exhibitor_id', '=', exhibitorId)
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
        .where('exhibitors.status', '=', 'approved');
      if (filter.exhibitorIds) query = query.where('products.exhibitor_id', 'in', [...new Set(filter.exhibitorIds)]);

      const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .select(['products.id', 'products.doc'])
        .orderBy('products.exhibitor_id')
        .orderBy('products.position')
        .orderBy('products.id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      return { items: rows.map(decode), total: Number(counted.n) };
    },
  };
}
