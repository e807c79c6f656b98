import { z } from 'zod';
import { defineDocument } from './document';
import { LIMITS } from './limits';
import { AssetUrl, Id, IsoDateTime, localizedText, Tag, text } from './primitives';

export const ExhibitorStatus = z.enum(['pending', 'approved', 'rejected']);

/** An exhibitor's public profile. Contact details live in the registration, never here. */
export const ExhibitorSchema = z.object({
  version: z.literal(1),
  id: Id,
  expoId: Id,
  name: localizedText(),
  description: localizedText(LIMITS.longText),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like CN'),
  categories: z.array(Tag).min(1).max(10),
  status: ExhibitorStatus,
  logoUrl: AssetUrl.optional(),
  website: AssetUrl.optional(),
});
export type Exhibitor = z.infer<typeof ExhibitorSchema>;
export const ExhibitorDocument = defineDocument({ name: 'Exhibitor', version: 1, schema: ExhibitorSchema });

export const ProductSpec = z.object({ name: localizedText(LIMITS.shortText), value: text(LIMITS.nameText) });
export const ProductMedia = z.object({ kind: z.enum(['image', 'video']), url: AssetUrl });

export const ProductSchema = z.object({
  version: z.literal(1),
  id: Id,
  exhibitorId: Id,
  name: localizedText(),
  description: localizedText(LIMITS.longText),
  category: Tag,
  tags: z.array(Tag).max(LIMITS.tagsPerProduct),
  specs: z.array(ProductSpec).max(LIMITS.specsPerProduct),
  /** Model / specification code, searchable (e.g. "XK-5200"). */
  modelCode: text(LIMITS.shortText).optional(),
  media: z.array(ProductMedia).max(LIMITS.mediaPerProduct).default([]),
  glbUrl: AssetUrl.optional(),
  /** A draft (false) is seen only by its exhibitor and the organizers until it is published. */
  published: z.boolean().default(true),
});
export type Product = z.infer<typeof ProductSchema>;
export const ProductDocument = defineDocument({ name: 'Product', version: 1, schema: ProductSchema });

/**
 * One entry of an expo's category taxonomy: the slug that products and exhibitors carry in their
 * `category` / `categories`, and its name in every language. Industries are the top level; a
 * product category names its industry as `parentId`.
 */
export const CategorySchema = z
  .object({
    version: z.literal(1),
    /** The slug itself, e.g. `cnc-machines`. Unique within its expo. */
    id: Id,
    expoId: Id,
    name: localizedText(LIMITS.shortText),
    parentId: Id.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.parentId === c.id) ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a category cannot be its own parent' });
  });
export type Category = z.infer<typeof CategorySchema>;
export const CategoryDocument = defineDocument({ name: 'Category', version: 1, schema: CategorySchema });

export const ExpoEventKind = z.enum(['talk', 'launch', 'meeting-slot']);

const ExpoEventFields = z.object({
  version: z.literal(1),
  id: Id,
  expoId: Id,
  kind: ExpoEventKind,
  title: localizedText(),
  description: localizedText(LIMITS.longText).optional(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  hallId: Id.optional(),
  stageId: Id.optional(),
  exhibitorId: Id.optional(),
  capacity: z.number().int().min(1).max(100000).optional(),
});

function checkEvent(e: Pick<z.infer<typeof ExpoEventFields>, 'startsAt' | 'endsAt' | 'kind' | 'exhibitorId'>, ctx: z.RefinementCtx): void {
  if (Date.parse(e.endsAt) <= Date.parse(e.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  }
  if (e.kind === 'meeting-slot' && !e.exhibitorId) {
    ctx.addIssue({ code: 'custom', path: ['exhibitorId'], message: 'a meeting slot belongs to an exhibitor' });
  }
}

/** A talk, product launch or bookable meeting slot. Called ExpoEvent to stay clear of the DOM's Event. */
export const ExpoEventSchema = ExpoEventFields.superRefine(checkEvent);
/** An event as created through the API: the server assigns `id` and `expoId`. */
export const ExpoEventInput = ExpoEventFields.omit({ id: true, expoId: true }).superRefine(checkEvent);
export type ExpoEvent = z.infer<typeof ExpoEventSchema>;
export const ExpoEventDocument = defineDocument({ name: 'ExpoEvent', version: 1, schema: ExpoEventSchema });
