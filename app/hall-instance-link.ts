import { RoomId, type HallInstanceList, type Locale } from '../model';

/** The query parameter that names the instance (room id) a link leads into. */
export const INSTANCE_PARAM = 'instance';

/**
 * The instance a hall page was asked to join (`/hall/<id>?instance=<roomId>`): a well-formed room
 * id, or undefined when there is none. `invalid` is true when one was given but is not a room id
 * (the page then joins any instance and says so, as for a full one).
 */
export function instanceFromSearch(search: string): { instanceId: string | undefined; invalid: boolean } {
  const raw = new URLSearchParams(search).get(INSTANCE_PARAM);
  if (raw === null || raw === '') return { instanceId: undefined, invalid: false };
  const parsed = RoomId.safeParse(raw);
  return parsed.success ? { instanceId: parsed.data, invalid: false } : { instanceId: undefined, invalid: true };
}

/** The link a visitor sends to a friend: same hall, same instance, same page language. */
export function inviteUrl(origin: string, hallId: string, roomId: string, locale: Locale): string {
  const url = new URL(`/hall/${encodeURIComponent(hallId)}`, origin);
  url.searchParams.set(INSTANCE_PARAM, roomId);
  if (locale !== 'en') url.searchParams.set('lang', locale);
  return url.toString();
}

/** How full a hall is, for its lobby card: visitors, instances, and the share of seats taken (0..1). */
export function hallOccupancy(list: HallInstanceList): { visitors: number; instances: number; filled: number; maxPerInstance: number } {
  const seats = list.items.reduce((sum, i) => sum + i.maxClients, 0);
  return {
    visitors: list.visitors,
    instances: list.items.length,
    filled: seats > 0 ? Math.min(1, list.visitors / seats) : 0,
    maxPerInstance: list.items.reduce((max, i) => Math.max(max, i.maxClients), 0),
  };
}
