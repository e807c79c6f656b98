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
