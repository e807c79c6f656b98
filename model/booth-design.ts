import { z } from 'zod';
import type { BoothTemplate } from './booth-template';
import { defineDocument } from './document';
import type { Validation } from './errors';
import { LIMITS } from './limits';
import { AssetUrl, HexColor, Id, localizedText, Metres, YawDegrees, Finite } from './primitives';

export const BoothItemKind = z.enum([
  'product-stand',
  'counter',
  'screen',
  'poster',
  'brochure-rack',
  'model',
  'logo-wall',
  'plant',
  'seating',
  'meeting-table',
]);
export type BoothItemKind = z.infer<typeof BoothItemKind>;

/** Something the exhibitor placed in the booth, in the booth's own frame (see BoothTemplate). */
export const BoothItem = z.object({
  id: Id,
  kind: BoothItemKind,
  anchorId: Id.optional(),
  x: Metres,
  y: Metres.min(0).default(0),
  z: Metres,
  yaw: YawDegrees.default(0),
  scale: Finite.min(0.1).max(5).default(1),
  productId: Id.optional(),
  mediaUrl: AssetUrl.optional(),
});
export type BoothItem = z.infer<typeof BoothItem>;

export const WallMaterial = z.enum(['paint', 'wood', 'fabric', 'glass', 'metal']);

export const BoothDesignSchema = z
  .object({
    version: z.literal(1),
    id: Id,
    exhibitorId: Id,
    templateId: Id,
    /** Incremented by the server on every publish; a PUT names the revision it was based on. */
    revision: z.number().int().min(0),
    fasciaName: localizedText(LIMITS.shortText),
    theme: z.object({
      primaryColor: HexColor,
      accentColor: HexColor,
      wallMaterial: WallMaterial,
      logoUrl: AssetUrl.optional(),
    }),
    items: z.array(BoothItem).max(LIMITS.itemsPerBooth),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    d.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id "${item.id}"` });
      ids.add(item.id);
      if ((item.kind === 'product-stand' || item.kind === 'model') && !item.productId) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'productId'], message: `a ${item.kind} must link to a product` });
      }
    });
  });

export type BoothDesign = z.infer<typeof BoothDesignSchema>;
export const BoothDesignDocument = defineDocument({ name: 'BoothDesign', version: 1, schema: BoothDesignSchema });

/** Checks that need the template too: the template matches and every item stays inside the footprint. */
export function checkDesignFitsTemplate(design: BoothDesign, template: BoothTemplate): Validation<BoothDesign> {
  const errors: string[] = [];
  if (design.templateId !== template.id) errors.push(`templateId: design uses "${design.templateId}" but was checked against "${template.id}"`);
  const halfW = template.footprint.width / 2;
  const halfD = template.footprint.depth / 2;
  const anchors = new Set(template.anchors.map((a) => a.id));
  design.items.forEach((item, i) => {
    const overX = Math.abs(item.x) - halfW;
    const overZ = Math.abs(item.z) - halfD;
    if (overX > LIMITS.epsilon) errors.push(`items[${i}].x: item is ${overX.toFixed(2)} m outside the booth footprint`);
    if (overZ > LIMITS.epsilon) errors.push(`items[${i}].z: item is ${overZ.toFixed(2)} m outside the booth footprint`);
    if (item.anchorId && !anchors.has(item.anchorId)) errors.push(`items[${i}].anchorId: template "${template.id}" has no anchor "${item.anchorId}"`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: design };
}
