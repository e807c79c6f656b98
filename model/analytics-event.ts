import { z } from 'zod';
import { LIMITS } from './limits';
import { Id, text } from './primitives';

/**
 * Fields every analytics event carries. `visitorId` is pseudonymous (a random id kept by the
 * browser), never contact data; `at` is epoch milliseconds.
 */
const Base = z.object({
  v: z.literal(1),
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a pseudonymous id of 8–64 letters, digits, _ or -'),
  /** Epoch milliseconds; bounded by what a Date can hold. */
  at: z.number().int().min(0).max(8_640_000_000_000_000, 'must be a time in epoch milliseconds'),
  hallId: Id.optional(),
});

const Booth = Base.extend({ boothId: Id });
const ProductRef = Base.extend({ productId: Id, boothId: Id.optional() });

export const AnalyticsEventSchema = z.discriminatedUnion('type', [
  Base.extend({ type: z.literal('hall_enter') }),
  Booth.extend({ type: z.literal('booth_enter') }),
  Booth.extend({ type: z.literal('booth_leave'), dwellMs: z.number().int().min(0).max(86_400_000) }),
  ProductRef.extend({ type: z.literal('product_view') }),
  ProductRef.extend({ type: z.literal('model_open') }),
  ProductRef.extend({ type: z.literal('video_play') }),
  Booth.extend({ type: z.literal('chat') }),
  ProductRef.extend({ type: z.literal('like') }),
  ProductRef.extend({ type: z.literal('favorite') }),
  Booth.extend({ type: z.literal('message') }),
  ProductRef.extend({ type: z.literal('inquiry') }),
  Booth.extend({ type: z.literal('card_exchange') }),
  Booth.extend({ type: z.literal('meeting_booked'), eventId: Id.optional() }),
  Base.extend({ type: z.literal('search'), query: text(LIMITS.shortText), results: z.number().int().min(0) }),
]);
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;
export type AnalyticsEventType = AnalyticsEvent['type'];
