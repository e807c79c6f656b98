import { CategoryDocument, type Category } from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export type CategoryRepository = ReturnType<typeof createCategoryRepository>;

export function createCategoryRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; expo_id: string; doc: string }): Category =>
    decodeDocument(CategoryDocument, row.doc, `categories/${row.expo_id}/${row.id}`);

  return {
    /** Validates and stores a new category. Its parent, if it has one, must already be stored in the same expo. */
    async insert(category: Category): Promise<Category> {
      const { value, json } = encodeDocument(CategoryDocument, category);
      await db
        .insertInto('categories')
        .values({
          id: value.id,
          expo_id: value.expoId,
          parent_id: value.parentId ?? null,
          name_zh: value.name['zh-CN'],
          name_en: value.name.en,
          doc: json,
        })
        .execute();
      onWrite({ table: 'categories', id: value.id });
      return value;
    },

    async get(expoId: string, id: string): Promise<Category | undefined> {
      const row = await db.selectFrom('categories').select(['id', 'expo_id', 'doc']).where('expo_id', '=', expoId).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** One expo's categories, or every expo's when `expoId` is left out; ordered by expo, then id. */
    async list(expoId?: string): Promise<Category[]> {
      let query = db.selectFrom('categories').select(['id', 'expo_id', 'doc']);
      if (expoId !== undefined) query = query.where('expo_id', '=', expoId);
      const rows = await query.orderBy('expo_id').orderBy('id').execute();
      return rows.map(decode);
    },
  };
}
