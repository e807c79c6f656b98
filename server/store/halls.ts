import { DocumentError, HallLayoutDocument, type HallLayout } from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument, RejectedDocumentError } from './document-codec';

/** A hall as stored: its layout plus who owns it and which revision it is. */
export interface HallRecord {
  expoId: string;
  revision: number;
  layout: HallLayout;
}

export type HallRepository = ReturnType<typeof createHallRepository>;

export function createHallRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; expo_id: string; revision: number; layout: string }): HallRecord => ({
    expoId: row.expo_id,
    revision: row.revision,
    layout: decodeDocument(HallLayoutDocument, row.layout, `halls/${row.id}`),
  });

  return {
    /** Validates and stores a new hall at revision 1. `position` orders the hall list. */
    async insert(expoId: string, layout: HallLayout, position: number): Promise<HallRecord> {
      const { value, json } = encodeDocument(HallLayoutDocument, layout);
      await db
        .insertInto('halls')
        .values({ id: value.id, expo_id: expoId, position, name_zh: value.name['zh-CN'], name_en: value.name.en, layout: json, revision: 1 })
        .execute();
      onWrite({ table: 'halls', id: value.id });
      return { expoId, revision: 1, layout: value };
    },

    async get(id: string): Promise<HallRecord | undefined> {
      const row = await db.selectFrom('halls').select(['id', 'expo_id', 'revision', 'layout']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** Just the layout of a hall (what a hall room needs), or undefined when there is no such hall. */
    async findLayout(id: string): Promise<HallLayout | undefined> {
      const row = await db.selectFrom('halls').select(['id', 'expo_id', 'revision', 'layout']).where('id', '=', id).executeTakeFirst();
      return row && decode(row).layout;
    },

    /** Every hall, in the organizer's order. */
    async list(): Promise<HallRecord[]> {
      const rows = await db.selectFrom('halls').select(['id', 'expo_id', 'revision', 'layout']).orderBy('position').orderBy('id').execute();
      return rows.map(decode);
    },

    /**
     * Replaces a hall's layout if it is still at `baseRevision`; otherwise returns what is stored now.
     * The layout's own id must match `id`.
     */
    async updateLayout(id: string, layout: HallLayout, baseRevision: number): Promise<{ hall: HallRecord } | { conflict: HallRecord } | undefined> {
      const { value, json } = encodeDocument(HallLayoutDocument, layout);
      if (value.id !== id) throw new RejectedDocumentError(HallLayoutDocument.name, [`id: must be "${id}", the hall being saved`]);
      const result = await db
        .updateTable('halls')
        .set({ layout: json, name_zh: value.name['zh-CN'], name_en: value.name.en, revision: baseRevision + 1 })
        .where('id', '=', id)
        .where('revision', '=', baseRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        const current = await this.get(id);
        return current && { conflict: current };
      }
      onWrite({ table: 'halls', id: id });
      const expo = await db.selectFrom('halls').select('expo_id').where('id', '=', id).executeTakeFirstOrThrow();
      return { hall: { expoId: expo.expo_id, revision: baseRevision + 1, layout: value } };
    },

    /** The position after the last hall (where a new hall goes in the list), 1 when there is none. */
    async nextPosition(): Promise<number> {
      const row = await db.selectFrom('halls').select((eb) => eb.fn.max('position').as('last')).executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },

    /** True when a hall with this id exists (ids are unique across expos). */
    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('halls').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    /** The current revision of a hall, without reading its layout (cheap cache check). */
    async revision(id: string): Promise<number | undefined> {
      const row = await db.selectFrom('halls').select('revision').where('id', '=', id).executeTakeFirst();
      return row?.revision;
    },
  };
}
