import { Room, ServerError, validate, type AuthContext, type Client } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import {
  animToWire,
  buildWalkGrid,
  ChatMessage,
  EmoteMessage,
  HallJoinOptions,
  isWalkable,
  KICKED_CLOSE_CODE,
  metresToWire,
  ModerateMessage,
  MoveMessage,
  walkObstacles,
  yawToWire,
  type AnalyticsEvent,
  type EmoteEvent,
  type HallView,
  type ModerationResult,
  type ServerMessages,
  type ServerMessageType,
  type WalkGrid,
} from '../../model';
import type { z } from 'zod';
import { AreaOfInterest } from './area-of-interest';
import { BoothMembership } from './booth-membership';
import { BoothPresenceTracker } from './booth-presence';
import { AvatarState, newHallState, type HallState } from './hall-state';
import type { HallVisitor } from './hall-visitor';
import { ModerationLedger } from './moderation-ledger';
import { acceptMove, type Pose } from './move-check';
import { PoseBroadcast, PoseSlots } from './pose-broadcast';
import { ProximityChat } from './proximity-chat';
import { identify, JOIN_REFUSED, type RoomAccount, type RoomIdentity } from './room-identity';
import type { RoomMetrics } from './room-metrics';
import { ROOM_TUNING, type RoomSettings } from './room-settings';
import { TickWrites } from './tick-writes';
import { TokenBucket } from './token-bucket';
import { ensureWebSocketGlobal } from './websocket-global';
import type { WordFilter } from './word-filter';

export interface HallRoomDeps {
  /** The hall as visitors see it (layout, booth templates, approved booths) and its expo, or undefined. */
  findHall(hallId: string): Promise<{ expoId: string; view: HallView } | undefined>;
  /** Verifies an API session token (the API's own code and secret); undefined when invalid. */
  readSession(token: string): Promise<RoomAccount | undefined>;
  /** Appends analytics events (booth_enter / booth_leave) to the store. */
  recordEvents(events: AnalyticsEvent[]): Promise<void>;
  settings: RoomSettings;
  words: WordFilter;
  metrics?: RoomMetrics;
  log?: (line: string) => void;
}

type JoinAuth = RoomIdentity & { moderationKey: string };
/** Close codes after which a client may not come back to its avatar. */
const NO_RECONNECT = new Set([4000, 4002, KICKED_CLOSE_CODE]);
const EMOTE_ANIM_MS = 2500;

/**
 * Builds the `hall` room class around its dependencies (hall lookup, session check, analytics,
 * settings), so the room never reaches for globals and tests can give it their own store.
 */
export function createHallRoom(deps: HallRoomDeps) {
  const { settings } = deps;
  ensureWebSocketGlobal();
  return class HallRoom extends Room<{ state: HallState }> {
    private hallId = '';
    private expoId = '';
    private view!: HallView;
    private grid!: WalkGrid;
    private membership!: BoothMembership;
    private boothPresence!: BoothPresenceTracker;
    private chat!: ProximityChat;
    private aoi: AreaOfInterest | undefined;
    private readonly ledger = new ModerationLedger();
    /** Every visitor in a dense list (for the passes) and by session id. */
    private readonly visitors: HallVisitor[] = [];
    private readonly bySession = new Map<string, HallVisitor>();
    private lastPassAt = 0;
    private readonly poses = new PoseBroadcast(ROOM_TUNING.poseEveryTicks);
    private readonly slots = new PoseSlots();
    private readonly writes = new TickWrites();
    private readonly pendingEvents: AnalyticsEvent[] = [];
    private readonly scratch: Pose = { x: 0, z: 0 };

    override messages = {
      move: validate(MoveMessage, (client: Client, move) => this.onMove(client, move)),
      chat: validate(ChatMessage, (client: Client, message) => this.onChat(client, message)),
      emote: validate(EmoteMessage, (client: Client, message) => this.onEmote(client, message)),
      moderate: validate(ModerateMessage, (client: Client, message) => this.onModerate(client, message)),
    };

    override async onCreate(options: unknown): Promise<void> {
      const hallId = typeof options === 'object' && options && 'hallId' in options ? String(options.hallId) : '';
      const hall = await deps.findHall(hallId);
      if (!hall) throw new Error(`no hall "${hallId}"`);
      this.hallId = hallId;
      this.expoId = hall.expoId;
      this.view = hall.view;
      this.grid = buildWalkGrid(hall.view.layout.size, walkObstacles(hall.view), { clearance: ROOM_TUNING.bodyClearance });
      this.membership = new BoothMembership(hall.view);
      this.maxClients = settings.maxClients;
      this.maxMessagesPerSecond = ROOM_TUNING.maxMessagesPerSecond;
      this.patchRate = ROOM_TUNING.patchIntervalMs;
      this.state = newHallState(hallId, settings.aoiEnabled);
      this.boothPresence = new BoothPresenceTracker(hallId, this.membership, this.state.booths, (visitor, slotId) => this.sendHistory(visitor, slotId));
      this.chat = new ProximityChat(this.membership, deps.words, settings.chatRadius, ROOM_TUNING.boothHistory);
      if (settings.aoiEnabled) {
        // Each patch tick refreshes one share of the viewers, so every view is redone once per
        // aoiIntervalMs; a whole number of pose turns, so a viewer's refresh falls on its poses tick.
        const every = ROOM_TUNING.poseEveryTicks;
        const phases = Math.max(1, Math.round(ROOM_TUNING.aoiIntervalMs / ROOM_TUNING.patchIntervalMs / every)) * every;
        this.aoi = new AreaOfInterest(hall.view.layout.size, settings.aoiRadius, settings.aoiMaxVisible, ROOM_TUNING.spatialCellM, phases);
      }
      await this.setMetadata({ hallId });
    }

    /** Verifies the session and the ban list; what it returns reaches `onJoin` as `client.auth`. */
    override async onAuth(client: Client, options: unknown, context: AuthContext): Promise<JoinAuth> {
      const identity = await identify(options, context, { expoId: this.expoId }, client.sessionId, deps.readSession, settings.allowGuests);
      const moderationKey = ModerationLedger.keyOf(identity.userId, context.ip);
      const bannedUntil = this.ledger.bannedUntil(moderationKey, Date.now());
      if (bannedUntil) {
        const minutes = Math.ceil((bannedUntil - Date.now()) / 60_000);
        throw new ServerError(JOIN_REFUSED.kicked, `an organizer removed you from this hall instance: you may come back in ${minutes} min`);
      }
      return { ...identity, moderationKey };
    }

    override onJoin(client: Client, options: unknown, auth: JoinAuth): void {
      const now = Date.now();
      // onAuth refused invalid options already; `start` is the one field read here.
      const spawn = this.placeNewcomer(HallJoinOptions.safeParse(options).data?.start);
      const avatar = new AvatarState();
      avatar.name = auth.name;
      avatar.color = auth.color;
      avatar.role = auth.role;
      avatar.booth = '';
      avatar.slot = this.slots.acquire();
      const visitor: HallVisitor = {
        index: this.visitors.length,
        client,
        sessionId: client.sessionId,
        avatar,
        identity: auth,
        moderationKey: auth.moderationKey,
        x: spawn.x,
        z: spawn.z,
        slot: avatar.slot,
        xCm: metresToWire(spawn.x),
        zCm: metresToWire(spawn.z),
        yaw: yawToWire(spawn.yaw),
        anim: animToWire('idle'),
        movedTick: this.poses.tick,
        poseTick: this.poses.tick - 1,
        lastMoveAt: this.clock.currentTime,
        chat: new TokenBucket(ROOM_TUNING.chatBurst, ROOM_TUNING.chatRefillPerSecond, now),
        emotes: new TokenBucket(ROOM_TUNING.emoteBurst, ROOM_TUNING.emoteRefillPerSecond, now),
        booth: '',
        boothSince: this.clock.currentTime,
        mutedUntil: this.ledger.mutedUntil(auth.moderationKey, now),
        visible: new Set(),
        unsentPoses: [],
        resendAll: true,
        closing: false,
      };
      this.visitors.push(visitor);
      this.bySession.set(client.sessionId, visitor);
      this.state.avatars.set(client.sessionId, avatar);
      if (this.aoi) {
        client.view = new StateView();
        client.view.add(avatar);
      }
      // Staff hear their booth's channel from anywhere: catch them up on joining.
      if (auth.staffOf) for (const slotId of this.membership.slotsOf(auth.staffOf)) this.sendHistory(visitor, slotId);
      // Organizers learn who is muted; a muted visitor coming back shows up on their lists.
      if (auth.moderator) this.tellMutes([visitor]);
      else if (visitor.mutedUntil > now) this.tellMutes();
    }

    /** An abnormal close: keep the avatar where it was for the reconnection window. */
    override onDrop(client: Client, code?: number): void {
      const visitor = this.bySession.get(client.sessionId);
      if (!visitor || visitor.closing || (code !== undefined && NO_RECONNECT.has(code))) return;
      this.setAnim(visitor, animToWire('idle'));
      // When the window passes, the framework calls onLeave.
      this.allowReconnection(client, settings.reconnectSeconds).catch(() => undefined);
    }

    override onReconnect(client: Client): void {
      const visitor = this.bySession.get(client.sessionId);
      if (!visitor) return;
      visitor.client = client;
      // What was sent while the socket was down is lost: send every pose it sees again.
      visitor.resendAll = true;
    }

    override onLeave(client: Client): void {
      const visitor = this.bySession.get(client.sessionId);
      if (!visitor) return;
      this.boothPresence.leave(visitor, Date.now(), this.clock.currentTime, this.pendingEvents);
      this.aoi?.forget(visitor, this.visitors);
      this.state.avatars.delete(client.sessionId);
      this.slots.release(visitor.slot);
      this.bySession.delete(client.sessionId);
      // Swap-remove keeps the dense list dense; the moved visitor learns its new index.
      const last = this.visitors.pop()!;
      if (last !== visitor) {
        this.visitors[visitor.index] = last;
        last.index = visitor.index;
      }
      client.view?.dispose();
      this.flushEvents();
    }

    override onDispose(): void {
      const now = Date.now();
      for (const visitor of this.visitors) this.boothPresence.leave(visitor, now, this.clock.currentTime, this.pendingEvents);
      this.flushEvents();
    }

    /**
     * Each patch tick: booth presence every `boothCheckIntervalMs`; the area-of-interest views of
     * the clients whose poses turn it is; the state patch (rarely changing fields and view
     * changes); then those clients' `poses` messages, after the patch so every slot they name is
     * already known to the client — each client's frames held and written to its socket at once.
     */
    override broadcastPatch(): boolean {
      // Colyseus starts the patch timer before onCreate, which waits for the hall to load.
      if (!this.boothPresence) return false;
      const started = performance.now();
      const clockMs = this.clock.currentTime;
      if (clockMs - this.lastPassAt >= ROOM_TUNING.boothCheckIntervalMs) {
        this.lastPassAt = clockMs;
        this.boothPresence.update(this.visitors, Date.now(), clockMs, this.pendingEvents);
        this.flushEvents();
      }
      this.aoi?.update(this.visitors, this.poses.tick);
      // One socket write per client for the tick: its patch and its poses together.
      this.writes.begin(this.clients);
      const sent = super.broadcastPatch();
      if (this.aoi) this.poses.sendViews(this.visitors);
      else this.poses.sendAll(this.visitors);
      this.writes.end();
      if (this.visitors.length > 0) deps.metrics?.recordTick(performance.now() - started);
      return sent;
    }

    private onMove(client: Client, move: MoveMessage): void {
      const visitor = this.bySession.get(client.sessionId);
      if (!visitor) return;
      const now = this.clock.currentTime;
      const accepted = acceptMove(this.view.layout, visitor, move, (now - visitor.lastMoveAt) / 1000, this.scratch, this.grid);
      visitor.lastMoveAt = now;
      visitor.x = accepted.x;
      visitor.z = accepted.z;
      const xCm = metresToWire(accepted.x);
      const zCm = metresToWire(accepted.z);
      const yaw = yawToWire(move.yaw);
      if (xCm !== visitor.xCm || zCm !== visitor.zCm || yaw !== visitor.yaw) {
        visitor.xCm = xCm;
        visitor.zCm = zCm;
        visitor.yaw = yaw;
        visitor.movedTick = this.poses.tick;
      }
      if (move.anim) this.setAnim(visitor, animToWire(move.anim));
    }

    /** Animation travels with the pose: a change is sent like a move. */
    private setAnim(visitor: HallVisitor, anim: number): void {
      if (visitor.anim === anim) return;
      visitor.anim = anim;
      visitor.movedTick = this.poses.tick;
    }

    private onChat(client: Client, message: ChatMessage): void {
      const sender = this.bySession.get(client.sessionId);
      if (!sender) return;
      const outcome = this.chat.send(sender, message, this.visitors, Date.now());
      if ('refusal' in outcome) return this.tell(client, 'chat-refused', outcome.refusal);
      for (const recipient of outcome.recipients) this.tell(recipient.client, 'chat', outcome.delivery);
    }

    private onEmote(client: Client, message: EmoteMessage): void {
      const sender = this.bySession.get(client.sessionId);
      if (!sender) return;
      const wait = sender.emotes.take(Date.now());
      // Over the rate: only the sender hears why (its buttons may show it); nobody else notices.
      if (wait > 0) return this.tell(client, 'emote-refused', { emote: message.emote, retryAfterMs: wait });
      if (message.emote === 'wave' || message.emote === 'clap') {
        const anim = animToWire(message.emote);
        this.setAnim(sender, anim);
        this.clock.setTimeout(() => {
          if (sender.anim === anim) this.setAnim(sender, animToWire('idle'));
        }, EMOTE_ANIM_MS);
      }
      const event: EmoteEvent = { from: sender.sessionId, emote: message.emote };
      const r2 = settings.chatRadius * settings.chatRadius;
      for (const v of this.visitors) if ((v.x - sender.x) ** 2 + (v.z - sender.z) ** 2 <= r2) this.tell(v.client, 'emote', event);
    }

    private onModerate(client: Client, message: ModerateMessage): void {
      const actor = this.bySession.get(client.sessionId);
      const target = this.bySession.get(message.sessionId);
      const answer = (outcome: ModerationResult['outcome']) => this.tell(client, 'moderation-result', { action: message.action, sessionId: message.sessionId, outcome });
      if (!actor?.identity.moderator || target === actor) return answer('not-allowed');
      if (!target) return answer('no-such-visitor');
      // Organizers do not moderate one another: a dispute between them is not settled by a kick.
      if (target.identity.moderator) return answer('not-allowed');
      const key = target.moderationKey;
      const now = Date.now();
      if (message.action === 'kick') {
        const until = now + ROOM_TUNING.kickBanMinutes * 60_000;
        this.ledger.ban(key, until);
        target.closing = true;
        this.tell(target.client, 'moderated', { action: 'kicked', until });
        target.client.leave(KICKED_CLOSE_CODE, 'removed from this hall by an organizer');
      } else if (message.action === 'mute') {
        const minutes = Math.min(message.minutes ?? ROOM_TUNING.defaultMuteMinutes, ROOM_TUNING.maxMuteMinutes);
        target.mutedUntil = now + minutes * 60_000;
        this.ledger.mute(key, target.mutedUntil);
        this.tell(target.client, 'moderated', { action: 'muted', until: target.mutedUntil });
      } else {
        target.mutedUntil = 0;
        this.ledger.unmute(key);
        this.tell(target.client, 'moderated', { action: 'unmuted' });
      }
      deps.log?.(`[rooms] ${this.roomId}: organizer ${actor.identity.userId ?? actor.sessionId} ${message.action} ${target.sessionId}`);
      answer('done');
      // Every organizer's list follows (the one who asked has its answer first).
      if (message.action !== 'kick') this.tellMutes();
    }

    /** The whole list of who is muted here, to these organizers (default: every organizer in the instance). */
    private tellMutes(to: readonly HallVisitor[] = this.visitors): void {
      const now = Date.now();
      const mutes = this.visitors.filter((v) => v.mutedUntil > now).map((v) => ({ sessionId: v.sessionId, until: v.mutedUntil }));
      for (const v of to) if (v.identity.moderator) this.tell(v.client, 'mutes', { mutes });
    }

    private sendHistory(visitor: HallVisitor, slotId: string): void {
      const messages = this.chat.historyOf(slotId);
      if (messages.length > 0) this.tell(visitor.client, 'chat-history', { boothId: slotId, messages });
    }

    /** Typed send of a server → client message (shapes in model/room-protocol.ts `ServerMessages`). */
    private tell<K extends ServerMessageType>(client: Client, type: K, payload: z.infer<(typeof ServerMessages)[K]>): void {
      client.send(type, payload);
    }

    private flushEvents(): void {
      if (this.pendingEvents.length === 0) return;
      const events = this.pendingEvents.splice(0);
      deps.recordEvents(events).catch((error: unknown) => deps.log?.(`[rooms] could not record ${events.length} booth events: ${String(error)}`));
    }

    /**
     * Where a newcomer appears: the spot it asked for (a booth link) when that is walkable floor,
     * else a spawn point, spread a little so newcomers don't stand inside each other (never inside a wall).
     */
    private placeNewcomer(asked?: { x: number; z: number; yaw: number }): { x: number; z: number; yaw: number } {
      if (asked && isWalkable(this.grid, asked.x, asked.z)) return asked;
      const spawns = this.view.layout.spawnPoints;
      const n = this.visitors.length;
      const spawn = spawns[n % spawns.length]!;
      const spread = { x: spawn.x + ((n % 5) - 2) * 0.8, z: spawn.z, yaw: spawn.yaw };
      return isWalkable(this.grid, spread.x, spread.z) ? spread : { ...spawn };
    }
  };
}
