import { z } from 'zod';
import { LIMITS } from './limits';

/** A stable identifier: lowercase letters, digits and dashes, as used in URLs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes, starting with a letter or digit')
  .max(LIMITS.idLength);

/**
 * A finite number (zod 4 already refuses NaN and ±Infinity; the message says so).
 * The message is for type errors only: a schema-level string would also replace the messages of
 * later `.min()` / `.max()` checks, so a yaw of 400 would read "must be a finite number".
 */
export const Finite = z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a finite number' : undefined) });
export const Metres = Finite;
export const PositiveMetres = Finite.positive('must be greater than 0 m');

/** Plain text with a length limit; control characters other than newline and tab are refused. */
export function text(max: number, min = 1) {
  return z
    .string()
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'must not contain control characters');
}

const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/;

/**
 * Multilingual text: a locale → string map that must hold at least `zh-CN` and `en`.
 * Further locales (e.g. `ja`, `fr`) may be added freely.
 */
export function localizedText(max: number = LIMITS.nameText) {
  return z
    .object({ 'zh-CN': text(max), en: text(max) })
    .catchall(text(max))
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!LOCALE_PATTERN.test(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a locale code like "en" or "zh-CN"` });
        }
      }
    });
}
export type LocalizedText = { 'zh-CN': string; en: string; [locale: string]: string };

/**
 * A URL the client may load: https anywhere, or a same-origin absolute path (`/assets/…`).
 * `http:`, `javascript:`, `data:` and protocol-relative `//host` URLs are refused.
 */
export const AssetUrl = z
  .string()
  .max(LIMITS.urlLength, `must be at most ${LIMITS.urlLength} characters`)
  .refine((url) => isSafeUrl(url), 'must be an https URL or a same-origin path starting with "/"');

/** Stands in for the page's own origin when checking that a path stays on it. */
const SAME_ORIGIN = 'https://same-origin.invalid';

export function isSafeUrl(url: string): boolean {
  if (url.startsWith('/')) {
    // Resolve rather than pattern-match: the URL parser drops tabs and newlines and reads "\" as "/",
    // so "/\t/evil.com" and "/\\evil.com" both mean "//evil.com", another origin.
    try {
      return new URL(url, SAME_ORIGIN).origin === SAME_ORIGIN;
    } catch {
      return false;
    }
  }
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** `#rrggbb` colour. */
export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');

/** Yaw in degrees, clockwise from north (+z) seen from above. */
export const YawDegrees = Finite.min(-360).max(360);

/** Rotation of a booth or slot: hall layouts are axis-aligned. */
export const RightAngle = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)], {
  error: 'must be 0, 90, 180 or 270 degrees',
});
export type RightAngle = z.infer<typeof RightAngle>;

export const Tag = text(LIMITS.tag);
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
