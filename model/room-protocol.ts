import { z } from 'zod';
import { LIMITS } from './limits';
import { Finite, HexColor, text } from './primitives';

/** Name of the Colyseus room type that holds the visitors of one hall instance. */
export const HALL_ROOM = 'hall';

/**
 * Options a client sends when it joins a hall room. The hall id picks the room
 * (rooms are filtered by it); the name is shown on the avatar's name tag.
 */
export const HallJoinOptions = z.object({
  hallId: z.string().min(1).max(LIMITS.idLength),
  name: text(LIMITS.displayName),
  color: HexColor.optional(),
});
export type HallJoinOptions = z.infer<typeof HallJoinOptions>;

/** Client → server: "I am here now". Metres in hall coordinates, yaw in degrees. */
export const MoveMessage = z.object({ x: Finite, z: Finite, yaw: Finite });
export type MoveMessage = z.infer<typeof MoveMessage>;

/** Every client → server message, by type. The server registers exactly these handlers. */
export const ClientMessages = { move: MoveMessage } as const;
export type ClientMessageType = keyof typeof ClientMessages;

/**
 * Avatar fields in room state, as the wire carries them: positions are int16 centimetres and
 * yaw a uint8 (256 steps per turn), ~10 B per moving avatar per patch. Never contact data.
 */
export interface AvatarWireState {
  name: string;
  color: string;
  x: number;
  z: number;
  yaw: number;
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
