import { ExhibitorDocument, type Exhibitor } from '../../model';
import type { ExpoDb } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export type ExhibitorRepository = ReturnType<typeof createExhibitorRepository>;

export function createExhibitorRepository(db: ExpoDb, onWrite: () => void) {
  const decode = (row: { id: string; doc: string }): Exhibitor => decodeDocument(ExhibitorDocument, row.doc, `exhibitors/${row.id}`);

  return {
    /** Validates and stores a new exhibitor. */
    async insert(exhibitor: Exhibitor): Promise<Exhibitor> {
      const { value, json } = encodeDocument(ExhibitorDocument, exhibitor);
      await db
        .insertInto('exhibitors')
        .values({
          id: value.id,
          expo_id: value.expoId,
          status: value.status,
          name_zh: value.name['zh-CN'],
          name_en: value.name.en,
          country: value.country,
          doc: json,
        })
        .execute();
      onWrite();
      return value;
    },

    async get(id: string): Promise<Exhibitor | undefined> {
      const row = await db.selectFrom('exhibitors').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** The exhibitors with these ids, keyed by id; unknown ids are left out. */
    async getMany(ids: readonly string[]): Promise<Map<string, Exhibitor>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('exhibitors').select(['id', 'doc']).where('id', 'in', [...new Set(ids)]).execute();
      return new Map(rows.map((row) => [row.id, decode(row)]));
    },

    /** An expo's exhibitors ordered by id, optionally only those with one status. */
    async listByExpo(expoId: string, status?: Exhibitor['status']): Promise<Exhibitor[]> {
      let query = db.selectFrom('exhibitors').select(['id', 'doc']).where('expo_id', '=', expoId);
      if (status) query = query.where('status', '=', status);
      const rows = await query.orderBy('id').execute();
      return rows.map(decode);
    },
  };
}
