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
 * Sends avatar poses outside the state patch: once per patch tick, right after it (so a client
 * always knows an avatar's slot before its first pose), each client gets one `poses` message (see
 * model/room-protocol.ts) with the avatars it sees that moved this tick or came into view, and its
 * own pose when the server moved it. Clients with nothing new get nothing. One writer buffer is
 * reused for every client.
 */
export class PoseBroadcast {
  private readonly writer = new AvatarPosesWriter(128);
  /** The tick the next `send*` call covers; a move stamps its visitor's `movedTick` with it. */
  tick = 1;

  /** Area of interest on: each client's own message from its `visible` set. */
  sendViews(visitors: readonly HallVisitor[]): void {
    const tick = this.tick++;
    const writer = this.writer;
    for (const viewer of visitors) {
      const all = viewer.resendAll;
      if (!reachable(viewer.client)) continue;
      writer.reset();
      if (all || viewer.movedTick === tick) push(writer, viewer);
      for (const other of viewer.visible) if (all || other.movedTick === tick) push(writer, other);
      if (!all) {
        // New in view and standing still: nothing above carried their pose.
        for (const other of viewer.unsentPoses) if (other.movedTick !== tick && viewer.visible.has(other)) push(writer, other);
      }
      viewer.unsentPoses.length = 0;
      viewer.resendAll = false;
      if (writer.count > 0) viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
  }

  /** Area of interest off: everyone sees everyone, so one message of this tick's moves goes to all; newcomers get everyone once. */
  sendAll(visitors: readonly HallVisitor[]): void {
    const tick = this.tick++;
    const writer = this.writer;
    writer.reset();
    for (const visitor of visitors) if (visitor.movedTick === tick) push(writer, visitor);
    if (writer.count > 0) {
      for (const viewer of visitors) if (reachable(viewer.client) && !viewer.resendAll) viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
    for (const viewer of visitors) {
      if (!viewer.resendAll || !reachable(viewer.client)) continue;
      writer.reset();
      for (const other of visitors) push(writer, other);
      viewer.resendAll = false;
      viewer.client.sendBytes(AVATAR_POSES_MESSAGE, writer.bytes());
    }
  }
}

function push(writer: AvatarPosesWriter, visitor: HallVisitor): void {
  writer.push(visitor.slot, visitor.xCm, visitor.zCm, visitor.yaw);
}

/**
 * Joined clients, and joining ones (Colyseus queues their messages behind the full state, which
 * maps the slots); a dropped client waiting to reconnect gets everything again when it is back.
 */
function reachable(client: Client): boolean {
  return client.state === ClientState.JOINED || client.state === ClientState.JOINING;
}
