import { z } from 'zod';
import { ExpoEventSchema, ExhibitorSchema, ProductSchema } from './catalog';
export { ExpoEventInput } from './catalog';
import { ExhibitorRegistrationSchema, VisitorRegistrationSchema, VisitorReviewMode } from './registration';
import { pageOf } from './api-types';
import { Id, localizedText } from './primitives';

/** `?page=&pageSize=` on every list. */
export const PageQuery = z.object({
  page: z.coerce.number({ error: 'must be a page number' }).int('must be a whole number').min(1, 'pages start at 1').max(10_000).default(1),
  pageSize: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(100, 'at most 100 per page').default(24),
});

/** `GET /api/search`: one box over exhibitors and products. */
export const SearchQuery = PageQuery.extend({
  q: z.string().max(100, 'must be at most 100 characters').default(''),
  kind: z.enum(['exhibitor', 'product']).optional(),
  expo: Id.optional(),
  category: Id.optional(),
  tag: z.string().max(40).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like CN').optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  kind: z.enum(['exhibitor', 'product']),
  id: Id,
  exhibitorId: Id,
  name: localizedText(),
  exhibitorName: localizedText(),
  category: z.string().optional(),
  modelCode: z.string().optional(),
  country: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchPage = pageOf(SearchHit);
export type SearchPage = z.infer<typeof SearchPage>;

/** A product as an exhibitor creates or edits it: the server assigns `id` and `exhibitorId`. */
export const ProductInput = ProductSchema.omit({ id: true, exhibitorId: true });
export type ProductInput = z.input<typeof ProductInput>;

/** An exhibitor's editable public profile; its status is the organizer's to change. */
export const ExhibitorProfileInput = ExhibitorSchema.pick({ name: true, description: true, country: true, categories: true, logoUrl: true, website: true });
export type ExhibitorProfileInput = z.infer<typeof ExhibitorProfileInput>;


/**
 * `409 conflict` on a `PUT` based on an old revision: the error, plus the current document and its
 * revision so the editor can compare, keep either, or merge.
 */
export const ConflictBody = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string(), details: z.array(z.string()).optional() }),
  current: z.object({ revision: z.number().int(), document: z.unknown() }),
});
export type ConflictBody = z.infer<typeof ConflictBody>;

/** `POST /api/beacons` answers how many events were kept and why others were dropped (first few reasons). */
export const BeaconResult = z.object({ accepted: z.number().int(), rejected: z.number().int(), errors: z.array(z.string()) });
export type BeaconResult = z.infer<typeof BeaconResult>;

/** What the server found in an uploaded file: shown to the exhibitor before a product is saved. */
export const UploadResult = z.object({
  kind: z.enum(['glb', 'image', 'document']),
  sha256: z.string(),
  url: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  glb: z
    .object({
      triangles: z.number().int(),
      meshes: z.number().int(),
      textures: z.array(z.object({ width: z.number(), height: z.number(), mimeType: z.string() })),
      validator: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int(), messages: z.array(z.string()), truncated: z.boolean() }),
    })
    .optional(),
  image: z.object({ width: z.number().int(), height: z.number().int() }).optional(),
});
export type UploadResult = z.infer<typeof UploadResult>;

/** An expo as `GET /api/expos/:id` shows it (settings only for its organizers). */
export const ExpoDetail = z.object({
  id: Id,
  name: localizedText(),
  startsAt: z.string(),
  endsAt: z.string(),
  hallIds: z.array(Id),
  settings: z.object({ visitorReview: VisitorReviewMode }).optional(),
});
export type ExpoDetail = z.infer<typeof ExpoDetail>;

export const ExhibitorPage = pageOf(ExhibitorSchema);
export type ExhibitorPage = z.infer<typeof ExhibitorPage>;
export const ExhibitorQuery = PageQuery.extend({ expo: Id.optional(), status: z.enum(['pending', 'approved', 'rejected']).optional() });

export const EventQuery = PageQuery.extend({ expo: Id.optional(), hall: Id.optional(), exhibitor: Id.optional(), kind: z.enum(['talk', 'launch', 'meeting-slot']).optional() });
export const EventPage = pageOf(ExpoEventSchema);
export type EventPage = z.infer<typeof EventPage>;

export const RegistrationQuery = PageQuery.extend({ status: z.enum(['pending', 'approved', 'rejected']).optional() });
export const ExhibitorRegistrationPage = pageOf(ExhibitorRegistrationSchema);
export type ExhibitorRegistrationPage = z.infer<typeof ExhibitorRegistrationPage>;
export const VisitorRegistrationPage = pageOf(VisitorRegistrationSchema);
export type VisitorRegistrationPage = z.infer<typeof VisitorRegistrationPage>;

/** The private view of an exhibitor: profile, registration with contact data, and every product, drafts included. */
export const ExhibitorPrivate = z.object({
  exhibitor: ExhibitorSchema,
  registration: ExhibitorRegistrationSchema.optional(),
  products: z.array(ProductSchema),
});
export type ExhibitorPrivate = z.infer<typeof ExhibitorPrivate>;
