import { z } from 'zod';
import { LIMITS } from './limits';
import { Finite, HexColor, text } from './primitives';

/** Name of the Colyseus room type that holds the visitors of one hall instance. */
export const HALL_ROOM = 'hall';

/**
 * Options a client sends when it joins a hall room. The hall id picks the room (rooms are
 * filtered by it). `name` is a guest's name tag; a signed-in visitor's name and role come from
 * the account (the session token travels as the SDK's auth token or the session cookie), never
 * from these options. `start`: where the visitor asks to appear (a shared booth link); the server
 * places them there only on walkable floor, else at a spawn point.
 */
export const HallJoinOptions = z.object({
  hallId: z.string().min(1).max(LIMITS.idLength),
  name: text(LIMITS.displayName),
  color: HexColor.optional(),
  start: z.object({ x: Finite, z: Finite, yaw: Finite }).optional(),
});
export type HallJoinOptions = z.infer<typeof HallJoinOptions>;

/** Body animations an avatar can show; the wire carries the index (uint8). */
export const AVATAR_ANIMS = ['idle', 'walk', 'run', 'wave', 'clap'] as const;
export type AvatarAnim = (typeof AVATAR_ANIMS)[number];
/** Animations a client may claim with a move (emotes come as their own message). */
export const MoveAnim = z.enum(['idle', 'walk', 'run']);

/** Who an avatar is in the fair, as the room shows it. Set by the server from the session. */
export const AvatarRole = z.enum(['visitor', 'staff', 'organizer']);
export type AvatarRole = z.infer<typeof AvatarRole>;

/** Client → server: "I am here now". Metres in hall coordinates, yaw in degrees. */
export const MoveMessage = z.object({ x: Finite, z: Finite, yaw: Finite, anim: MoveAnim.optional() });
export type MoveMessage = z.infer<typeof MoveMessage>;

export const ChatChannel = z.enum(['near', 'booth']);
export type ChatChannel = z.infer<typeof ChatChannel>;
/**
 * Client → server chat. Text longer than `LIMITS.chatText` is refused with a reason (so the
 * sender learns why); the schema's wider bound only stops abuse, which closes the client.
 */
export const ChatMessage = z.object({ text: text(LIMITS.chatText * 4), channel: ChatChannel });
export type ChatMessage = z.infer<typeof ChatMessage>;

export const EMOTES = ['wave', 'clap', 'thumbs-up', 'heart', 'laugh'] as const;
export const Emote = z.enum(EMOTES);
export type Emote = z.infer<typeof Emote>;
export const EmoteMessage = z.object({ emote: Emote });
export type EmoteMessage = z.infer<typeof EmoteMessage>;

/** Client → server, organizers of the hall's expo only: mute, unmute or kick a session. */
export const ModerateMessage = z.object({
  action: z.enum(['kick', 'mute', 'unmute']),
  sessionId: z.string().min(1).max(LIMITS.idLength),
  minutes: z.number().int().min(1).max(24 * 60).optional(),
});
export type ModerateMessage = z.infer<typeof ModerateMessage>;

/** Every client → server message, by type. The server registers exactly these handlers. */
export const ClientMessages = { move: MoveMessage, chat: ChatMessage, emote: EmoteMessage, moderate: ModerateMessage } as const;
export type ClientMessageType = keyof typeof ClientMessages;

/** Server → client: one chat line. `masked`: sensitive words were replaced by ＊. */
export const ChatDelivery = z.object({
  id: z.number().int().min(0),
  from: z.string(),
  name: z.string(),
  role: AvatarRole,
  channel: ChatChannel,
  boothId: z.string().optional(),
  text: z.string(),
  at: z.number(),
  masked: z.boolean(),
});
export type ChatDelivery = z.infer<typeof ChatDelivery>;

/** Why the server did not deliver a chat message; only the sender is told. */
export const ChatRefusalReason = z.enum(['rate-limited', 'too-long', 'muted', 'not-in-booth']);
export type ChatRefusalReason = z.infer<typeof ChatRefusalReason>;
export const ChatRefusal = z.object({ reason: ChatRefusalReason, retryAfterMs: z.number().int().min(0).optional(), mutedUntil: z.number().optional() });
export type ChatRefusal = z.infer<typeof ChatRefusal>;

/** The last booth-channel lines, sent to a visitor entering the booth (and to its staff on joining). */
export const ChatHistory = z.object({ boothId: z.string(), messages: z.array(ChatDelivery) });
export type ChatHistory = z.infer<typeof ChatHistory>;

export const EmoteEvent = z.object({ from: z.string(), emote: Emote });
export type EmoteEvent = z.infer<typeof EmoteEvent>;
/** Server → the sender only: an emote over the rate limit was not shown; try again after this long. */
export const EmoteRefusal = z.object({ emote: Emote, retryAfterMs: z.number().int().min(0) });
export type EmoteRefusal = z.infer<typeof EmoteRefusal>;

/** Server → client: told to the visitor an organizer muted, unmuted or kicked. */
export const ModerationNotice = z.object({ action: z.enum(['muted', 'unmuted', 'kicked']), until: z.number().optional() });
export type ModerationNotice = z.infer<typeof ModerationNotice>;
/** Server → organizer: what became of a moderation request. */
export const ModerationResult = z.object({
  action: ModerateMessage.shape.action,
  sessionId: z.string(),
  outcome: z.enum(['done', 'not-allowed', 'no-such-visitor']),
});
export type ModerationResult = z.infer<typeof ModerationResult>;

/**
 * Server → every organizer in the instance: who is muted now and until when (epoch ms). Sent
 * whole when an organizer joins and whenever a mute is given, lifted, or a muted visitor comes
 * back, so every organizer sees every mute, their own and the others', across reloads. Only
 * organizers get it: visitors are not shown who is muted.
 */
export const MuteList = z.object({ mutes: z.array(z.object({ sessionId: z.string(), until: z.number() })).max(1000) });
export type MuteList = z.infer<typeof MuteList>;

/** Every server → client message, by type; the client validates what it receives. */
export const ServerMessages = {
  chat: ChatDelivery,
  'chat-refused': ChatRefusal,
  'chat-history': ChatHistory,
  emote: EmoteEvent,
  'emote-refused': EmoteRefusal,
  moderated: ModerationNotice,
  'moderation-result': ModerationResult,
  mutes: MuteList,
} as const;
export type ServerMessageType = keyof typeof ServerMessages;

/** WebSocket close code for a kicked client (4000–4999 are the application's). */
export const KICKED_CLOSE_CODE = 4403;

/**
 * Avatar fields in room state, as the wire carries them: what changes rarely — name, colour,
 * role, the booth slot id the avatar stands in ('' outside) — and `slot`, the number the
 * avatar's poses travel under in the `poses` message. Position, yaw and animation are not in
 * state: they change as people walk, so they travel in `poses` (see `AvatarPosesWriter`); a
 * state change would send a patch to every client in the instance. Never contact data.
 */
export interface AvatarWireState {
  name: string;
  color: string;
  role: string;
  booth: string;
  slot: number;
}

/**
 * Server → client, every other patch tick: the poses of the avatars this client sees (and its own)
 * that moved or changed animation since it last received them, as bytes (Colyseus `sendBytes`).
 * Layout, little-endian: one format byte (`AVATAR_POSES_FORMAT`), then 8 B per avatar — uint16
 * slot, int16 x cm, int16 z cm, uint8 yaw (256 steps per turn), uint8 anim (index into `AVATAR_ANIMS`). A state patch walking every moving avatar for every
 * client's view cost 500 × 500 visits a tick; this is built from the area-of-interest sets instead.
 */
export const AVATAR_POSES_MESSAGE = 'poses';
export const AVATAR_POSES_FORMAT = 2;
export const AVATAR_POSE_BYTES = 8;

/**
 * Builds one `poses` message in a buffer kept between messages, so the server's patch tick
 * allocates nothing per client; `bytes()` is a view valid until the next `reset()`.
 */
export class AvatarPosesWriter {
  private buffer: Uint8Array;
  private length = 1;

  constructor(capacity = 64) {
    this.buffer = new Uint8Array(1 + capacity * AVATAR_POSE_BYTES);
    this.buffer[0] = AVATAR_POSES_FORMAT;
  }

  get count(): number {
    return (this.length - 1) / AVATAR_POSE_BYTES;
  }

  reset(): void {
    this.length = 1;
  }

  /** Wire values: `slot` uint16, `xCm`/`zCm` int16 (see `metresToWire`), `yaw` uint8 (see `yawToWire`), `anim` uint8 (see `animToWire`). */
  push(slot: number, xCm: number, zCm: number, yaw: number, anim: number): void {
    if (this.length + AVATAR_POSE_BYTES > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    const b = this.buffer;
    const o = this.length;
    b[o] = slot & 0xff;
    b[o + 1] = (slot >> 8) & 0xff;
    b[o + 2] = xCm & 0xff;
    b[o + 3] = (xCm >> 8) & 0xff;
    b[o + 4] = zCm & 0xff;
    b[o + 5] = (zCm >> 8) & 0xff;
    b[o + 6] = yaw & 0xff;
    b[o + 7] = anim & 0xff;
    this.length = o + AVATAR_POSE_BYTES;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** One decoded pose in wire units; the decoder reuses one object per call, so copy what you keep. */
export interface AvatarPoseEntry {
  slot: number;
  xCm: number;
  zCm: number;
  yaw: number;
  anim: number;
}

/**
 * Decodes a `poses` message, calling `onPose` for each entry (one reused entry object). The whole
 * message is checked first: a wrong format byte or a length that is not a whole number of
 * entries (truncated or garbled) calls nothing and returns -1; otherwise returns the entry count.
 */
export function decodeAvatarPoses(bytes: Uint8Array, onPose: (pose: AvatarPoseEntry) => void): number {
  if (bytes.length < 1 || bytes[0] !== AVATAR_POSES_FORMAT || (bytes.length - 1) % AVATAR_POSE_BYTES !== 0) return -1;
  const entry = POSE_SCRATCH;
  for (let o = 1; o < bytes.length; o += AVATAR_POSE_BYTES) {
    entry.slot = bytes[o]! | (bytes[o + 1]! << 8);
    entry.xCm = ((bytes[o + 2]! | (bytes[o + 3]! << 8)) << 16) >> 16;
    entry.zCm = ((bytes[o + 4]! | (bytes[o + 5]! << 8)) << 16) >> 16;
    entry.yaw = bytes[o + 6]!;
    entry.anim = bytes[o + 7]!;
    onPose(entry);
  }
  return (bytes.length - 1) / AVATAR_POSE_BYTES;
}
const POSE_SCRATCH: AvatarPoseEntry = { slot: 0, xCm: 0, zCm: 0, yaw: 0, anim: 0 };

/** Live presence of one booth (keyed by slot id): visitors inside and its staff online anywhere. */
export interface BoothPresenceWireState {
  visitors: number;
  staff: number;
}

export function animToWire(anim: AvatarAnim): number {
  return AVATAR_ANIMS.indexOf(anim);
}
export function wireToAnim(byte: number): AvatarAnim {
  return AVATAR_ANIMS[byte] ?? 'idle';
}

const CM = 100;
export function metresToWire(m: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(m * CM)));
}
export function wireToMetres(cm: number): number {
  return cm / CM;
}
/** Degrees (any range) → 0..255. */
export function yawToWire(deg: number): number {
  const turns = (((deg % 360) + 360) % 360) / 360;
  return Math.round(turns * 256) & 255;
}
export function wireToYaw(byte: number): number {
  return (byte / 256) * 360;
}
