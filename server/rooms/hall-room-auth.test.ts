import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_ROOM, KICKED_CLOSE_CODE, type ChatRefusal, type ModerationResult, type MuteList } from '../../model';
import { hashPassword } from '../auth';
import { DEMO_ACCOUNTS, DEMO_EXPO_ID } from '../seed';
import { avatars, inbox, startRoomTestServer, until, type RoomTestServer } from './room-test-support';

describe('identity and moderation (real server, real sockets)', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer();
  }, 60_000);
  afterAll(() => t?.close());

  it('takes name and role from the verified session, ignores a forged role, and never sends the email', async () => {
    const observer = await t.enter('Observer');
    // Record every byte the observer receives from now on.
    const bytes: Buffer[] = [];
    const events = observer.connection.events;
    const original = events.onmessage!;
    events.onmessage = (event: MessageEvent) => {
      bytes.push(Buffer.from(event.data as ArrayBuffer));
      original(event);
    };
    const organizer = await t.enter('Mallory the Great', { token: await t.signIn('organizer'), extra: { role: 'visitor' } });
    const forger = await t.enter('Forger', { extra: { role: 'organizer', moderator: true } });
    const seenOrganizer = await until(() => avatars(observer).get(organizer.sessionId), 'the organizer’s avatar');
    expect(seenOrganizer).toMatchObject({ name: 'Demo organizer', role: 'organizer' });
    expect(await until(() => avatars(observer).get(forger.sessionId), 'the forger')).toMatchObject({ name: 'Forger', role: 'visitor' });
    organizer.send('chat', { text: 'welcome', channel: 'near' });
    await until(() => bytes.some((b) => b.includes('welcome')), 'the organizer’s chat to reach the observer');
    const all = Buffer.concat(bytes);
    expect(all.includes(DEMO_ACCOUNTS.organizer.email)).toBe(false);
    expect(all.includes('u-organizer')).toBe(false);
    // A forged moderator is refused.
    const answers = inbox(forger, 'moderation-result');
    forger.send('moderate', { action: 'kick', sessionId: observer.sessionId });
    const answer = await until(() => answers[0]?.message as ModerationResult | undefined, 'the refusal');
    expect(answer.outcome).toBe('not-allowed');
    expect(observer.connection.isOpen).toBe(true);
  });

  it('lets an organizer mute and unmute (enforced by the server) and kick, which keeps the kicked out', async () => {
    const organizer = await t.enter('x', { token: await t.signIn('organizer') });
    const visitorToken = await t.signIn('visitor');
    const visitor = await t.enter('x', { token: visitorToken });
    const told = inbox(visitor, 'moderated', 'chat-refused', 'chat');
    const results = inbox(organizer, 'moderation-result');

    organizer.send('moderate', { action: 'mute', sessionId: visitor.sessionId, minutes: 5 });
    await until(() => told.some((m) => m.type === 'moderated'), 'the mute notice');
    visitor.send('chat', { text: 'let me speak', channel: 'near' });
    const refusal = await until(() => told.find((m) => m.type === 'chat-refused')?.message as ChatRefusal | undefined, 'the muted refusal');
    expect(refusal.reason).toBe('muted');
    expect(told.some((m) => m.type === 'chat')).toBe(false);

    organizer.send('moderate', { action: 'unmute', sessionId: visitor.sessionId });
    await until(() => told.some((m) => (m.message as { action?: string }).action === 'unmuted'), 'the unmute notice');
    visitor.send('chat', { text: 'thank you', channel: 'near' });
    await until(() => told.some((m) => m.type === 'chat'), 'the chat after unmute');

    const closed = new Promise<number>((done) => visitor.onLeave((code) => done(code)));
    organizer.send('moderate', { action: 'kick', sessionId: visitor.sessionId });
    expect(await closed).toBe(KICKED_CLOSE_CODE);
    await until(() => results.filter((r) => (r.message as ModerationResult).outcome === 'done').length === 3, 'three done answers');
    await until(() => !avatars(organizer).get(visitor.sessionId), 'the kicked avatar to go');
    // The kicked account cannot come back into this instance for a while.
    const again = new Client(t.url);
    again.auth.token = visitorToken;
    await expect(again.joinById(organizer.roomId, { hallId: 'hall-1', name: 'x' })).rejects.toThrow(/removed you/);
  });

  it('does not let one organizer mute or remove another', async () => {
    const second = { email: 'second-organizer@expo.example', password: 'second organizer 2026' };
    await t.server.store.users.insert({ id: 'u-organizer-2', email: second.email, passwordHash: await hashPassword(second.password), role: 'organizer', expoId: DEMO_EXPO_ID, displayName: 'Second organizer', createdAt: new Date().toISOString() });
    const login = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(second) });
    expect(login.status).toBe(200);
    const organizer = await t.enter('x', { token: await t.signIn('organizer') });
    const secondToken = ((await login.json()) as { token: string }).token;
    const other = await t.enter('x', { token: secondToken });
    await until(() => avatars(organizer).get(other.sessionId)?.role === 'organizer', 'the second organizer seen as one');
    const results = inbox(organizer, 'moderation-result');
    const told = inbox(other, 'moderated');
    organizer.send('moderate', { action: 'mute', sessionId: other.sessionId, minutes: 5 });
    organizer.send('moderate', { action: 'kick', sessionId: other.sessionId });
    const outcomes = await until(() => (results.length === 2 ? results.map((r) => (r.message as ModerationResult).outcome) : undefined), 'both answers');
    expect(outcomes).toEqual(['not-allowed', 'not-allowed']);
    // Still here and still allowed to talk.
    other.send('chat', { text: 'still here', channel: 'near' });
    const heard = inbox(organizer, 'chat');
    await until(() => heard.length > 0, 'the second organizer’s chat');
    expect(told).toHaveLength(0);
  });

  it('tells every organizer who is muted: on joining, on each change, and when a muted visitor comes back', async () => {
    const organizer = await t.enter('x', { token: await t.signIn('organizer') });
    const lists = inbox(organizer, 'mutes');
    // The exhibitor's account (the visitor's was removed from this instance above).
    const visitorToken = await t.signIn('exhibitor');
    const visitor = await t.enter('x', { token: visitorToken });
    const visitorLists = inbox(visitor, 'mutes');
    const latest = (box: typeof lists) => (box.at(-1)?.message as MuteList | undefined)?.mutes;
    organizer.send('moderate', { action: 'mute', sessionId: visitor.sessionId, minutes: 5 });
    const muted = await until(() => (latest(lists)?.length ? latest(lists) : undefined), 'the mute list after the mute');
    expect(muted).toEqual([{ sessionId: visitor.sessionId, until: expect.any(Number) }]);
    // An organizer arriving later (or reloading) is told at once.
    const late = await t.enter('x', { token: await t.signIn('organizer') });
    const lateLists = inbox(late, 'mutes');
    await until(() => latest(lateLists)?.some((m) => m.sessionId === visitor.sessionId), 'the list on joining');
    // The muted visitor reloads: a new session, still muted, and both organizers' lists have it.
    await visitor.leave();
    const back = await t.enter('x', { token: visitorToken });
    await until(() => latest(lists)?.some((m) => m.sessionId === back.sessionId) && latest(lateLists)?.some((m) => m.sessionId === back.sessionId), 'the returning visitor on both lists');
    late.send('moderate', { action: 'unmute', sessionId: back.sessionId });
    await until(() => latest(lists)?.length === 0, 'the list after the unmute, on the other organizer’s page');
    // Visitors never get the list.
    expect(visitorLists).toHaveLength(0);
  });
});

describe('guests switched off', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer({ allowGuests: false });
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses a signed-out join with a clear message and seats a signed-in one', async () => {
    await expect(new Client(t.url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Guest' })).rejects.toThrow(/sign in to enter this hall/);
    const forged = new Client(t.url);
    forged.auth.token = 'not-a-session';
    await expect(forged.joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Guest' })).rejects.toThrow(/sign in again/);
    const room: Room = await t.enter('x', { token: await t.signIn('visitor') });
    expect(await until(() => avatars(room).get(room.sessionId), 'own avatar')).toMatchObject({ name: 'Demo visitor', role: 'visitor' });
  });
});
