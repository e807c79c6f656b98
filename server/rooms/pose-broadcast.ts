import { ClientState, type Client } from '@colyseus/core';
import { AVATAR_POSES_MESSAGE, AvatarPosesWriter } from '../../model';
import type { HallVisitor } from './hall-visitor';

/** Slots are 16-bit on the wire. */
const SLOT_COUNT = 0x10000;

/**
 * Hands out avatar slots: fresh ones first, then the longest-freed, so a slot is not reused while
 * a client may still map it to the avatar that just left.
 */
export class PoseSlots {
  private next = 0;
  private readonly freed: number[] = [];

  acquire(): number {
    if (this.next < SLOT_COUNT) return this.next++;
    const slot = this.freed.shift();
    if (slot === undefined) throw new Error('no free avatar slot');
    return slot;
  }

  release(slot: number): void {
    this.freed.push(slot);
  }
}

/**
 * Sends avatar poses outside the state patch, right after it (so a client always knows an
 * avatar's slot before its first pose). Each client gets one `poses` message (see
 * model/room-protocol.ts) every `everyTicks` patch ticks — the clients take turns by slot, so each
 * tick carries only a share of the sends (a socket write each, the tick's main cost) — with the
 * avatars it sees that moved since its last message or came into view, and its own pose when the
 * server moved it. Clients with nothing new get nothing. One writer buffer is reused for every client.
 */
export class PoseBroadcast {
  private readonly writer = new AvatarPosesWriter(128);
  /** The tick the next `send*` call covers; a move stamps its visitor's `movedTick` with it. */
  tick = 1;

  constructor(private readonly everyTicks = 1) {}

  /** Area of interest on: each due client's own message from its `visible` set. */
  sendViews(visitors: readonly HallVisitor[]): void {
    const tick = this.tick++;
    const writer = this.writer;
    for (const viewer of visitors) {
      if (!reachable(viewer.client) || !this.due(viewer, tick)) continue;
      const all = viewer.resendAll;
      // Moves stamped after the viewer's last message are new to it.
      const since = viewer.poseTick;
      writer.reset();
      if (all || viewer.movedTick > since) push(writer, viewer);
      for (const other of viewer.visible) if (all || other.movedTick > since) push(writer, other);
      if (!all) {
        // New in view and standing still: nothing above carried their pose.
        for (const other of viewer.unsentPoses) if (other.movedTick <= since && viewer.visible.has(other)) push(writer, other);
      }
      viewer.unsentPoses.length = 0;
      viewer.resendAll = false;
      viewer.poseTick = tick;
      if (writer.count > 0) viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
  }

  /**
   * Area of interest off: everyone sees everyone, so one message of the moves of the last
   * `everyTicks` ticks goes to every client due this tick; newcomers get everyone once.
   */
  sendAll(visitors: readonly HallVisitor[]): void {
    const tick = this.tick++;
    const writer = this.writer;
    writer.reset();
    for (const visitor of visitors) if (visitor.movedTick > tick - this.everyTicks) push(writer, visitor);
    for (const viewer of visitors) {
      if (!reachable(viewer.client) || viewer.resendAll || !this.due(viewer, tick)) continue;
      viewer.poseTick = tick;
      if (writer.count > 0) viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
    for (const viewer of visitors) {
      if (!viewer.resendAll || !reachable(viewer.client)) continue;
      writer.reset();
      for (const other of visitors) push(writer, other);
      viewer.resendAll = false;
      viewer.poseTick = tick;
      viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
  }

  /** A client's turn comes every `everyTicks` ticks (slot ≡ tick, as in the area of interest); a newcomer or a client back from a drop is served at once. */
  private due(viewer: HallVisitor, tick: number): boolean {
    return viewer.resendAll || viewer.slot % this.everyTicks === tick % this.everyTicks;
  }
}

function push(writer: AvatarPosesWriter, visitor: HallVisitor): void {
  writer.push(visitor.slot, visitor.xCm, visitor.zCm, visitor.yaw, visitor.anim);
}

/**
 * Joined clients, and joining ones (Colyseus queues their messages behind the full state, which
 * maps the slots); a dropped client waiting to reconnect gets everything again when it is back.
 */
function reachable(client: Client): boolean {
  return client.state === ClientState.JOINED || client.state === ClientState.JOINING;
}
