import { Callbacks, Client, type Room } from '@colyseus/sdk';
import { HALL_ROOM, wireToMetres, wireToYaw, type AvatarWireState } from '../../model';

/** Another visitor as the page sees them: metres and degrees, decoded from the wire. */
export interface RemoteVisitor {
  id: string;
  name: string;
  color: string;
  x: number;
  z: number;
  yaw: number;
}

export type RoomStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface HallRoomClientOptions {
  /** http(s) origin of the server, e.g. `location.origin`. */
  endpoint: string;
  hallId: string;
  name: string;
  color?: string;
  onVisitor(visitor: RemoteVisitor): void;
  onVisitorLeft(id: string): void;
  /** Where the server placed this visitor on joining (spawn points are spread so people don't stand inside each other). */
  onPlaced?(pose: { x: number; z: number; yaw: number }): void;
  onStatus?(status: RoomStatus, detail?: string): void;
}

/** How often the local pose is sent at most (10 Hz), and the change below which it isn't. */
const SEND_INTERVAL_MS = 100;
const MIN_MOVE_M = 0.01;
const MIN_TURN_DEG = 1;

/**
 * The visitor's connection to a hall room: joins (the server picks or creates an instance of
 * this hall), turns state patches into visitor events and sends the local pose, throttled.
 */
export class HallRoomClient {
  private room: Room | undefined;
  private readonly unbind: (() => void)[] = [];
  private readonly avatarListeners = new Map<string, () => void>();
  private lastSentAt = 0;
  private readonly lastSent = { x: Number.NaN, z: Number.NaN, yaw: Number.NaN };
  private pending: { x: number; z: number; yaw: number } | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HallRoomClientOptions) {}

  get sessionId(): string | undefined {
    return this.room?.sessionId;
  }

  get roomId(): string | undefined {
    return this.room?.roomId;
  }

  async connect(): Promise<void> {
    const { endpoint, hallId, name, color, onStatus } = this.options;
    onStatus?.('connecting');
    const client = new Client(endpoint);
    const room = await client.joinOrCreate(HALL_ROOM, { hallId, name, ...(color ? { color } : {}) });
    this.room = room;
    const callbacks = Callbacks.get(room);
    const emit = (avatar: AvatarWireState, id: string) =>
      this.options.onVisitor({
        id,
        name: avatar.name,
        color: avatar.color,
        x: wireToMetres(avatar.x),
        z: wireToMetres(avatar.z),
        yaw: wireToYaw(avatar.yaw),
      });
    this.unbind.push(
      // The state is decoded by reflection (no client-side schema classes), so it is untyped here.
      callbacks.onAdd('avatars', (value: unknown, key: unknown) => {
        const avatar = value as AvatarWireState & object;
        const id = String(key);
        if (id === room.sessionId) {
          // Our own avatar: only where the server placed us matters; afterwards we lead.
          this.options.onPlaced?.({ x: wireToMetres(avatar.x), z: wireToMetres(avatar.z), yaw: wireToYaw(avatar.yaw) });
          return;
        }
        emit(avatar, id);
        this.avatarListeners.set(id, callbacks.onChange(avatar, () => emit(avatar, id)));
      }),
      callbacks.onRemove('avatars', (_value: unknown, key: unknown) => {
        const id = String(key);
        // Visitors come and go all day: drop each one's listener with them.
        this.avatarListeners.get(id)?.();
        this.avatarListeners.delete(id);
        this.options.onVisitorLeft(id);
      }),
    );
    room.onDrop(() => onStatus?.('reconnecting'));
    room.onReconnect(() => onStatus?.('connected'));
    room.onLeave((code) => onStatus?.('closed', `code ${code}`));
    room.onError((code, message) => onStatus?.('closed', `${code} ${message ?? ''}`));
    onStatus?.('connected');
  }

  /** Queue the local pose; it goes out at most every 100 ms, and only when it changed. */
  sendPose(x: number, z: number, yaw: number): void {
    if (
      Math.abs(x - this.lastSent.x) < MIN_MOVE_M &&
      Math.abs(z - this.lastSent.z) < MIN_MOVE_M &&
      Math.abs(yaw - this.lastSent.yaw) < MIN_TURN_DEG
    ) {
      return;
    }
    this.pending = { x, z, yaw };
    const wait = this.lastSentAt + SEND_INTERVAL_MS - performance.now();
    if (wait <= 0) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const pose = this.pending;
    if (!pose || !this.room) return;
    this.pending = undefined;
    this.room.send('move', pose);
    this.lastSentAt = performance.now();
    this.lastSent.x = pose.x;
    this.lastSent.z = pose.z;
    this.lastSent.yaw = pose.yaw;
  }

  async leave(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    for (const off of this.unbind.splice(0)) off();
    for (const off of this.avatarListeners.values()) off();
    this.avatarListeners.clear();
    const room = this.room;
    this.room = undefined;
    if (room) await room.leave(true).catch(() => undefined);
  }
}
