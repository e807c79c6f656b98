import type { HallRoomClient, HallViewHandle } from '../engine';

/** What end-to-end tests read through `window.openExpo` (read-only views of engine state). */
export interface HallTestHook {
  phase: string;
  sessionId: string | undefined;
  pose(): { x: number; z: number; yaw: number } | undefined;
  /** Rendered (interpolated) positions of the other visitors, by session id. */
  remotePositions(): Record<string, { x: number; z: number }>;
  stats(): ReturnType<HallViewHandle['stats']> | undefined;
  /** Products a click would select now, with a canvas point for each. */
  productsOnScreen(): ReturnType<HallViewHandle['productsOnScreen']>;
}

declare global {
  interface Window {
    openExpo?: HallTestHook;
  }
}

/**
 * Puts a read-only hook on `window.openExpo` so tests can wait on the engine's state instead
 * of sleeping. It exposes nothing a visitor couldn't see on screen.
 */
export function exposeTestHook(read: () => { handle: HallViewHandle; room: HallRoomClient | undefined; phase: string }): () => void {
  window.openExpo = {
    get phase() {
      return read().phase;
    },
    get sessionId() {
      return read().room?.sessionId;
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
  };
  return () => {
    delete window.openExpo;
  };
}
