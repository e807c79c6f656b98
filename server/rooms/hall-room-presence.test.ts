import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmoteEvent, EmoteRefusal } from '../../model';
import { animOf, avatars, booths, demoExhibitorBooth, inbox, insideBooth, startRoomTestServer, until, walkGrid, walkTo, type RoomTestServer } from './room-test-support';

describe('booth presence, analytics and emotes (real server, real sockets)', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer({ chatRadius: 4 });
  }, 60_000);
  afterAll(() => t?.close());

  it('counts visitors in a booth and its staff online for everyone, and records enter/leave with dwell server-side', async () => {
    const { hallId, view, slotId, boothId } = await demoExhibitorBooth(t);
    const grid = walkGrid(view);
    const walker = await t.enter('Walker', { hallId });
    const far = await t.enter('Far', { hallId });
    await until(() => booths(far).get(slotId), 'the booth’s presence');
    expect(booths(far).get(slotId)).toMatchObject({ visitors: 0, staff: 0 });

    const staff = await t.enter('x', { hallId, token: await t.signIn('exhibitor') });
    await until(() => booths(far).get(slotId)?.staff === 1, 'staff online');
    // Staff standing outside their booth are online but not its visitors.
    expect(booths(far).get(slotId)?.visitors).toBe(0);

    const inside = insideBooth(view, grid, slotId);
    await walkTo(walker, grid, inside);
    await until(() => booths(far).get(slotId)?.visitors === 1, 'one visitor in the booth, seen from anywhere');
    expect(avatars(walker).get(walker.sessionId)?.booth).toBe(slotId);
    await walkTo(walker, grid, view.layout.spawnPoints[0]!);
    await until(() => booths(far).get(slotId)?.visitors === 0, 'the booth to empty');
    await staff.leave(true);
    await until(() => booths(far).get(slotId)?.staff === 0, 'staff offline');

    const read = () =>
      t.server.store.db.selectFrom('analytics_events').select(['type', 'visitor_id', 'hall_id', 'booth_id', 'dwell_ms']).where('type', 'in', ['booth_enter', 'booth_leave']).execute();
    // Events reach the store through the beacon writer's next transaction: poll for them.
    let events = await read();
    const deadline = Date.now() + 10_000;
    while (events.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      events = await read();
    }
    const walkerId = `guest-${walker.sessionId}`;
    expect(events.filter((e) => e.visitor_id === walkerId).map((e) => e.type)).toEqual(['booth_enter', 'booth_leave']);
    const leave = events.find((e) => e.type === 'booth_leave')!;
    expect(leave).toMatchObject({ hall_id: hallId, booth_id: boothId });
    expect(Number(leave.dwell_ms)).toBeGreaterThan(0);
  });

  it('shows an emote to those nearby only, with the avatar waving', async () => {
    const grid = walkGrid(await t.hall('hall-1'));
    const [a, b, c] = [await t.enter('Ada'), await t.enter('Bo'), await t.enter('Cy')];
    await Promise.all([walkTo(a, grid, { x: 14, z: 1.5 }), walkTo(b, grid, { x: 16, z: 1.5 }), walkTo(c, grid, { x: 24, z: 1.5 })]);
    const [boxA, boxB, boxC] = [inbox(a, 'emote'), inbox(b, 'emote'), inbox(c, 'emote')];
    a.send('emote', { emote: 'wave' });
    await until(() => boxB.length === 1 && boxA.length === 1, 'the wave to reach Ada and Bo');
    expect(boxB[0]!.message as EmoteEvent).toEqual({ from: a.sessionId, emote: 'wave' });
    await until(() => animOf(b, a.sessionId) === 'wave', 'Ada’s avatar to wave');
    // Cy, 10 m away, hears of nothing: his own emote arrives, Ada's never did.
    c.send('emote', { emote: 'clap' });
    await until(() => boxC.length === 1, 'Cy’s own clap');
    expect((boxC[0]!.message as EmoteEvent).from).toBe(c.sessionId);
  });

  it('tells only the sender when emotes come faster than the limit', async () => {
    const [a, b] = [await t.enter('Dee'), await t.enter('Eli')];
    const [refusedA, seenB] = [inbox(a, 'emote-refused'), inbox(b, 'emote')];
    // A burst of 3 passes; the 4th and 5th within the same second are refused.
    for (let i = 0; i < 5; i++) a.send('emote', { emote: 'heart' });
    await until(() => refusedA.length === 2, 'two refusals to Dee');
    expect(refusedA[0]!.message as EmoteRefusal).toMatchObject({ emote: 'heart' });
    expect((refusedA[0]!.message as EmoteRefusal).retryAfterMs).toBeGreaterThan(0);
    // Eli, beside Dee at the spawn point, saw exactly the three that passed.
    await until(() => seenB.filter((m) => (m.message as EmoteEvent).from === a.sessionId).length >= 3, 'the three hearts');
    expect(seenB.filter((m) => (m.message as EmoteEvent).from === a.sessionId)).toHaveLength(3);
  });
});
