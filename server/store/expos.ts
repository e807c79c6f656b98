import type { ExpoSettings, LocalizedText } from '../../model';
import type { ExpoDb, OnWrite } from './database';

/** A fair. Expos have no versioned document yet; the row is the whole record. */
export interface ExpoRecord {
  id: string;
  name: Pick<LocalizedText, 'zh-CN' | 'en'>;
  startsAt: string;
  endsAt: string;
}

export type ExpoRepository = ReturnType<typeof createExpoRepository>;

export function createExpoRepository(db: ExpoDb, onWrite: OnWrite) {
  return {
    async insert(expo: ExpoRecord): Promise<void> {
      await db
        .insertInto('expos')
        .values({ id: expo.id, name_zh: expo.name['zh-CN'], name_en: expo.name.en, starts_at: expo.startsAt, ends_at: expo.endsAt })
        .execute();
      onWrite({ table: 'expos', id: expo.id });
    },

    async get(id: string): Promise<ExpoRecord | undefined> {
      const row = await db.selectFrom('expos').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: { 'zh-CN': row.name_zh, en: row.name_en }, startsAt: row.starts_at, endsAt: row.ends_at };
    },

    /** Every expo, ordered by start date. */
    async list(): Promise<ExpoRecord[]> {
      const rows = await db.selectFrom('expos').selectAll().orderBy('starts_at').orderBy('id').execute();
      return rows.map((row) => ({ id: row.id, name: { 'zh-CN': row.name_zh, en: row.name_en }, startsAt: row.starts_at, endsAt: row.ends_at }));
    },

    async settings(id: string): Promise<ExpoSettings | undefined> {
      const row = await db.selectFrom('expos').select('visitor_review').where('id', '=', id).executeTakeFirst();
      return row && { visitorReview: row.visitor_review };
    },

    async updateSettings(id: string, settings: ExpoSettings): Promise<void> {
      await db.updateTable('expos').set({ visitor_review: settings.visitorReview }).where('id', '=', id).execute();
      onWrite({ table: 'expos', id: id });
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('expos').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
