import {
  ExhibitorRegistrationDocument,
  VisitorRegistrationDocument,
  type ExhibitorRegistration,
  type VisitorRegistration,
} from '../../model';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

export interface RegistrationFilter {
  expoId: string;
  status?: 'pending' | 'approved' | 'rejected';
  offset: number;
  limit: number;
}

export type ExhibitorRegistrationRepository = ReturnType<typeof createExhibitorRegistrationRepository>;
export type VisitorRegistrationRepository = ReturnType<typeof createVisitorRegistrationRepository>;

export function createExhibitorRegistrationRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; doc: string }): ExhibitorRegistration =>
    decodeDocument(ExhibitorRegistrationDocument, row.doc, `exhibitor_registrations/${row.id}`);
  const columns = (value: ExhibitorRegistration, json: string) => ({
    expo_id: value.expoId,
    exhibitor_id: value.exhibitorId,
    user_id: value.userId,
    uscc: value.uscc,
    status: value.status,
    submitted_at: value.submittedAt,
    doc: json,
  });

  return {
    async insert(registration: ExhibitorRegistration): Promise<ExhibitorRegistration> {
      const { value, json } = encodeDocument(ExhibitorRegistrationDocument, registration);
      await db.insertInto('exhibitor_registrations').values({ id: value.id, ...columns(value, json) }).execute();
      onWrite({ table: 'exhibitor_registrations', id: value.id });
      return value;
    },

    /** Replaces a registration (the organizer's review). */
    async update(registration: ExhibitorRegistration): Promise<ExhibitorRegistration> {
      const { value, json } = encodeDocument(ExhibitorRegistrationDocument, registration);
      await db.updateTable('exhibitor_registrations').set(columns(value, json)).where('id', '=', value.id).execute();
      onWrite({ table: 'exhibitor_registrations', id: value.id });
      return value;
    },

    async get(id: string): Promise<ExhibitorRegistration | undefined> {
      const row = await db.selectFrom('exhibitor_registrations').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    async getByExhibitor(exhibitorId: string): Promise<ExhibitorRegistration | undefined> {
      const row = await db.selectFrom('exhibitor_registrations').select(['id', 'doc']).where('exhibitor_id', '=', exhibitorId).executeTakeFirst();
      return row && decode(row);
    },

    /** Whether a company with this credit code already registered for the expo. */
    async usccTaken(expoId: string, uscc: string): Promise<boolean> {
      const row = await db.selectFrom('exhibitor_registrations').select('id').where('expo_id', '=', expoId).where('uscc', '=', uscc).executeTakeFirst();
      return row !== undefined;
    },

    /** Oldest first, so the review queue is worked in the order people signed up. */
    async page(filter: RegistrationFilter): Promise<{ items: ExhibitorRegistration[]; total: number }> {
      let query = db.selectFrom('exhibitor_registrations').where('expo_id', '=', filter.expoId);
      if (filter.status) query = query.where('status', '=', filter.status);
      const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query.select(['id', 'doc']).orderBy('submitted_at').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(decode), total: Number(counted.n) };
    },
  };
}

export function createVisitorRegistrationRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; doc: string }): VisitorRegistration =>
    decodeDocument(VisitorRegistrationDocument, row.doc, `visitor_registrations/${row.id}`);
  const columns = (value: VisitorRegistration, json: string) => ({
    expo_id: value.expoId,
    user_id: value.userId,
    status: value.status,
    submitted_at: value.submittedAt,
    doc: json,
  });

  return {
    async insert(registration: VisitorRegistration): Promise<VisitorRegistration> {
      const { value, json } = encodeDocument(VisitorRegistrationDocument, registration);
      await db.insertInto('visitor_registrations').values({ id: value.id, ...columns(value, json) }).execute();
      onWrite({ table: 'visitor_registrations', id: value.id });
      return value;
    },

    async update(registration: VisitorRegistration): Promise<VisitorRegistration> {
      const { value, json } = encodeDocument(VisitorRegistrationDocument, registration);
      await db.updateTable('visitor_registrations').set(columns(value, json)).where('id', '=', value.id).execute();
      onWrite({ table: 'visitor_registrations', id: value.id });
      return value;
    },

    async get(id: string): Promise<VisitorRegistration | undefined> {
      const row = await db.selectFrom('visitor_registrations').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    async getByUser(userId: string): Promise<VisitorRegistration | undefined> {
      const row = await db.selectFrom('visitor_registrations').select(['id', 'doc']).where('user_id', '=', userId).executeTakeFirst();
      return row && decode(row);
    },

    async page(filter: RegistrationFilter): Promise<{ items: VisitorRegistration[]; total: number }> {
      let query = db.selectFrom('visitor_registrations').where('expo_id', '=', filter.expoId);
      if (filter.status) query = query.where('status', '=', filter.status);
      const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await query.select(['id', 'doc']).orderBy('submitted_at').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(decode), total: Number(counted.n) };
    },
  };
}
