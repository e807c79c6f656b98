import { z } from 'zod';
import { LIMITS } from './limits';
import { Id, text } from './primitives';

/** Who a signed-in user is for the fair: organizers run an expo, exhibitors a booth, visitors walk. */
export const Role = z.enum(['organizer', 'exhibitor', 'visitor']);
export type Role = z.infer<typeof Role>;

/** Registration review outcome; also an exhibitor's public status. */
export const ReviewStatus = z.enum(['pending', 'approved', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .toLowerCase()
  .pipe(z.email({ error: 'must be an email address like name@example.com' }));

/**
 * A phone number: an optional +, then 7–15 digits (E.164), spaces, dashes and brackets allowed while
 * typing. Mainland mobile numbers (11 digits starting 1[3-9]) are accepted without +86.
 */
export const Phone = z
  .string()
  .max(32, 'must be at most 32 characters')
  .transform((raw) => raw.replace(/[\s\-()]/g, ''))
  .refine((p) => /^\+?[1-9]\d{6,14}$/.test(p), 'must be a phone number like +86 138 0013 8000 or 13800138000');

/** Passwords are long rather than clever; the upper limit keeps the KDF's input bounded. */
export const Password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');

export const LoginRequest = z.object({ email: Email, password: z.string().min(1, 'must not be empty').max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in user as the API describes them; contact details are the user's own, sent only to them. */
export const UserSummary = z.object({
  id: Id,
  email: z.string(),
  role: Role,
  expoId: Id,
  displayName: text(LIMITS.shortText),
  /** Set for exhibitor staff: the exhibitor they act for. */
  exhibitorId: Id.optional(),
  /** Registration status: exhibitors and visitors wait for review when the expo asks for it. */
  status: ReviewStatus,
  /** Why the organizer rejected the registration, shown to the user. */
  reviewReason: z.string().optional(),
});
export type UserSummary = z.infer<typeof UserSummary>;

/** Answer of `POST /api/auth/login` and of a sign-up: the session token also goes in an httpOnly cookie. */
export const SessionInfo = z.object({ token: z.string(), expiresAt: z.string(), user: UserSummary });
export type SessionInfo = z.infer<typeof SessionInfo>;
