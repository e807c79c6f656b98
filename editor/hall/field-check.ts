import type { z } from 'zod';
import type { Locale } from '../../model';
import { hallText } from './hall-editor-messages';

/** What a field of the inspector says about its value: nothing when the model's schema takes it. */
export type FieldMessages = Partial<Record<string, string>>;

/**
 * Checks `candidate` (the edited item with the new value in it) against the model's own schema
 * and answers a message per field, keyed by the issue's path (`name.en`, `yaw`), in the page's
 * language — so the inspector refuses exactly what the server would, and says so next to the field.
 */
export function checkFields(schema: z.ZodType, candidate: unknown, locale: Locale): FieldMessages {
  const result = schema.safeParse(candidate);
  if (result.success) return {};
  const messages: FieldMessages = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    messages[key] ??= issueText(issue, locale);
  }
  return messages;
}

function issueText(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return hallText(locale, 'field.empty');
  if (issue.code === 'too_big' && issue.origin === 'string') return hallText(locale, 'field.tooLong', { n: Number(issue.maximum) });
  if (issue.code === 'invalid_format') return hallText(locale, 'field.colour');
  if (issue.code === 'too_big' && issue.origin === 'number') return hallText(locale, 'field.atMost', { n: Number(issue.maximum) });
  if (issue.code === 'too_small' && issue.origin === 'number') return hallText(locale, 'field.atLeast', { n: Number(issue.minimum) });
  return hallText(locale, 'field.invalid', { message: issue.message });
}
