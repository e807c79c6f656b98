import { describe, expect, it } from 'vitest';
import { moderationAnswered, moderationRequested, mutesListed, NO_MODERATION, PEOPLE_PANEL_SETTINGS, peopleRows, type PersonInRoom } from './hall-people';

const person = (id: string, name: string, x: number, z: number, extra: Partial<PersonInRoom> = {}): PersonInRoom => ({ id, name, role: 'visitor', booth: '', x, z, ...extra });

describe('peopleRows', () => {
  it('lists everyone but the organizer, nearest first, with whole-metre distances', () => {
    const people = [person('far', 'Far', 30, 0), person('me', 'Me', 0, 0), person('near', 'Near', 3, 4.2), person('mid', 'Mid', 0, 12.4, { booth: 'A-01', role: 'staff' })];
    const rows = peopleRows(people, 'me', { x: 0, z: 0 }, NO_MODERATION, 0);
    expect(rows.map((r) => [r.id, r.distance])).toEqual([
      ['near', 5],
      ['mid', 12],
      ['far', 30],
    ]);
    expect(rows[1]).toMatchObject({ role: 'staff', booth: 'A-01', mutedUntil: undefined });
  });

  it('keeps equal distances in name order and shows no distance before the own pose is known', () => {
    const rows = peopleRows([person('b', 'Bo', 1, 0), person('a', 'Ada', 0, 1)], 'me', undefined, NO_MODERATION, 0);
    expect(rows.map((r) => r.name)).toEqual(['Ada', 'Bo']);
    expect(rows.every((r) => r.distance === undefined)).toBe(true);
  });

  it('shows an unknown role as a visitor and caps the list', () => {
    const many = Array.from({ length: PEOPLE_PANEL_SETTINGS.maxRows + 5 }, (_, i) => person(`p${i}`, `P${i}`, i, 0, { role: 'admin' }));
    const rows = peopleRows(many, 'me', { x: 0, z: 0 }, NO_MODERATION, 0);
    expect(rows).toHaveLength(PEOPLE_PANEL_SETTINGS.maxRows);
    expect(rows[0]).toMatchObject({ id: 'p0', role: 'visitor' });
  });
});

describe('moderation record', () => {
  it('marks a visitor muted for the minutes asked once the server says done, and until then only pending', () => {
    const asked = moderationRequested(NO_MODERATION, { action: 'mute', sessionId: 'v1', minutes: 5 });
    expect(peopleRows([person('v1', 'V', 1, 0)], 'me', undefined, asked, 1000)[0]!.mutedUntil).toBeUndefined();
    const done = moderationAnswered(asked, { action: 'mute', sessionId: 'v1', outcome: 'done' }, 1000);
    expect(done.pending).toBeUndefined();
    expect(done.mutedUntil.get('v1')).toBe(1000 + 5 * 60_000);
    const rows = (now: number) => peopleRows([person('v1', 'V', 1, 0)], 'me', undefined, done, now);
    expect(rows(2000)[0]!.mutedUntil).toBe(1000 + 5 * 60_000);
    // A mute that ran out is shown as over.
    expect(rows(1000 + 5 * 60_000 + 1)[0]!.mutedUntil).toBeUndefined();
  });

  it('clears the mute on a done unmute and keeps it on a refusal, remembering the last answer', () => {
    const muted = moderationAnswered(moderationRequested(NO_MODERATION, { action: 'mute', sessionId: 'v1' }), { action: 'mute', sessionId: 'v1', outcome: 'done' }, 0);
    expect(muted.mutedUntil.get('v1')).toBe(PEOPLE_PANEL_SETTINGS.muteMinutes * 60_000);
    const refused = moderationAnswered(muted, { action: 'unmute', sessionId: 'v1', outcome: 'not-allowed' }, 10);
    expect(refused.mutedUntil.has('v1')).toBe(true);
    expect(refused.last?.outcome).toBe('not-allowed');
    const unmuted = moderationAnswered(refused, { action: 'unmute', sessionId: 'v1', outcome: 'done' }, 20);
    expect(unmuted.mutedUntil.has('v1')).toBe(false);
  });

  it('takes the server’s mute list as it is: another organizer’s mutes appear, a lifted one goes, a pending request stays', () => {
    const mine = moderationAnswered(moderationRequested(NO_MODERATION, { action: 'mute', sessionId: 'v1', minutes: 5 }), { action: 'mute', sessionId: 'v1', outcome: 'done' }, 0);
    const asked = moderationRequested(mine, { action: 'kick', sessionId: 'v3' });
    const listed = mutesListed(asked, { mutes: [{ sessionId: 'v2', until: 9_000 }] });
    expect([...listed.mutedUntil]).toEqual([['v2', 9_000]]);
    expect(listed.pending).toEqual({ action: 'kick', sessionId: 'v3' });
    const rows = peopleRows([person('v1', 'A', 1, 0), person('v2', 'B', 2, 0)], 'me', undefined, listed, 1_000);
    expect(rows.map((r) => [r.id, r.mutedUntil])).toEqual([
      ['v1', undefined],
      ['v2', 9_000],
    ]);
  });

  it('keeps a pending request when an answer to another one arrives', () => {
    const asked = moderationRequested(NO_MODERATION, { action: 'kick', sessionId: 'v2' });
    const other = moderationAnswered(asked, { action: 'mute', sessionId: 'v1', outcome: 'no-such-visitor' }, 0);
    expect(other.pending).toEqual({ action: 'kick', sessionId: 'v2' });
    expect(other.mutedUntil.size).toBe(0);
  });
});
