import { Room, validate, type Client } from '@colyseus/core';
import {
  formatIssues,
  HallJoinOptions,
  MoveMessage,
  metresToWire,
  wireToMetres,
  yawToWire,
  type HallLayout,
} from '../../model';
import { AvatarState, newHallState, type HallState } from './hall-state';
import { acceptMove, type Pose } from './move-check';

export interface HallRoomDeps {
  /** The published layout of a hall, or undefined when there is no such hall. */
  findLayout(hallId: string): Promise<HallLayout | undefined>;
  maxClients: number;
}

/** What the room keeps on each client (`client.userData`), never sent to anyone. */
interface VisitorData {
  lastMoveAt: number;
}
type VisitorClient = Client<{ userData: VisitorData; auth: HallJoinOptions }>;

/**
 * Builds the `hall` room class around its dependencies (the layout lookup), so the room never
 * reaches for globals and tests can give it their own store.
 */
export function createHallRoom(deps: HallRoomDeps) {
  return class HallRoom extends Room<{ state: HallState }> {
    private layout!: HallLayout;
    private readonly scratch: Pose = { x: 0, z: 0 };

    override messages = {
      move: validate(MoveMessage, (client: VisitorClient, move) => this.onMove(client, move)),
    };

    override async onCreate(options: unknown): Promise<void> {
      const hallId = typeof options === 'object' && options && 'hallId' in options ? String(options.hallId) : '';
      const layout = await deps.findLayout(hallId);
      if (!layout) throw new Error(`no hall "${hallId}"`);
      this.layout = layout;
      this.maxClients = deps.maxClients;
      this.maxMessagesPerSecond = 30;
      this.patchRate = 50; // 20 Hz
      this.state = newHallState(hallId);
      await this.setMetadata({ hallId });
    }

    /** Validates the join options once; what it returns reaches `onJoin` as `auth`. */
    override onAuth(_client: Client, options: unknown): HallJoinOptions {
      const parsed = HallJoinOptions.safeParse(options);
      if (!parsed.success) throw new Error(`invalid join options: ${formatIssues(parsed.error).join('; ')}`);
      return parsed.data;
    }

    override onJoin(client: VisitorClient, _options: unknown, join: HallJoinOptions): void {
      const spawns = this.layout.spawnPoints;
      const spawn = spawns[this.clients.length % spawns.length]!;
      const avatar = new AvatarState();
      avatar.name = join.name;
      avatar.color = join.color ?? '#4a90d9';
      // Spread newcomers a little so they don't stand inside each other.
      avatar.x = metresToWire(spawn.x + ((this.clients.length % 5) - 2) * 0.8);
      avatar.z = metresToWire(spawn.z);
      avatar.yaw = yawToWire(spawn.yaw);
      this.state.avatars.set(client.sessionId, avatar);
      client.userData = { lastMoveAt: this.clock.currentTime };
    }

    override onLeave(client: Client): void {
      this.state.avatars.delete(client.sessionId);
    }

    private onMove(client: VisitorClient, move: MoveMessage): void {
      const avatar = this.state.avatars.get(client.sessionId);
      const data = client.userData;
      if (!avatar || !data) return;
      const now = this.clock.currentTime;
      const from = { x: wireToMetres(avatar.x), z: wireToMetres(avatar.z) };
      const accepted = acceptMove(this.layout, from, move, (now - data.lastMoveAt) / 1000, this.scratch);
      data.lastMoveAt = now;
      avatar.x = metresToWire(accepted.x);
      avatar.z = metresToWire(accepted.z);
      avatar.yaw = yawToWire(move.yaw);
    }
  };
}
