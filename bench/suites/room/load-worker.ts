import { Callbacks, Client, Protocol, type Room } from '@colyseus/sdk';
import { AVATAR_POSES_MESSAGE, buildWalkGrid, decodeAvatarPoses, HALL_ROOM, HallView, metresToWire, walkObstacles, wireToMetres, type AvatarPoseEntry, type WalkGrid } from '../../../model';
import { SeededRandom } from '../../../server';
import { serveIpcRequests } from '../../support/ipc-child';
import { AisleWalker, freeCells } from './aisle-walker';
import { SentMoves, wsFrameBytes } from './traffic-meter';

/**
 * One load-generator process of `npm run bench -- room`: joins its share of the clients to the
 * hall with `@colyseus/sdk`, walks them along the aisles and sends each pose at `moveHz`. Every
 * client counts the bytes of each frame it receives (payload + WebSocket header). Decoding
 * clients (the sample) decode every patch and `poses` message like a browser does and time how
 * long the moves of the other decoding clients of this process take to show (from the `poses`
 * messages, where positions travel); the others decode only until their own avatar has been
 * placed, then drop patches and `poses` unread, so that 500 clients fit on a 2-core machine.
 * Requests (over IPC): `join` (more clients; may come several times), `measure`, `report`, `leave`.
 */

export interface JoinRequest {
  url: string;
  hallId: string;
  /** Names are `<prefix><n>`; n counts from `firstIndex`. */
  prefix: string;
  firstIndex: number;
  clients: number;
  decoding: number;
  seed: number;
  moveHz: number;
  runSpeed: number;
  walkSpeed: number;
  joinConcurrency: number;
}

export interface WorkerReport {
  clients: number;
  placed: number;
  decoding: number;
  /** Received bytes (payload + framing) in the window, summed over clients. */
  bytes: number;
  /** Received bytes of the decoding clients only. */
  decodingBytes: number;
  windowMs: number;
  movesSent: number;
  /** Move → seen latencies (ms), one per (move, decoding observer) pair matched in the window. */
  latenciesMs: number[];
  /** Mean number of other avatars a decoding client held in its state during the window. */
  visibleMean: number;
  roomIds: string[];
  /** Clients whose connection closed before `leave`. */
  dropped: number;
  /** Joins tried again after a failure (an expired seat reservation on a busy machine). */
  joinRetries: number;
}

/** Protocol code is the low 5 bits of a frame's first byte (PROTOCOL_CODE_MASK in @colyseus/shared-types). */
const CODE_MASK = 0x1f;

interface SimClient {
  room: Room;
  decode: boolean;
  placed: boolean;
  walker: AisleWalker | undefined;
  bytes: number;
  sent: SentMoves | undefined;
  closed: boolean;
  /** This client's avatar slot (-1 until its state arrived) and where the server placed it (its first own pose, wire centimetres). */
  ownSlot: number;
  spawned: boolean;
  spawnXCm: number;
  spawnZCm: number;
  /** Decoding clients: the other decoding clients of this process in view, by avatar slot. */
  sendersBySlot: Map<number, SimClient> | undefined;
}

type AvatarView = { slot: number };
type AvatarMap = { get(id: string): AvatarView | undefined; size: number };

let measuring = false;
let windowStart = 0;
let speed = 4;
let movesSent = 0;
let latencies: number[] = [];
let visibleSum = 0;
let visibleSamples = 0;
const sims: SimClient[] = [];
/** Decoding clients of this process by session id: the senders whose moves observers time. */
const senders = new Map<string, SimClient>();
let ticker: ReturnType<typeof setInterval> | undefined;
let joinRetries = 0;
const JOIN_ATTEMPTS = 5;

async function join(request: JoinRequest): Promise<{ joined: number; roomIds: string[] }> {
  if (!ticker) {
    // First join: the hall's walk grid, then the ticker that walks everyone placed.
    const response = await fetch(`${request.url}/api/halls/${request.hallId}`);
    if (!response.ok) throw new Error(`GET /api/halls/${request.hallId} answered ${response.status}`);
    const view = HallView.parse(await response.json());
    const grid = buildWalkGrid(view.layout.size, walkObstacles(view));
    speed = request.runSpeed;
    startTicker(grid, freeCells(grid), new SeededRandom(request.seed), request.moveHz);
  }

  let next = 0;
  const joinOne = async (): Promise<void> => {
    for (let i = next++; i < request.clients; i = next++) {
      const decode = i < request.decoding;
      const room = await joinWithRetries(request, `${request.prefix}${request.firstIndex + i}`);
      const sim: SimClient = {
        room,
        decode,
        placed: false,
        walker: undefined,
        bytes: 0,
        sent: decode ? new SentMoves() : undefined,
        closed: false,
        ownSlot: -1,
        spawned: false,
        spawnXCm: 0,
        spawnZCm: 0,
        sendersBySlot: decode ? new Map() : undefined,
      };
      sims.push(sim);
      meter(sim);
      receivePoses(sim);
      room.onLeave(() => (sim.closed = true));
      if (decode) {
        senders.set(room.sessionId, sim);
        observe(sim);
      }
    }
  };
  await Promise.all(Array.from({ length: request.joinConcurrency }, joinOne));
  return { joined: sims.length, roomIds: [...new Set(sims.map((s) => s.room.roomId))] };
}

/**
 * Joins one client. On a machine this loaded a seat reservation can expire before the socket
 * opens (Colyseus gives it a few seconds); such a client tries again, and the retries are reported.
 */
async function joinWithRetries(request: JoinRequest, name: string): Promise<Room> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Client(request.url).joinOrCreate(HALL_ROOM, { hallId: request.hallId, name });
    } catch (error) {
      if (attempt >= JOIN_ATTEMPTS) throw error;
      joinRetries++;
      await new Promise((done) => setTimeout(done, 250 * attempt));
    }
  }
}

/** Counts every received frame; a counting-only client stops decoding patches and poses once it is placed. */
function meter(sim: SimClient): void {
  const events = sim.room.connection.events as { onmessage?: (event: { data: ArrayBuffer }) => void };
  const decodeFrame = events.onmessage!;
  events.onmessage = (event) => {
    const data = event.data;
    if (measuring) sim.bytes += wsFrameBytes(data.byteLength);
    if (!sim.decode && sim.placed) {
      const code = new Uint8Array(data, 0, 1)[0]! & CODE_MASK;
      if (code === Protocol.ROOM_STATE_PATCH || code === Protocol.ROOM_DATA_BYTES) return;
    }
    decodeFrame(event);
  };
}

/**
 * Decodes `poses` like the browser client: slots map to avatars of the state. The client's own
 * first pose places it; a decoding client times the poses of the other decoding clients it sees.
 */
function receivePoses(sim: SimClient): void {
  const onPose = (pose: AvatarPoseEntry): void => {
    if (pose.slot === sim.ownSlot) {
      if (!sim.spawned) {
        sim.spawned = true;
        sim.spawnXCm = pose.xCm;
        sim.spawnZCm = pose.zCm;
      }
      return;
    }
    if (!measuring) return;
    const sender = sim.sendersBySlot?.get(pose.slot);
    if (!sender?.sent) return;
    const sentAt = sender.sent.sentAtOf(pose.xCm, pose.zCm);
    if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
  };
  sim.room.onMessage(AVATAR_POSES_MESSAGE, (bytes: Uint8Array) => {
    if (sim.ownSlot < 0) sim.ownSlot = avatarsOf(sim)?.get(sim.room.sessionId)?.slot ?? -1;
    decodeAvatarPoses(bytes, onPose);
  });
}

/** A decoding client keeps the slots of the other decoding clients of this process that it sees. */
function observe(observer: SimClient): void {
  const callbacks = Callbacks.get(observer.room);
  callbacks.onAdd('avatars', (value: unknown, key: unknown) => {
    const id = String(key);
    const sender = senders.get(id);
    if (!sender || id === observer.room.sessionId) return;
    observer.sendersBySlot!.set((value as AvatarView).slot, sender);
  });
  callbacks.onRemove('avatars', (value: unknown, key: unknown) => {
    const slot = (value as AvatarView).slot;
    if (observer.sendersBySlot!.get(slot) === senders.get(String(key))) observer.sendersBySlot!.delete(slot);
  });
}

const avatarsOf = (sim: SimClient) => (sim.room.state as { avatars?: AvatarMap } | undefined)?.avatars;

function startTicker(grid: WalkGrid, free: Int32Array, random: SeededRandom, moveHz: number): void {
  // Ten slots per move period, each sending for a tenth of the clients, so moves do not all leave in one burst.
  const slots = 10;
  const periodMs = 1000 / moveHz;
  const dtS = 1 / moveHz;
  let slot = 0;
  ticker = setInterval(() => {
    const current = slot;
    slot = (slot + 1) % slots;
    for (let i = current; i < sims.length; i += slots) {
      const sim = sims[i]!;
      if (sim.closed) continue;
      if (!sim.walker) {
        if (!sim.spawned) continue; // not placed yet: its own first pose has not arrived
        sim.placed = true;
        sim.walker = new AisleWalker(grid, free, () => random.next(), { x: wireToMetres(sim.spawnXCm), z: wireToMetres(sim.spawnZCm) });
      }
      const pose = sim.walker.step(dtS, speed);
      sim.room.send('move', { x: pose.x, z: pose.z, yaw: pose.yaw, anim: speed > 2 ? 'run' : 'walk' });
      sim.sent?.record(metresToWire(pose.x), metresToWire(pose.z), performance.now());
      if (measuring) {
        movesSent++;
        if (sim.decode) {
          visibleSum += (avatarsOf(sim)?.size ?? 1) - 1;
          visibleSamples++;
        }
      }
    }
  }, periodMs / slots);
}

serveIpcRequests({
  join: (body) => join(body as JoinRequest),
  /** Starts the measured window: walking speed, counters from zero. */
  measure: (body) => {
    speed = (body as { walkSpeed: number }).walkSpeed;
    for (const sim of sims) sim.bytes = 0;
    latencies = [];
    movesSent = 0;
    visibleSum = 0;
    visibleSamples = 0;
    windowStart = performance.now();
    measuring = true;
  },
  report: (): WorkerReport => {
    measuring = false;
    const decoding = sims.filter((s) => s.decode);
    return {
      clients: sims.length,
      placed: sims.filter((s) => s.placed).length,
      decoding: decoding.length,
      bytes: sims.reduce((sum, s) => sum + s.bytes, 0),
      decodingBytes: decoding.reduce((sum, s) => sum + s.bytes, 0),
      windowMs: performance.now() - windowStart,
      movesSent,
      latenciesMs: latencies,
      visibleMean: visibleSamples > 0 ? visibleSum / visibleSamples : 0,
      roomIds: [...new Set(sims.map((s) => s.room.roomId))],
      dropped: sims.filter((s) => s.closed).length,
      joinRetries,
    };
  },
  leave: async () => {
    if (ticker) clearInterval(ticker);
    await Promise.all(sims.map((s) => (s.closed ? undefined : s.room.leave(true).catch(() => undefined))));
  },
});
