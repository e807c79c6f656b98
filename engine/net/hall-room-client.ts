import { Callbacks, Client, type Room } from '@colyseus/sdk';
import {
  AVATAR_POSES_MESSAGE,
  decodeAvatarPoses,
  HALL_ROOM,
  ServerMessages,
  wireToAnim,
  wireToMetres,
  wireToYaw,
  type AvatarAnim,
  type AvatarPoseEntry,
  type AvatarWireState,
  type BoothPresenceWireState,
  type ChatChannel,
  type ChatDelivery,
  type ChatHistory,
  type ChatRefusal,
  type Emote,
  type EmoteEvent,
  type EmoteRefusal,
  type HallJoinOptions,
  type ModerateMessage,
  type ModerationNotice,
  type ModerationResult,
  type MuteList,
} from '../../model';

/** Another visitor as the page sees them: metres and degrees, decoded from the wire. */
export interface RemoteVisitor {
  id: string;
  name: string;
  color: string;
  x: number;
  z: number;
  yaw: number;
  /** 'visitor' | 'staff' | 'organizer', as the server decided from the session. */
  role: string;
  /** Booth slot id they stand in ('' in the aisles). */
  booth: string;
  anim: AvatarAnim;
}

/** Live presence of one booth: visitors inside, its staff online anywhere in this instance. */
export interface BoothPresenceInfo {
  slotId: string;
  visitors: number;
  staff: number;
}

export type RoomStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface HallRoomClientOptions {
  /** http(s) origin of the server, e.g. `location.origin`. */
  endpoint: string;
  hallId: string;
  name: string;
  color?: string;
  /** Ask to appear here (a booth link) instead of at a spawn point; the server checks it is walkable floor. */
  start?: { x: number; z: number; yaw: number };
  onVisitor(visitor: RemoteVisitor): void;
  onVisitorLeft(id: string): void;
  /** Where the server placed this visitor on joining (spawn points are spread so people don't stand inside each other). */
  onPlaced?(pose: { x: number; z: number; yaw: number }): void;
  onStatus?(status: RoomStatus, detail?: string): void;
  /**
   * A room id (instance) of this hall to join, to follow a friend. The server refuses it when it is
   * full or belongs to another hall; the client then joins another instance and says why here.
   */
  instanceId?: string;
  onInstanceRefused?(instanceId: string, reason: string): void;
  /** A session token for sign-in (else the `expo_session` cookie travels with the WebSocket). */
  token?: string;
  onChat?(message: ChatDelivery): void;
  onChatRefused?(refusal: ChatRefusal): void;
  onChatHistory?(history: ChatHistory): void;
  onEmote?(event: EmoteEvent): void;
  /** An emote of ours came too soon after the last ones and was not shown. */
  onEmoteRefused?(refusal: EmoteRefusal): void;
  onModerated?(notice: ModerationNotice): void;
  onModerationResult?(result: ModerationResult): void;
  /** Organizers only: who is muted in this instance now (the whole list, each time it changes). */
  onMutes?(list: MuteList): void;
  onBoothPresence?(presence: BoothPresenceInfo): void;
  /** The booth this visitor stands in, as the server sees it ('' in the aisles). */
  onOwnBooth?(slotId: string): void;
  /** This visitor's role as the server decided it from the session (organizers may moderate). */
  onRole?(role: string): void;
}

/** An avatar in this client's state: the page's view of it (updated in place) and whether a pose has come yet. */
interface KnownAvatar {
  readonly visitor: RemoteVisitor;
  readonly slot: number;
  readonly own: boolean;
  posed: boolean;
}

/** How often the local pose is sent at most (10 Hz), and the change below which it isn't. */
const SEND_INTERVAL_MS = 100;
const MIN_MOVE_M = 0.01;
const MIN_TURN_DEG = 1;

/**
 * The visitor's connection to a hall room: joins (the server picks or creates an instance of
 * this hall), turns state patches (who is near, and how they look) and `poses` messages (where
 * they are) into visitor events and sends the local pose, throttled.
 */
export class HallRoomClient {
  private room: Room | undefined;
  private readonly unbind: (() => void)[] = [];
  private readonly avatarListeners = new Map<string, () => void>();
  /** Avatars in this client's state by the slot their poses travel under. */
  private readonly bySlot = new Map<number, KnownAvatar>();
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
    const { endpoint, hallId, name, color, start, onStatus } = this.options;
    onStatus?.('connecting');
    const client = new Client(endpoint);
    if (this.options.token) client.auth.token = this.options.token;
    const joinOptions: HallJoinOptions = { hallId, name, ...(color ? { color } : {}), ...(start ? { start } : {}) };
    const room = await this.joinInstance(client, joinOptions);
    this.room = room;
    this.listenToServerMessages(room);
    const callbacks = Callbacks.get(room);
    let ownBooth = '';
    this.unbind.push(
      // The state is decoded by reflection (no client-side schema classes), so it is untyped here.
      callbacks.onAdd('avatars', (value: unknown, key: unknown) => {
        const avatar = value as AvatarWireState & object;
        const id = String(key);
        const known: KnownAvatar = {
          visitor: { id, name: avatar.name, color: avatar.color, x: 0, z: 0, yaw: 0, role: avatar.role, booth: avatar.booth, anim: 'idle' },
          slot: avatar.slot,
          own: id === room.sessionId,
          posed: false,
        };
        this.bySlot.set(avatar.slot, known);
        if (known.own) {
          // Our own avatar: only where the server placed us matters (its first pose); afterwards we lead.
          this.options.onRole?.(avatar.role);
          this.avatarListeners.set(
            id,
            callbacks.listen(avatar, 'booth', (booth: unknown) => {
              if (String(booth) === ownBooth) return;
              ownBooth = String(booth);
              this.options.onOwnBooth?.(ownBooth);
            }),
          );
          return;
        }
        this.avatarListeners.set(
          id,
          callbacks.onChange(avatar, () => {
            const v = known.visitor;
            v.name = avatar.name;
            v.color = avatar.color;
            v.role = avatar.role;
            v.booth = avatar.booth;
            // Shown only once its first pose arrived (the `poses` message right after this patch).
            if (known.posed) this.options.onVisitor(v);
          }),
        );
      }),
      callbacks.onRemove('avatars', (value: unknown, key: unknown) => {
        const id = String(key);
        const slot = (value as Partial<AvatarWireState> | undefined)?.slot;
        if (slot !== undefined && this.bySlot.get(slot)?.visitor.id === id) this.bySlot.delete(slot);
        // Visitors come and go all day: drop each one's listener with them.
        this.avatarListeners.get(id)?.();
        this.avatarListeners.delete(id);
        this.options.onVisitorLeft(id);
      }),
    );
    room.onMessage(AVATAR_POSES_MESSAGE, (bytes: unknown) => {
      if (bytes instanceof Uint8Array) decodeAvatarPoses(bytes, this.applyPose);
    });
    this.unbind.push(
      callbacks.onAdd('booths', (value: unknown, key: unknown) => {
        const entry = value as BoothPresenceWireState & object;
        const slotId = String(key);
        const report = () => this.options.onBoothPresence?.({ slotId, visitors: entry.visitors, staff: entry.staff });
        report();
        this.unbind.push(callbacks.onChange(entry, report));
      }),
    );
    // The SDK retries a dropped connection by itself (exponential backoff) within the server's window.
    room.onDrop(() => onStatus?.('reconnecting'));
    room.onReconnect(() => onStatus?.('connected'));
    room.onLeave((code) => onStatus?.('closed', `code ${code}`));
    room.onError((code, message) => onStatus?.('closed', `${code} ${message ?? ''}`));
    onStatus?.('connected');
  }

  /**
   * One entry of a `poses` message (position, yaw, animation): updates that avatar in place and tells the page. Entries for
   * slots not in our state (the avatar just left our view) are ignored.
   */
  private readonly applyPose = (pose: AvatarPoseEntry): void => {
    const known = this.bySlot.get(pose.slot);
    if (!known) return;
    const v = known.visitor;
    v.x = wireToMetres(pose.xCm);
    v.z = wireToMetres(pose.zCm);
    v.yaw = wireToYaw(pose.yaw);
    v.anim = wireToAnim(pose.anim);
    if (known.own) {
      if (!known.posed) this.options.onPlaced?.({ x: v.x, z: v.z, yaw: v.yaw });
      known.posed = true;
      return;
    }
    known.posed = true;
    this.options.onVisitor(v);
  };

  /** The asked instance when there is one and it takes us; else whichever instance the server picks. */
  private async joinInstance(client: Client, joinOptions: HallJoinOptions): Promise<Room> {
    const { instanceId } = this.options;
    if (instanceId) {
      try {
        return await client.joinById(instanceId, joinOptions);
      } catch (error) {
        this.options.onInstanceRefused?.(instanceId, error instanceof Error ? error.message : String(error));
      }
    }
    return client.joinOrCreate(HALL_ROOM, joinOptions);
  }

  /** Chat: the server answers with `onChat` (the echo) or `onChatRefused` (why not). */
  sendChat(text: string, channel: ChatChannel): void {
    this.room?.send('chat', { text, channel });
  }

  sendEmote(emote: Emote): void {
    this.room?.send('emote', { emote });
  }

  /** Organizers only; the server checks, and answers with `onModerationResult`. */
  moderate(action: ModerateMessage['action'], sessionId: string, minutes?: number): void {
    this.room?.send('moderate', { action, sessionId, ...(minutes ? { minutes } : {}) });
  }

  /** Every server → client message, validated by its model schema before it reaches the page. */
  private listenToServerMessages(room: Room): void {
    const handlers: { [K in keyof typeof ServerMessages]: ((message: never) => void) | undefined } = {
      chat: this.options.onChat,
      'chat-refused': this.options.onChatRefused,
      'chat-history': this.options.onChatHistory,
      emote: this.options.onEmote,
      'emote-refused': this.options.onEmoteRefused,
      moderated: this.options.onModerated,
      'moderation-result': this.options.onModerationResult,
      mutes: this.options.onMutes,
    };
    for (const type of Object.keys(handlers) as (keyof typeof ServerMessages)[]) {
      room.onMessage(type, (message: unknown) => {
        const parsed = ServerMessages[type].safeParse(message);
        if (parsed.success) handlers[type]?.(parsed.data as never);
      });
    }
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
    this.bySlot.clear();
    const room = this.room;
    this.room = undefined;
    if (room) await room.leave(true).catch(() => undefined);
  }
}
