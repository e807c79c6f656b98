import { ExpoEventDocument, type ExpoEvent } from '../../model';
import type { ExpoDb } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export type EventRepository = ReturnType<typeof createEventRepository>;

export function createEventRepository(db: ExpoDb, onWrite: () => void) {
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
      onWrite();
      return value;
    },

    /** An expo's events in start order. */
    async listByExpo(expoId: string): Promise<ExpoEvent[]> {
      const rows = await db.selectFrom('events').select(['id', 'doc']).where('expo_id', '=', expoId).orderBy('starts_at').orderBy('id').execute();
      return rows.map(decode);
    },
  };
}
