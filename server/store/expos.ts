import type { LocalizedText } from '../../model';
import type { ExpoDb } from './database';

/** A fair. Expos have no versioned document yet; the row is the whole record. */
export interface ExpoRecord {
  id: string;
  name: Pick<LocalizedText, 'zh-CN' | 'en'>;
  startsAt: string;
  endsAt: string;
}

export type ExpoRepository = ReturnType<typeof createExpoRepository>;

export function createExpoRepository(db: ExpoDb, onWrite: () => void) {
  return {
    async insert(expo: ExpoRecord): Promise<void> {
      await db
        .insertInto('expos')
        .values({ id: expo.id, name_zh: expo.name['zh-CN'], name_en: expo.name.en, starts_at: expo.startsAt, ends_at: expo.endsAt })
        .execute();
      onWrite();
    },

    async get(id: string): Promise<ExpoRecord | undefined> {
      const row = await db.selectFrom('expos').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: { 'zh-CN': row.name_zh, en: row.name_en }, startsAt: row.starts_at, endsAt: row.ends_at };
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('expos').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
