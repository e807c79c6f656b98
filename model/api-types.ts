import { z } from 'zod';
import { BoothDesignSchema } from './booth-design';
import { BoothTemplateSchema } from './booth-template';
import { CategorySchema, ExhibitorSchema, ProductSchema } from './catalog';
import { HallLayoutSchema } from './hall-layout';
import { AssetUrl, Id, localizedText } from './primitives';

/** Every API error answers with this body and a 4xx/5xx status. */
export const ApiErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.string()).optional() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** One line of `GET /api/halls`. */
export const HallSummary = z.object({
  id: Id,
  expoId: Id,
  name: localizedText(),
  width: z.number(),
  depth: z.number(),
  slotCount: z.number().int(),
  exhibitorCount: z.number().int(),
  /** Floor plan for a thumbnail: the hall's cut-outs and its booth footprints as [minX, minZ, maxX, maxZ] in metres. */
  plan: z.object({
    cutouts: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    booths: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  }),
});
export type HallSummary = z.infer<typeof HallSummary>;
/** A fair, as the lobby introduces it. */
export const ExpoSummary = z.object({ id: Id, name: localizedText(), startsAt: z.string(), endsAt: z.string() });
export type ExpoSummary = z.infer<typeof ExpoSummary>;

export const HallList = z.object({ expos: z.array(ExpoSummary), items: z.array(HallSummary) });
export type HallList = z.infer<typeof HallList>;

/** `GET /api/expos`: every fair, by start date. */
export const ExpoList = z.object({ items: z.array(ExpoSummary) });
export type ExpoList = z.infer<typeof ExpoList>;

/** What the 3D view needs to draw one product on a stand. */
export const ProductSummary = ProductSchema.pick({ id: true, exhibitorId: true, name: true, category: true }).extend({
  glbUrl: AssetUrl.optional(),
});
export type ProductSummary = z.infer<typeof ProductSummary>;

/** A booth as placed in a hall: the slot it stands on, whose it is, and its design. */
export const PlacedBooth = z.object({
  slotId: Id,
  exhibitorId: Id,
  exhibitorName: localizedText(),
  design: BoothDesignSchema,
});
export type PlacedBooth = z.infer<typeof PlacedBooth>;

/** `GET /api/halls/:id`: everything needed to build the hall in 3D. */
export const HallView = z.object({
  layout: HallLayoutSchema,
  boothTemplates: z.array(BoothTemplateSchema),
  booths: z.array(PlacedBooth),
  products: z.array(ProductSummary),
});
export type HallView = z.infer<typeof HallView>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  });
}
export const ProductPage = pageOf(ProductSchema);
export type ProductPage = z.infer<typeof ProductPage>;

export const ExhibitorDetail = z.object({ exhibitor: ExhibitorSchema, products: z.array(ProductSchema) });
export type ExhibitorDetail = z.infer<typeof ExhibitorDetail>;

/** Query of `GET /api/products`. */
export const ProductQuery = z.object({
  hall: Id.optional(),
  exhibitor: Id.optional(),
  page: z.coerce.number({ error: 'must be a page number' }).int('must be a whole number').min(1, 'pages start at 1').max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});
export type ProductQuery = z.infer<typeof ProductQuery>;

/** `GET /api/categories`: an expo's category taxonomy (or every expo's), ordered by expo, then id. */
export const CategoryList = z.object({ items: z.array(CategorySchema) });
export type CategoryList = z.infer<typeof CategoryList>;

/** Query of `GET /api/categories`: one expo's categories, or every expo's when `expo` is left out. */
export const CategoryQuery = z.object({ expo: Id.optional() });
export type CategoryQuery = z.infer<typeof CategoryQuery>;
