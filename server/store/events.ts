import { ExpoEventDocument, type ExpoEvent } from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export type EventRepository = ReturnType<typeof createEventRepository>;

export function createEventRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; doc: string }): ExpoEvent => decodeDocument(ExpoEventDocument, row.doc, `events/${row.id}`);

  return {
    /** Validates and stores a talk, launch or meeting slot. */
    async insert(event: ExpoEvent): Promise<ExpoEvent> {
      const { value, json } = encodeDocument(ExpoEventDocument, event);
      await db
        .insertInto('events')
        .values({
          id: value.id,
          expo_id: value.expoId,
          kind: value.kind,
          hall_id: value.hallId ?? null,
          exhibitor_id: value.exhibitorId ?? null,
          // Normalised to UTC so that the column sorts in time order whatever offset the document used.
          starts_at: new Date(value.startsAt).toISOString(),
          doc: json,
        })
        .execute();
      onWrite({ table: 'events', id: value.id });
      return value;
    },

    async get(id: string): Promise<ExpoEvent | undefined> {
      const row = await db.selectFrom('events').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** Validates and replaces an event. */
    async update(event: ExpoEvent): Promise<ExpoEvent> {
      const { value, json } = encodeDocument(ExpoEventDocument, event);
      await db
        .updateTable('events')
        .set({ kind: value.kind, hall_id: value.hallId ?? null, exhibitor_id: value.exhibitorId ?? null, starts_at: new Date(value.startsAt).toISOString(), doc: json })
        .where('id', '=', value.id)
        .execute();
      onWrite({ table: 'events', id: value.id });
      return value;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('events').where('id', '=', id).executeTakeFirst();
      const deleted = Number(result.numDeletedRows) > 0;
      if (deleted) onWrite({ table: 'events', id: id });
      return deleted;
    },

    /** A page of events in start order, narrowed by expo, hall, exhibitor or kind. */
    async page(filter: { expoId?: string; hallId?: string; exhibitorId?: string; kind?: ExpoEvent['kind']; offset: number; limit: number }): Promise<{ items: ExpoEvent[]; total: number }> {
      let query = db.selectFrom('events');
      if (filter.expoId) query = query.where('expo_id', '=', filter.expoId);
      if (filter.hallId) query = query.where('hall_id', '=', filter.hallId);
      if (filter.exhibitorId) query = query.where('exhibitor_id', '=', filter.exhibitorId);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query.select(['id', 'doc']).orderBy('starts_at').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(decode), total: Number(counted.n) };
    },

    /** An expo's events in start order. */
    async listByExpo(expoId: string): Promise<ExpoEvent[]> {
      const rows = await db.selectFrom('events').select(['id', 'doc']).where('expo_id', '=', expoId).orderBy('starts_at').orderBy('id').execute();
      return rows.map(decode);
    },
  };
}
