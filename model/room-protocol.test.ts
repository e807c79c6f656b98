import { describe, expect, it } from 'vitest';
import { formatIssues } from './errors';
import { LIMITS } from './limits';
import { animToWire, AVATAR_ANIMS, AVATAR_POSE_BYTES, AvatarPosesWriter, ChatMessage, decodeAvatarPoses, ClientMessages, EmoteMessage, HallJoinOptions, metresToWire, ModerateMessage, MoveMessage, wireToAnim, wireToMetres, wireToYaw, yawToWire, type AvatarPoseEntry } from './room-protocol';

describe('position quantisation', () => {
  it('sends centimetres', () => {
    expect(metresToWire(0)).toBe(0);
    expect(metresToWire(12.345)).toBe(1235);
    expect(metresToWire(-3.2)).toBe(-320);
    expect(wireToMetres(1235)).toBe(12.35);
  });

  it('round-trips every position in the largest hall to within half a centimetre', () => {
    for (let m = -5; m <= LIMITS.hallMaxSize + 5; m += 0.0137) {
      const back = wireToMetres(metresToWire(m));
      expect(Math.abs(back - m)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('clamps to int16 instead of wrapping', () => {
    expect(metresToWire(1000)).toBe(32767);
    expect(metresToWire(-1000)).toBe(-32768);
    // The largest hall must fit in the wire range.
    expect(metresToWire(LIMITS.hallMaxSize)).toBe(LIMITS.hallMaxSize * 100);
  });
});

describe('yaw quantisation', () => {
  it('maps a turn onto 256 steps', () => {
    expect(yawToWire(0)).toBe(0);
    expect(yawToWire(90)).toBe(64);
    expect(yawToWire(180)).toBe(128);
    expect(yawToWire(270)).toBe(192);
    expect(wireToYaw(64)).toBe(90);
  });

  it('wraps any angle into one byte', () => {
    expect(yawToWire(360)).toBe(0);
    expect(yawToWire(-90)).toBe(192);
    expect(yawToWire(720 + 45)).toBe(32);
    // Just under a full turn rounds up to 256, which must wrap to 0 rather than overflow.
    expect(yawToWire(359.9)).toBe(0);
  });

  it('round-trips every yaw to within half a step', () => {
    const halfStep = 360 / 256 / 2;
    for (let deg = -720; deg <= 720; deg += 0.73) {
      const byte = yawToWire(deg);
      expect(Number.isInteger(byte) && byte >= 0 && byte <= 255).toBe(true);
      const back = wireToYaw(byte);
      const diff = Math.abs((((back - deg) % 360) + 540) % 360 - 180);
      expect(diff).toBeLessThanOrEqual(halfStep + 1e-9);
    }
  });
});

describe('messages', () => {
  it('declares exactly the move, chat, emote and moderate messages', () => {
    expect(Object.keys(ClientMessages)).toEqual(['move', 'chat', 'emote', 'moderate']);
  });

  it('checks chat, emote and moderation messages', () => {
    expect(ChatMessage.safeParse({ text: '你好', channel: 'near' }).success).toBe(true);
    expect(ChatMessage.safeParse({ text: '', channel: 'near' }).success).toBe(false);
    expect(ChatMessage.safeParse({ text: 'hi', channel: 'everyone' }).success).toBe(false);
    // Longer than LIMITS.chatText still parses (the room refuses it with a reason); far longer is abuse.
    expect(ChatMessage.safeParse({ text: 'x'.repeat(LIMITS.chatText + 1), channel: 'near' }).success).toBe(true);
    expect(ChatMessage.safeParse({ text: 'x'.repeat(LIMITS.chatText * 4 + 1), channel: 'near' }).success).toBe(false);
    expect(EmoteMessage.safeParse({ emote: 'wave' }).success).toBe(true);
    expect(EmoteMessage.safeParse({ emote: 'dance' }).success).toBe(false);
    expect(ModerateMessage.safeParse({ action: 'mute', sessionId: 'abc', minutes: 5 }).success).toBe(true);
    expect(ModerateMessage.safeParse({ action: 'ban', sessionId: 'abc' }).success).toBe(false);
    expect(ModerateMessage.safeParse({ action: 'mute', sessionId: 'abc', minutes: 0 }).success).toBe(false);
  });

  it('maps animations to one byte and back', () => {
    for (const anim of AVATAR_ANIMS) expect(wireToAnim(animToWire(anim))).toBe(anim);
    expect(wireToAnim(200)).toBe('idle');
    expect(MoveMessage.safeParse({ x: 1, z: 1, yaw: 0, anim: 'wave' }).success).toBe(false);
  });

  it('accepts a finite move and refuses NaN, Infinity and strings', () => {
    expect(MoveMessage.safeParse({ x: 1.5, z: 2, yaw: 90 }).success).toBe(true);
    const result = MoveMessage.safeParse({ x: NaN, z: Infinity, yaw: '90' });
    expect(result.success ? [] : formatIssues(result.error)).toEqual(['x: must be a finite number', 'z: must be a finite number', 'yaw: must be a finite number']);
  });

  it('checks the join options', () => {
    expect(HallJoinOptions.safeParse({ hallId: 'standard-grid', name: '小明', color: '#ff8800' }).success).toBe(true);
    const result = HallJoinOptions.safeParse({ hallId: 'standard-grid', name: 'x'.repeat(LIMITS.displayName + 1), color: 'orange' });
    expect(result.success ? [] : formatIssues(result.error)).toEqual([`name: must be at most ${LIMITS.displayName} characters`, 'color: must be a colour like #1a2b3c']);
    const empty = HallJoinOptions.safeParse({ hallId: 'standard-grid', name: '' });
    expect(empty.success ? [] : formatIssues(empty.error)).toEqual(['name: must not be empty']);
  });
});

describe('poses message', () => {
  const decodeAll = (bytes: Uint8Array) => {
    const entries: AvatarPoseEntry[] = [];
    const count = decodeAvatarPoses(bytes, (pose) => entries.push({ ...pose }));
    return { count, entries };
  };

  it('round-trips slots, signed centimetres, yaw and animation, growing past its first buffer', () => {
    const writer = new AvatarPosesWriter(2);
    const sent = [
      { slot: 0, xCm: 0, zCm: 0, yaw: 0, anim: animToWire('idle') },
      { slot: 65535, xCm: 32767, zCm: -32768, yaw: 255, anim: 255 },
      { slot: 513, xCm: -1, zCm: 1234, yaw: 64, anim: animToWire('wave') },
    ];
    for (const p of sent) writer.push(p.slot, p.xCm, p.zCm, p.yaw, p.anim);
    expect(writer.count).toBe(3);
    expect(writer.bytes().length).toBe(1 + 3 * AVATAR_POSE_BYTES);
    expect(decodeAll(writer.bytes())).toEqual({ count: 3, entries: sent });
    // Reset reuses the buffer: the next message holds only what was pushed after.
    writer.reset();
    writer.push(7, metresToWire(12.34), metresToWire(5), yawToWire(90), animToWire('run'));
    expect(decodeAll(writer.bytes())).toEqual({ count: 1, entries: [{ slot: 7, xCm: 1234, zCm: 500, yaw: 64, anim: animToWire('run') }] });
    expect(wireToAnim(decodeAll(writer.bytes()).entries[0]!.anim)).toBe('run');
  });

  it('reads an empty message as no poses', () => {
    expect(decodeAll(new AvatarPosesWriter().bytes())).toEqual({ count: 0, entries: [] });
  });

  it('rejects truncated and garbled input without reporting any entry', () => {
    const writer = new AvatarPosesWriter();
    writer.push(1, 100, 200, 3, 0);
    writer.push(2, 300, 400, 5, 1);
    const whole = writer.bytes().slice();
    expect(decodeAll(whole.subarray(0, whole.length - 1))).toEqual({ count: -1, entries: [] });
    expect(decodeAll(whole.subarray(0, 3))).toEqual({ count: -1, entries: [] });
    expect(decodeAll(new Uint8Array(0))).toEqual({ count: -1, entries: [] });
    const garbled = whole.slice();
    garbled[0] = 0x7b;
    expect(decodeAll(garbled)).toEqual({ count: -1, entries: [] });
    expect(decodeAll(new TextEncoder().encode('{"x":1}'))).toEqual({ count: -1, entries: [] });
  });
});
