import { matchMaker, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';

/** How this process takes part in matchmaking. */
export interface ScaleOutOptions {
  /** `redis://…`: share rooms with every process that names the same Redis. Unset: this process alone. */
  redisUrl?: string | undefined;
  /**
   * Where browsers reach this very process (`host:port` or `host/path`), put in seat reservations so
   * a client matched by another process connects here. Needed when the load balancer in front
   * cannot route `/<processId>/<roomId>` to the right process; unset, clients reconnect to the
   * address they asked.
   */
  publicAddress?: string | undefined;
}

/** What `new Server({...})` takes for matchmaking, plus one line for the start-up log. */
export interface MatchmakingBackends {
  presence?: Presence;
  driver?: MatchMakerDriver;
  publicAddress?: string;
  /** Where a new room is created: see `createRoomsHere`. */
  selectProcessIdToCreateRoom?: () => Promise<string>;
  description: string;
}

/**
 * Colyseus presence (pub/sub + shared counters) and matchmaking driver (the room listing). With a
 * Redis URL, both live in Redis, so a `joinOrCreate` on any process sees the rooms of all of them
 * and reserves a seat on the process that holds the room (over Redis pub/sub). Without one, the
 * in-process defaults: one process, no external service.
 */
export function matchmakingBackends(options: ScaleOutOptions): MatchmakingBackends {
  const publicAddress = options.publicAddress ? { publicAddress: options.publicAddress } : {};
  if (!options.redisUrl) return { ...publicAddress, description: 'rooms: in-process matchmaking (set REDIS_URL to share rooms between processes)' };
  // Each takes its own connections: presence needs a subscriber connection besides its publisher.
  return {
    presence: new RedisPresence(options.redisUrl),
    driver: new RedisDriver(options.redisUrl),
    ...publicAddress,
    selectProcessIdToCreateRoom: createRoomsHere,
    description: `rooms: matchmaking shared through Redis at ${redactUrl(options.redisUrl)}${options.publicAddress ? `, clients connect to ${options.publicAddress}` : ''}`,
  };
}

/**
 * New rooms are created by the process that got the request. Colyseus's default asks the process
 * with the fewest rooms over Redis and waits only 2 s for it; a hall room loads its hall and builds
 * its walk grid first, which on a busy machine takes longer, and a late answer leaves an orphan
 * instance that later joiners may be sent to. The load balancer in front already spreads the
 * requests, so creating locally spreads the rooms as well.
 */
export async function createRoomsHere(): Promise<string> {
  return matchMaker.processId;
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
