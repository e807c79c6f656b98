import { z } from 'zod';
import { defineDocument } from './document';
import { Email, Password, Phone, ReviewStatus } from './identity';
import { LIMITS } from './limits';
import { AssetUrl, Id, IsoDateTime, localizedText, Tag, text } from './primitives';
import { Uscc } from './uscc';

const Country = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like CN');
const AcceptTerms = z.literal(true, { error: 'you must accept the terms of the expo to register' });

/**
 * What an exhibitor types into the sign-up form (sent as the `data` field of a multipart request
 * whose `licence` file is the business licence scan).
 */
export const ExhibitorSignUp = z.object({
  companyName: localizedText(),
  uscc: Uscc,
  contactPerson: text(LIMITS.shortText),
  phone: Phone,
  email: Email,
  password: Password,
  country: Country,
  categories: z.array(Tag).min(1, 'choose at least one category').max(10, 'choose at most 10 categories'),
  description: localizedText(LIMITS.longText).optional(),
  website: AssetUrl.optional(),
  acceptTerms: AcceptTerms,
});
export type ExhibitorSignUp = z.infer<typeof ExhibitorSignUp>;

/** A stored licence file: where it is and what it is. */
export const StoredFileRef = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), url: AssetUrl, contentType: z.string(), bytes: z.number().int().min(0) });
export type StoredFileRef = z.infer<typeof StoredFileRef>;

/** Where a registration stands in the organizer's review: the same fields for exhibitors and visitors. */
const reviewFields = {
  status: ReviewStatus,
  reviewReason: text(LIMITS.longText).optional(),
  submittedAt: IsoDateTime,
  reviewedAt: IsoDateTime.optional(),
  reviewedBy: Id.optional(),
};

/**
 * An exhibitor's registration with its contact details. Only the exhibitor itself and the
 * organizers of its expo ever read it; the public profile is the `Exhibitor` document.
 */
export const ExhibitorRegistrationSchema = z.object({
  version: z.literal(1),
  id: Id,
  expoId: Id,
  exhibitorId: Id,
  userId: Id,
  companyName: localizedText(),
  uscc: Uscc,
  contactPerson: text(LIMITS.shortText),
  phone: Phone,
  email: Email,
  country: Country,
  categories: z.array(Tag).min(1).max(10),
  licence: StoredFileRef,
  ...reviewFields,
});
export type ExhibitorRegistration = z.infer<typeof ExhibitorRegistrationSchema>;
export const ExhibitorRegistrationDocument = defineDocument({ name: 'ExhibitorRegistration', version: 1, schema: ExhibitorRegistrationSchema });

export const Currency = z.enum(['CNY', 'USD', 'EUR']);

/** What a visitor means to buy: matchmaking and exhibitors' lead lists start from this. */
export const PurchasingIntent = z
  .object({
    categories: z.array(Tag).max(10, 'choose at most 10 categories').default([]),
    tags: z.array(Tag).max(20, 'at most 20 tags').default([]),
    budget: z
      .object({ currency: Currency, min: z.number().int().min(0), max: z.number().int().min(0).max(1e12) })
      .refine((b) => b.max >= b.min, { message: 'max must not be below min', path: ['max'] })
      .optional(),
  });
export type PurchasingIntent = z.infer<typeof PurchasingIntent>;

export const VisitorSignUp = z.object({
  displayName: text(LIMITS.displayName),
  email: Email,
  password: Password,
  phone: Phone.optional(),
  company: text(LIMITS.nameText).optional(),
  jobTitle: text(LIMITS.shortText).optional(),
  country: Country,
  intent: PurchasingIntent.default({ categories: [], tags: [] }),
  acceptTerms: AcceptTerms,
});
export type VisitorSignUp = z.infer<typeof VisitorSignUp>;

export const VisitorRegistrationSchema = VisitorSignUp.omit({ password: true, acceptTerms: true }).extend({
  version: z.literal(1),
  id: Id,
  expoId: Id,
  userId: Id,
  ...reviewFields,
});
export type VisitorRegistration = z.infer<typeof VisitorRegistrationSchema>;
export const VisitorRegistrationDocument = defineDocument({ name: 'VisitorRegistration', version: 1, schema: VisitorRegistrationSchema });

/** The organizer's verdict on a registration; a rejection always says why. */
export const ReviewDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('reject'), reason: text(LIMITS.longText) }),
]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** How an expo treats visitor sign-ups: approved at once, or queued for an organizer. */
export const VisitorReviewMode = z.enum(['auto', 'manual']);
export const ExpoSettings = z.object({ visitorReview: VisitorReviewMode });
export type ExpoSettings = z.infer<typeof ExpoSettings>;
