import type { Locale } from '../model';
import { t } from './i18n';

const KEY = 'open-expo.visitor';
const AVATAR_COLOURS = ['#e4572e', '#17bebb', '#ffc914', '#76b041', '#2e86ab', '#a23b72', '#f18f01', '#6a4c93'];

export interface VisitorIdentity {
  /** Shown on the avatar's name tag; no contact data. */
  name: string;
  color: string;
}

/** A guest identity kept in this browser, so a visitor keeps their name and colour across visits. */
export function visitorIdentity(locale: Locale): VisitorIdentity {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { n?: unknown; color?: unknown } | null;
    if (stored && typeof stored.n === 'number' && typeof stored.color === 'string') {
      return { name: t(locale, 'visitor.name', { n: stored.n }), color: stored.color };
    }
  } catch {
    // A damaged entry is replaced below.
  }
  const n = 1000 + Math.floor(Math.random() * 9000);
  const color = AVATAR_COLOURS[Math.floor(Math.random() * AVATAR_COLOURS.length)]!;
  localStorage.setItem(KEY, JSON.stringify({ n, color }));
  return { name: t(locale, 'visitor.name', { n }), color };
}
