import { BoothDesignDocument, checkDesignFitsTemplate, DocumentError, type BoothDesign } from '../../model';
import { getBoothTemplate } from '../../hall-templates';
import type { ExpoDb } from './database';
import { decodeDocument, encodeDocument } from './document-codec';

/** Where a design stands: a slot of a hall. A design not yet placed has none. */
export interface BoothPlacement {
  hallId: string;
  slotId: string;
}

export interface PlacedDesign extends BoothPlacement {
  design: BoothDesign;
}

export type BoothDesignRepository = ReturnType<typeof createBoothDesignRepository>;

export function createBoothDesignRepository(db: ExpoDb, onWrite: () => void) {
  const decode = (row: { id: string; doc: string }): BoothDesign => decodeDocument(BoothDesignDocument, row.doc, `booth_designs/${row.id}`);

  return {
    /**
     * Validates a design — its schema, and that it fits its booth template — and stores it, placed
     * on a hall slot or not. A hall slot holds at most one design.
     */
    async insert(design: BoothDesign, placement: BoothPlacement | null): Promise<BoothDesign> {
      const { value, json } = encodeDocument(BoothDesignDocument, design);
      const template = getBoothTemplate(value.templateId);
      if (!template) throw new DocumentError(BoothDesignDocument.name, [`templateId: no booth template "${value.templateId}"`]);
      const fits = checkDesignFitsTemplate(value, template);
      if (!fits.ok) throw new DocumentError(BoothDesignDocument.name, fits.errors);
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
      onWrite();
      return value;
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
