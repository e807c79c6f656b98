import type { Locale, Role } from '../model';

/** A page's URL that keeps the page language (`?lang=`), so the next page opens in the same one. */
export function pageUrl(path: string, locale: Locale, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, lang: locale });
  return `${path}?${query.toString()}`;
}

/** Where a user lands after signing in: organizers at their review queue, everyone else at their account. */
export function homeFor(role: Role): string {
  return role === 'organizer' ? '/organizer/review' : '/account';
}

/**
 * The page a sign-in link asked to return to (`?next=/editor`), if it is a path on this site.
 * Anything else — another origin, a protocol-relative `//host`, a backslash trick — is ignored,
 * so a crafted link cannot send a freshly signed-in user to someone else's page.
 */
export function returnPathFrom(search: string): string | undefined {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return undefined;
  const url = new URL(next, 'https://expo.invalid');
  return url.origin === 'https://expo.invalid' ? url.pathname : undefined;
}
