import type { Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type ChatDelivery, type ChatHistory, type ChatRefusal, type WalkGrid } from '../../model';
import { avatars, demoExhibitorBooth, inbox, insideBooth, startRoomTestServer, until, walkGrid, walkTo, type RoomTestServer } from './room-test-support';

type Inbox = ReturnType<typeof inbox>;
const chats = (box: Inbox) => box.filter((m) => m.type === 'chat').map((m) => m.message as ChatDelivery);
const refusals = (box: Inbox) => box.filter((m) => m.type === 'chat-refused').map((m) => m.message as ChatRefusal);

describe('proximity chat (real server, real sockets)', () => {
  let t: RoomTestServer;
  let hallId: string;
  let slotId: string;
  let grid: WalkGrid;
  let booth: { x: number; z: number };
  const rooms: Record<string, Room> = {};
  const boxes: Record<string, Inbox> = {};

  beforeAll(async () => {
    t = await startRoomTestServer({ chatRadius: 4 });
    const found = await demoExhibitorBooth(t);
    hallId = found.hallId;
    slotId = found.slotId;
    grid = walkGrid(found.view);
    booth = insideBooth(found.view, grid, slotId);
    for (const name of ['Ada', 'Bo', 'Cy']) {
      rooms[name] = await t.enter(name, { hallId });
      boxes[name] = inbox(rooms[name]!, 'chat', 'chat-refused', 'chat-history');
    }
    // Ada and Bo 2 m apart, Cy 10 m away: beyond the 4 m chat radius.
    await Promise.all([walkTo(rooms.Ada!, grid, { x: 14, z: 1.5 }), walkTo(rooms.Bo!, grid, { x: 16, z: 1.5 }), walkTo(rooms.Cy!, grid, { x: 24, z: 1.5 })]);
  }, 90_000);
  afterAll(() => t?.close());

  it("reaches those within the chat radius only, the sender's echo included", async () => {
    rooms.Ada!.send('chat', { text: 'hello near', channel: 'near' });
    await until(() => chats(boxes.Bo!).some((m) => m.text === 'hello near'), 'Bo to hear Ada');
    await until(() => chats(boxes.Ada!).some((m) => m.text === 'hello near'), 'Ada’s echo');
    // Cy's own later message reaches Cy after anything sent to Cy before it.
    rooms.Cy!.send('chat', { text: 'anyone?', channel: 'near' });
    await until(() => chats(boxes.Cy!).some((m) => m.text === 'anyone?'), 'Cy’s echo');
    expect(chats(boxes.Cy!).map((m) => m.text)).toEqual(['anyone?']);
    expect(chats(boxes.Bo!).find((m) => m.text === 'hello near')).toMatchObject({ name: 'Ada', role: 'visitor', channel: 'near', masked: false, from: rooms.Ada!.sessionId });
  });

  it('masks sensitive words with ＊ and says so; refuses an over-long message with a reason', async () => {
    rooms.Ada!.send('chat', { text: '这里有赌博网站', channel: 'near' });
    const masked = await until(() => chats(boxes.Bo!).find((m) => m.masked), 'the masked message');
    expect(masked.text).toBe('这里有＊＊＊＊');
    rooms.Ada!.send('chat', { text: 'x'.repeat(LIMITS.chatText + 1), channel: 'near' });
    await until(() => refusals(boxes.Ada!).some((r) => r.reason === 'too-long'), 'the too-long refusal');
  });

  it('rate-limits each sender and tells them when they may write again', async () => {
    const before = chats(boxes.Bo!).length;
    for (let i = 0; i < 8; i++) rooms.Bo!.send('chat', { text: `burst ${i}`, channel: 'near' });
    await until(() => chats(boxes.Bo!).length - before + refusals(boxes.Bo!).length === 8, 'an answer to each of the 8');
    const limited = refusals(boxes.Bo!).filter((r) => r.reason === 'rate-limited');
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(limited[0]!.retryAfterMs).toBeGreaterThan(0);
    // The room stays open for Bo: nothing closed the client.
    expect(rooms.Bo!.connection.isOpen).toBe(true);
  });

  it('booth channel: reaches those inside the booth and the exhibitor’s staff anywhere; newcomers get its history', async () => {
    rooms.Ada!.send('chat', { text: 'booth?', channel: 'booth' });
    await until(() => refusals(boxes.Ada!).some((r) => r.reason === 'not-in-booth'), 'not-in-booth refusal');

    const staff = await t.enter('ignored', { hallId, token: await t.signIn('exhibitor') });
    const staffBox = inbox(staff, 'chat', 'chat-history');
    const dee = await t.enter('Dee', { hallId });
    const deeBox = inbox(dee, 'chat', 'chat-history');
    await walkTo(dee, grid, booth);
    await until(() => avatars(dee).get(dee.sessionId)?.booth === slotId, 'the room to place Dee in the booth');
    expect(avatars(staff).get(staff.sessionId)?.role).toBe('staff');
    dee.send('chat', { text: 'is the robot arm in stock?', channel: 'booth' });
    const heard = await until(() => chats(staffBox).find((m) => m.channel === 'booth'), 'staff to hear the booth channel');
    expect(heard).toMatchObject({ boothId: slotId, name: 'Dee', text: 'is the robot arm in stock?' });
    await until(() => chats(deeBox).some((m) => m.channel === 'booth'), 'Dee’s echo');
    staff.send('chat', { text: 'yes, 3 left', channel: 'booth' });
    await until(() => chats(deeBox).some((m) => m.text === 'yes, 3 left' && m.role === 'staff'), 'Dee to hear the staff');
    expect(chats(boxes.Ada!).some((m) => m.channel === 'booth')).toBe(false);

    // Eve walks in later and is shown what was said.
    const eve = await t.enter('Eve', { hallId });
    const eveBox = inbox(eve, 'chat-history');
    await walkTo(eve, grid, booth);
    const history = await until(() => eveBox.find((m) => m.type === 'chat-history')?.message as ChatHistory | undefined, 'the booth history');
    expect(history.boothId).toBe(slotId);
    expect(history.messages.map((m) => m.text)).toEqual(['is the robot arm in stock?', 'yes, 3 left']);
  });
});
