import type { HallRoomClient, HallViewHandle } from '../engine';

/** What end-to-end tests read through `window.openExpo` (read-only views of engine state). */
export interface HallTestHook {
  phase: string;
  sessionId: string | undefined;
  /** The hall instance (room id) joined, as the invite link names it. */
  roomId: string | undefined;
  pose(): { x: number; z: number; yaw: number } | undefined;
  /** Rendered (interpolated) positions of the other visitors, by session id. */
  remotePositions(): Record<string, { x: number; z: number }>;
  stats(): ReturnType<HallViewHandle['stats']> | undefined;
  /** Products a click would select now, with a canvas point for each. */
  productsOnScreen(): ReturnType<HallViewHandle['productsOnScreen']>;
  /** The immersive VR session's state, and in it the headset and controller rays in hall coordinates. */
  xrState: string;
  xrInfo(): ReturnType<HallViewHandle['xrInfo']>;
  /** Click-to-walk events so far (started with its goal, ended with its reason, failed). */
  walks(): { type: string; reason?: string; x?: number; z?: number }[];
  /**
   * Walks to (x, z) as a click on that floor spot does (click-to-walk; false when no path). The one
   * command here: it lets tests put visitors in a booth or far apart on foot, so the room follows
   * at walking speed as it would a person.
   */
  walkTo(x: number, z: number): boolean;
  /** Floor rectangles the visitor's body cannot enter now (walls, fixtures, plinths at their product's size). */
  obstacles(): { minX: number; maxX: number; minZ: number; maxZ: number }[];
  cameraMode: string;
}

declare global {
  interface Window {
    openExpo?: HallTestHook;
  }
}

/**
 * Puts a hook on `window.openExpo` so tests can wait on the engine's state instead of sleeping.
 * It exposes nothing a visitor couldn't see on screen, and does nothing a visitor couldn't do
 * (`walkTo` is a click on the floor).
 */
export function exposeTestHook(
  read: () => { handle: HallViewHandle; room: HallRoomClient | undefined; phase: string; walks?: { type: string; reason?: string; x?: number; z?: number }[] },
): () => void {
  window.openExpo = {
    get phase() {
      return read().phase;
    },
    get sessionId() {
      return read().room?.sessionId;
    },
    get roomId() {
      return read().room?.roomId;
    },
    pose: () => read().handle.getPose(),
    remotePositions: () => {
      const { remoteAvatars } = read().handle;
      const out: Record<string, { x: number; z: number }> = {};
      for (const id of remoteAvatars.ids()) {
        const p = remoteAvatars.positionOf(id);
        if (p) out[id] = { x: p.x, z: p.z };
      }
      return out;
    },
    stats: () => read().handle.stats(),
    productsOnScreen: () => read().handle.productsOnScreen(),
    get xrState() {
      return read().handle.xrState;
    },
    xrInfo: () => read().handle.xrInfo(),
    walks: () => [...(read().walks ?? [])],
    walkTo: (x, z) => read().handle.walkTo(x, z),
    obstacles: () => read().handle.walkObstacles(),
    get cameraMode() {
      return read().handle.cameraMode;
    },
  };
  return () => {
    delete window.openExpo;
  };
}
