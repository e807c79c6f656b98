import type { Locale } from '../model';
import { t, type MessageKey } from './i18n';

/**
 * The model's validation messages (and the server's, which come from the same schemas) are
 * English. Each pattern below recognises one of them and names the message that says it in the
 * page language; the captured groups fill its `{n}` / `{c}` placeholders.
 */
const PATTERNS: readonly [RegExp, MessageKey, ...names: string[]][] = [
  [/^must not be empty$/, 'problem.required'],
  [/^Invalid input: expected string, received undefined$/, 'problem.required'],
  [/^must be at most (\d+) characters$/, 'problem.tooLong', 'n'],
  [/^must be at least (\d+) characters$/, 'problem.tooShort', 'n'],
  [/^must be an email address/, 'problem.email'],
  [/^must be a phone number/, 'problem.phone'],
  [/^must be 18 characters \(got (\d+)\)$/, 'problem.usccLength', 'n'],
  [/^must be 18 characters$/, 'problem.usccLength', 'n'],
  [/^character (\d+) \("(.)"\) is not allowed/, 'problem.usccCharacter', 'n', 'c'],
  [/^check character is wrong: the 18th character should be "(.)"/, 'problem.usccCheck', 'c'],
  [/^must be a two-letter country code/, 'problem.country'],
  [/^choose at least one category$/, 'problem.categoriesMin'],
  [/^choose at most (\d+) categories$/, 'problem.categoriesMax', 'n'],
  [/^at most (\d+) tags$/, 'problem.tagsMax', 'n'],
  [/^you must accept the terms/, 'problem.terms'],
  [/^must be an https URL/, 'problem.url'],
  [/^max must not be below min$/, 'problem.budgetOrder'],
  [/^Invalid input: expected (number|int), received/, 'problem.number'],
  [/^Too small: expected number to be >=0$/, 'problem.negative'],
  [/^already registered/, 'problem.alreadyRegistered'],
  [/^a company with this credit code has already registered/, 'problem.usccTaken'],
  [/^attach the business licence/, 'problem.licenceMissing'],
  [/^wrong email or password$/, 'problem.wrongPassword'],
  [/^too many sign-in attempts/, 'problem.tooManyAttempts'],
  // The form's own checks of the licence file (`licence-file.ts`), stored in English like the rest.
  [/^attach a scan of the business licence$/, 'problem.licenceMissing'],
  [/^must be a PNG, JPEG, WebP or PDF file$/, 'problem.licenceType'],
  [/^must be at most 10 MB \(this file is ([\d.]+) MB\)$/, 'problem.licenceSize', 'mb'],
];

/** A validation message in the page language; one no pattern knows is shown as it came. */
export function localizeProblem(message: string, locale: Locale): string {
  for (const [pattern, key, ...names] of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = match[i + 1] ?? '?'));
    return t(locale, key, params);
  }
  return message;
}
