import type { Locale } from '../model';

/**
 * Countries and regions offered by the sign-up forms (ISO 3166-1 alpha-2): the fair's home market
 * and its usual trading partners. Names come from the browser's `Intl.DisplayNames`, so they are
 * always in the page language without a table of our own.
 */
const COUNTRY_CODES = [
  'CN', 'HK', 'MO', 'TW', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'PH', 'IN', 'PK', 'BD', 'AE', 'SA', 'TR', 'IL', 'EG',
  'ZA', 'NG', 'KE', 'RU', 'KZ', 'DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'CH', 'AT', 'PL', 'CZ', 'SE', 'NO', 'DK', 'FI',
  'GB', 'IE', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'AU', 'NZ',
] as const;

export const DEFAULT_COUNTRY = 'CN';

/** The name of a country or region in `locale`, or its code when the browser has no name for it. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The offered countries, the default first, the rest in the page language's alphabetical order. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  const options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }));
  return options.sort((a, b) => (a.code === DEFAULT_COUNTRY ? -1 : b.code === DEFAULT_COUNTRY ? 1 : collator.compare(a.name, b.name)));
}
