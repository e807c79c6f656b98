import { MapSchema, schema, t, type SchemaType } from '@colyseus/schema';

/**
 * One visitor's avatar in room state (see model/room-protocol.ts `AvatarWireState`): what
 * changes rarely — display name, colour, role in the fair, the booth they stand in — and
 * `slot`, the number their poses travel under in the `poses` message. Position, yaw and
 * animation are not here: they change as people walk, and any state change sends a patch frame
 * to every client of the instance (the encoder then walks each client's view). Never contact data: the account's email,
 * phone or company details have no field here (a test holds this list).
 */
export const AvatarState = schema(
  {
    name: t.string(),
    color: t.string(),
    role: t.string(),
    booth: t.string(),
    slot: t.uint16(),
  },
  'AvatarState',
);
export type AvatarState = SchemaType<typeof AvatarState>;

/** Live presence of one booth, keyed by slot id; every client sees every booth's. */
export const BoothPresence = schema({ visitors: t.uint16(), staff: t.uint8() }, 'BoothPresence');
export type BoothPresence = SchemaType<typeof BoothPresence>;

/**
 * The hall with area of interest: `avatars` is a view-filtered map, so each client receives
 * only the avatars its `StateView` holds (the room adds the nearest ones). Booth presence is
 * not filtered.
 */
export const HallState = schema(
  {
    hallId: t.string(),
    avatars: t.map(AvatarState).view(),
    booths: t.map(BoothPresence),
  },
  'HallState',
);
export type HallState = SchemaType<typeof HallState>;

/** The same hall without area of interest: every client receives every avatar. */
export const OpenHallState = schema(
  {
    hallId: t.string(),
    avatars: t.map(AvatarState),
    booths: t.map(BoothPresence),
  },
  'OpenHallState',
);

export function newHallState(hallId: string, areaOfInterest: boolean): HallState {
  const state = areaOfInterest ? new HallState() : (new OpenHallState() as unknown as HallState);
  state.hallId = hallId;
  state.avatars = new MapSchema<AvatarState>();
  state.booths = new MapSchema<BoothPresence>();
  return state;
}
