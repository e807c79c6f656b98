import { matchMaker, type AuthContext, type Client, type Room } from '@colyseus/core';
import { HALL_ROOM, type HallInstance, type HallInstanceList } from '../../model';

/**
 * Every instance of one hall, on every process that shares this matchmaker (all of them when
 * `REDIS_URL` is set: the listing lives in Redis), oldest first.
 */
export async function listHallInstances(hallId: string): Promise<HallInstanceList> {
  // filterBy(['hallId']) files the hall id under the listing's metadata; the query matches it there.
  const rooms = await matchMaker.query({ name: HALL_ROOM, hallId } as Parameters<typeof matchMaker.query>[0], { createdAt: 1 });
  const items = rooms.map(
    (room): HallInstance => ({
      roomId: room.roomId,
      clients: Math.max(0, room.clients),
      maxClients: Number.isFinite(room.maxClients) ? room.maxClients : Number.MAX_SAFE_INTEGER,
      open: !room.locked && room.clients < room.maxClients,
      processId: room.processId,
    }),
  );
  return { hallId, visitors: items.reduce((sum, i) => sum + i.clients, 0), items };
}

// Mixins need a constructor of any arguments (TS2545); rooms are built by the matchmaker with none.
type AnyRoomClass = new (...args: any[]) => Room;

/**
 * Adds the instance rules to the hall room class: a visitor who asks for an instance by id
 * (`joinById`, to follow a friend) must name the hall that instance belongs to. Fullness needs no
 * code here: Colyseus locks an instance at `maxClients` (seated + reserved seats), so `joinOrCreate`
 * seats the joiner in another instance of the same hall (or creates one) and `joinById` on a full
 * instance is refused by the matchmaker, on whichever process it runs.
 */
export function withInstanceRules<T extends AnyRoomClass>(RoomClass: T): T {
  class HallInstanceRoom extends RoomClass {
    /** The hall this instance was created for: its matchmaking filter. */
    private instanceHallId = '';

    override onCreate(options: unknown): void | Promise<unknown> {
      this.instanceHallId = hallIdOf(options) ?? '';
      return super.onCreate?.(options);
    }

    override onAuth(client: Client, options: unknown, context: AuthContext): unknown {
      const asked = hallIdOf(options);
      if (asked !== this.instanceHallId) {
        throw new Error(`instance ${this.roomId} belongs to hall "${this.instanceHallId}", not "${asked ?? ''}"`);
      }
      return super.onAuth(client, options, context);
    }
  }
  return HallInstanceRoom;
}

function hallIdOf(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null || !('hallId' in options)) return undefined;
  return typeof options.hallId === 'string' ? options.hallId : undefined;
}
