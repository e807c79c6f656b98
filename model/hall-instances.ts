import { z } from 'zod';
import { Id } from './primitives';

/**
 * A Colyseus room id as the matchmaker makes them (letters, digits, `_`, `-`). The hall page reads
 * one from `?instance=` to follow a friend, so it is checked before it reaches the server.
 */
export const RoomId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a room id');
export type RoomId = z.infer<typeof RoomId>;

/** One running instance (Colyseus room) of a hall, as `GET /api/halls/:id/instances` lists it. */
export const HallInstance = z.object({
  roomId: RoomId,
  /** Visitors seated now, seats being taken included. */
  clients: z.number().int().min(0),
  maxClients: z.number().int().min(1),
  /** False when the instance takes no more joiners (full or shutting down). */
  open: z.boolean(),
  /** The server process the instance lives on (several share the work when `REDIS_URL` is set). */
  processId: z.string(),
});
export type HallInstance = z.infer<typeof HallInstance>;

/** `GET /api/halls/:id/instances`: every instance of one hall, across all server processes, oldest first. */
export const HallInstanceList = z.object({
  hallId: Id,
  /** Sum of `clients` over the instances. */
  visitors: z.number().int().min(0),
  items: z.array(HallInstance),
});
export type HallInstanceList = z.infer<typeof HallInstanceList>;
