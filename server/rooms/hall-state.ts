import { MapSchema, schema, t, type SchemaType } from '@colyseus/schema';

/**
 * One visitor's avatar as the wire carries it (see model/room-protocol.ts): int16 centimetres,
 * uint8 yaw. Display name and colour only — never contact data.
 */
export const AvatarState = schema(
  {
    name: t.string(),
    color: t.string(),
    x: t.int16(),
    z: t.int16(),
    yaw: t.uint8(),
  },
  'AvatarState',
);
export type AvatarState = SchemaType<typeof AvatarState>;

export const HallState = schema(
  {
    hallId: t.string(),
    avatars: t.map(AvatarState),
  },
  'HallState',
);
export type HallState = SchemaType<typeof HallState>;

export function newHallState(hallId: string): HallState {
  const state = new HallState();
  state.hallId = hallId;
  state.avatars = new MapSchema<AvatarState>();
  return state;
}
