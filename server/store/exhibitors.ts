import { ExhibitorDocument, type Exhibitor } from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export type ExhibitorRepository = ReturnType<typeof createExhibitorRepository>;

export function createExhibitorRepository(db: ExpoDb, onWrite: OnWrite) {
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
      onWrite({ table: 'exhibitors', id: value.id });
      return value;
    },

    /** Validates and replaces an exhibitor's profile (and status). */
    async update(exhibitor: Exhibitor): Promise<Exhibitor> {
      const { value, json } = encodeDocument(ExhibitorDocument, exhibitor);
      await db
        .updateTable('exhibitors')
        .set({ status: value.status, name_zh: value.name['zh-CN'], name_en: value.name.en, country: value.country, doc: json })
        .where('id', '=', value.id)
        .execute();
      onWrite({ table: 'exhibitors', id: value.id });
      return value;
    },

    /** A page of exhibitors, ordered by id; `expoId`/`status` narrow it. */
    async page(filter: { expoId?: string; status?: Exhibitor['status']; offset: number; limit: number }): Promise<{ items: Exhibitor[]; total: number }> {
      let query = db.selectFrom('exhibitors');
      if (filter.expoId) query = query.where('expo_id', '=', filter.expoId);
      if (filter.status) query = query.where('status', '=', filter.status);
      const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query.select(['id', 'doc']).orderBy('id').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(decode), total: Number(counted.n) };
    },

    /** Every exhibitor, ordered by id: what the search index is built from. */
    async all(): Promise<Exhibitor[]> {
      const rows = await db.selectFrom('exhibitors').select(['id', 'doc']).orderBy('id').execute();
      return rows.map(decode);
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
