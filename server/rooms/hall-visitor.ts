import type { Client } from '@colyseus/core';
import type { AvatarState } from './hall-state';
import type { RoomIdentity } from './room-identity';
import type { TokenBucket } from './token-bucket';

/**
 * What the room keeps on each visitor, server side only (never encoded): the verified identity,
 * the accepted position in metres (and as the wire carries it), rate limits, the booth they stand in and which other avatars
 * their area of interest currently shows.
 */
export interface HallVisitor {
  /** Position in the room's dense visitor list (changes when someone before them leaves). */
  index: number;
  client: Client;
  readonly sessionId: string;
  readonly avatar: AvatarState;
  readonly identity: RoomIdentity;
  /** Whom a mute or kick sticks to: the account, or a guest's address. */
  readonly moderationKey: string;
  x: number;
  z: number;
  /** The number this avatar's poses travel under (`AvatarState.slot`), unique in the room. */
  readonly slot: number;
  /** The accepted pose as the wire carries it: int16 centimetres, uint8 yaw. */
  xCm: number;
  zCm: number;
  yaw: number;
  /** Animation (index into `AVATAR_ANIMS`): travels with the pose, not in state. */
  anim: number;
  /** The `PoseBroadcast` tick whose `poses` messages carry this visitor's latest move or animation change. */
  movedTick: number;
  /** The last tick whose moves this visitor's own `poses` messages have carried. */
  poseTick: number;
  lastMoveAt: number;
  readonly chat: TokenBucket;
  readonly emotes: TokenBucket;
  /** Booth slot id the visitor stands in ('' in the aisles), and since when (room clock ms). */
  booth: string;
  boothSince: number;
  /** Epoch ms until which an organizer muted this visitor (0: not muted). */
  mutedUntil: number;
  /** Avatars this visitor's StateView holds besides their own. */
  readonly visible: Set<HallVisitor>;
  /** Avatars that came into view since the last `poses` message: their pose goes out even if they stand still. */
  readonly unsentPoses: HallVisitor[];
  /** Send every pose this client sees with the next `poses` message (joined or came back). */
  resendAll: boolean;
  /** Set when the server closes the client on purpose (kick): no reconnection then. */
  closing: boolean;
}
