/**
 * A country's names for keyword search: a buyer types "Germany" or 「德国」, not "DE". The alpha-2
 * code itself is left out on purpose: two-letter codes collide with words and with typo matches
 * ("cnc" is one edit from "cn"), and the `country` filter already takes codes.
 */

const DISPLAY_NAMES = [new Intl.DisplayNames(['en'], { type: 'region' }), new Intl.DisplayNames(['zh-CN'], { type: 'region' })];
const cache = new Map<string, string>();

/** "DE" → "Germany 德国"; an unknown or malformed code gives ''. */
export function countryNames(code: string): string {
  const upper = code.toUpperCase();
  let names = cache.get(upper);
  if (names === undefined) {
    names = DISPLAY_NAMES.map((display) => {
      try {
        const name = display.of(upper);
        // DisplayNames echoes a well-formed code it has no name for.
        return name === upper ? '' : (name ?? '');
      } catch {
        return ''; // malformed code (RangeError)
      }
    }).join(' ').trim();
    cache.set(upper, names);
  }
  return names;
}
