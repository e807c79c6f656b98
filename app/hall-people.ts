import { AvatarRole, type ModerationResult, type MuteList } from '../model';

/** Tuning of the organizer's people panel. */
export const PEOPLE_PANEL_SETTINGS = {
  /** How often the open panel re-reads distances and booths (ms): people walk, but a list that jumps 10 times a second can't be clicked. */
  refreshMs: 1000,
  /** Minutes a mute from the panel lasts (sent with the request, so the panel knows when it ends). */
  muteMinutes: 10,
  /** Rows shown at most, nearest first (the room sends this client the nearest 50 avatars anyway). */
  maxRows: 50,
} as const;

/** Someone this client sees in the hall instance, as the room client reports them (no contact data). */
export interface PersonInRoom {
  id: string;
  name: string;
  role: string;
  /** Booth slot id they stand in ('' in the aisles). */
  booth: string;
  x: number;
  z: number;
}

/** One row of the people panel. */
export interface PeopleRow {
  id: string;
  name: string;
  role: AvatarRole;
  booth: string;
  /** Metres from the organizer, rounded to whole metres; undefined while the organizer's own pose is unknown. */
  distance: number | undefined;
  /** Epoch ms the mute this organizer gave ends; undefined when not muted (as far as this page knows). */
  mutedUntil: number | undefined;
}

/**
 * What this organizer's page knows of moderation: who is muted (until when), the request
 * waiting for its answer, and the last answer. The server sends organizers the instance's whole
 * mute list (every organizer's mutes, kept across reloads); a done answer updates the record at
 * once, and the list that follows it settles it.
 */
export interface ModerationRecord {
  readonly mutedUntil: ReadonlyMap<string, number>;
  readonly pending: { action: ModerationResult['action']; sessionId: string; minutes?: number } | undefined;
  readonly last: ModerationResult | undefined;
}

export const NO_MODERATION: ModerationRecord = { mutedUntil: new Map(), pending: undefined, last: undefined };

/** The record after sending a request (shown as pending until the server answers). */
export function moderationRequested(record: ModerationRecord, request: NonNullable<ModerationRecord['pending']>): ModerationRecord {
  return { ...record, pending: request };
}

/**
 * The record after the server's answer. A done mute lasts the minutes the request asked for
 * (measured from the answer, so the shown end is at most a round trip late); a done unmute or
 * kick clears the mute; refusals change nothing but are kept as the last answer.
 */
export function moderationAnswered(record: ModerationRecord, result: ModerationResult, now: number): ModerationRecord {
  const pending = record.pending?.sessionId === result.sessionId && record.pending.action === result.action ? record.pending : undefined;
  const mutedUntil = new Map(record.mutedUntil);
  if (result.outcome === 'done') {
    if (result.action === 'mute') mutedUntil.set(result.sessionId, now + (pending?.minutes ?? PEOPLE_PANEL_SETTINGS.muteMinutes) * 60_000);
    else mutedUntil.delete(result.sessionId);
  }
  return { mutedUntil, pending: pending ? undefined : record.pending, last: result };
}

/** The record after the server's mute list: it replaces what the page had. */
export function mutesListed(record: ModerationRecord, list: MuteList): ModerationRecord {
  return { ...record, mutedUntil: new Map(list.mutes.map((m) => [m.sessionId, m.until])) };
}

/**
 * The panel's rows: everyone this client sees except the organizer, nearest first (then by
 * name, so equal distances don't swap places between refreshes), at most `maxRows`.
 * A mute that has run out is shown as over.
 */
export function peopleRows(
  people: Iterable<PersonInRoom>,
  selfId: string,
  self: { x: number; z: number } | undefined,
  record: ModerationRecord,
  now: number,
): PeopleRow[] {
  const rows: PeopleRow[] = [];
  for (const p of people) {
    if (p.id === selfId) continue;
    const role = AvatarRole.safeParse(p.role);
    const until = record.mutedUntil.get(p.id);
    rows.push({
      id: p.id,
      name: p.name,
      role: role.success ? role.data : 'visitor',
      booth: p.booth,
      distance: self ? Math.round(Math.hypot(p.x - self.x, p.z - self.z)) : undefined,
      mutedUntil: until !== undefined && until > now ? until : undefined,
    });
  }
  rows.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return rows.slice(0, PEOPLE_PANEL_SETTINGS.maxRows);
}
