import { BoothDesignDocument, checkDesignFitsTemplate, DocumentError, type BoothDesign } from '../../model';
import { getBoothTemplate } from '../../hall-templates';
import type { ExpoDb, OnWrite } from './database';
import { decodeDocument, encodeDocument, RejectedDocumentError } from './document-codec';

/** Where a design stands: a slot of a hall. A design not yet placed has none. */
export interface BoothPlacement {
  hallId: string;
  slotId: string;
}

export interface PlacedDesign extends BoothPlacement {
  design: BoothDesign;
}

export type BoothDesignRepository = ReturnType<typeof createBoothDesignRepository>;

export function createBoothDesignRepository(db: ExpoDb, onWrite: OnWrite) {
  const decode = (row: { id: string; doc: string }): BoothDesign => decodeDocument(BoothDesignDocument, row.doc, `booth_designs/${row.id}`);

  return {
    /**
     * Validates a design — its schema, and that it fits its booth template — and stores it, placed
     * on a hall slot or not. A hall slot holds at most one design.
     */
    async insert(design: BoothDesign, placement: BoothPlacement | null): Promise<BoothDesign> {
      const { value, json } = encodeDocument(BoothDesignDocument, design);
      const template = getBoothTemplate(value.templateId);
      if (!template) throw new RejectedDocumentError(BoothDesignDocument.name, [`templateId: no booth template "${value.templateId}"`]);
      const fits = checkDesignFitsTemplate(value, template);
      if (!fits.ok) throw new RejectedDocumentError(BoothDesignDocument.name, fits.errors);
      await db
        .insertInto('booth_designs')
        .values({
          id: value.id,
          exhibitor_id: value.exhibitorId,
          hall_id: placement?.hallId ?? null,
          slot_id: placement?.slotId ?? null,
          template_id: value.templateId,
          revision: value.revision,
          doc: json,
        })
        .execute();
      onWrite({ table: 'booth_designs', id: value.id });
      return value;
    },

    /**
     * Publishes a new revision of a design, but only if it is still at `baseRevision` (the one the
     * editor started from): the check and the write are one UPDATE, so two publishers cannot both
     * win. Returns the stored design, or `{ conflict }` with what is stored now.
     */
    async update(design: BoothDesign, baseRevision: number): Promise<{ design: BoothDesign } | { conflict: BoothDesign }> {
      const next = { ...design, revision: baseRevision + 1 };
      const { value, json } = encodeDocument(BoothDesignDocument, next);
      const template = getBoothTemplate(value.templateId);
      if (!template) throw new RejectedDocumentError(BoothDesignDocument.name, [`templateId: no booth template "${value.templateId}"`]);
      const fits = checkDesignFitsTemplate(value, template);
      if (!fits.ok) throw new RejectedDocumentError(BoothDesignDocument.name, fits.errors);
      const result = await db
        .updateTable('booth_designs')
        .set({ template_id: value.templateId, revision: value.revision, doc: json })
        .where('id', '=', value.id)
        .where('revision', '=', baseRevision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        const current = await this.get(value.id);
        if (!current) throw new DocumentError(BoothDesignDocument.name, [`id: no booth design "${value.id}"`]);
        return { conflict: current };
      }
      onWrite({ table: 'booth_designs', id: value.id });
      return { design: value };
    },

    /** Where a design stands, or null when it is not placed in a hall. */
    async placement(id: string): Promise<BoothPlacement | null | undefined> {
      const row = await db.selectFrom('booth_designs').select(['hall_id', 'slot_id']).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return row.hall_id && row.slot_id ? { hallId: row.hall_id, slotId: row.slot_id } : null;
    },

    /**
     * Moves a design onto a hall slot, or off any (null). The layout editor's publish uses it to
     * keep designs on the slots their exhibitors are assigned to; the design itself is unchanged.
     */
    async setPlacement(id: string, placement: BoothPlacement | null): Promise<void> {
      await db
        .updateTable('booth_designs')
        .set({ hall_id: placement?.hallId ?? null, slot_id: placement?.slotId ?? null })
        .where('id', '=', id)
        .execute();
      onWrite({ table: 'booth_designs', id });
    },

    /** The designs of these exhibitors with where each stands (null: not placed), ordered by id. */
    async listWithPlacement(exhibitorIds: readonly string[]): Promise<{ design: BoothDesign; placement: BoothPlacement | null }[]> {
      if (exhibitorIds.length === 0) return [];
      const rows = await db
        .selectFrom('booth_designs')
        .select(['id', 'hall_id', 'slot_id', 'doc'])
        .where('exhibitor_id', 'in', [...new Set(exhibitorIds)])
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        design: decode(row),
        placement: row.hall_id && row.slot_id ? { hallId: row.hall_id, slotId: row.slot_id } : null,
      }));
    },

    /** True when a design with this id exists (new designs need a free id). */
    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('booth_designs').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    /** Every placed design's id with its hall, for checking beacon booth ids cheaply. */
    async allIds(): Promise<string[]> {
      const rows = await db.selectFrom('booth_designs').select('id').orderBy('id').execute();
      return rows.map((r) => r.id);
    },

    async get(id: string): Promise<BoothDesign | undefined> {
      const row = await db.selectFrom('booth_designs').select(['id', 'doc']).where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    /** The designs placed in one hall, ordered by slot id. */
    async listByHall(hallId: string): Promise<PlacedDesign[]> {
      const rows = await db
        .selectFrom('booth_designs')
        .select(['id', 'hall_id', 'slot_id', 'doc'])
        .where('hall_id', '=', hallId)
        .where('slot_id', 'is not', null)
        .orderBy('slot_id')
        .execute();
      return rows.map((row) => ({ hallId, slotId: row.slot_id!, design: decode(row) }));
    },

    /** An exhibitor's designs (usually one), ordered by id. */
    async listByExhibitor(exhibitorId: string): Promise<BoothDesign[]> {
      const rows = await db.selectFrom('booth_designs').select(['id', 'doc']).where('exhibitor_id', '=', exhibitorId).orderBy('id').execute();
      return rows.map(decode);
    },
  };
}
