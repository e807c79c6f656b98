import type { BoothArea, BoothRef } from './interaction-targets';

export interface PresenceListener {
  entered(booth: BoothRef): void;
  left(booth: BoothRef, dwellMs: number): void;
}

/**
 * Which booth the local visitor stands in, from their position against the booths' footprints.
 * Entering needs a step inside a footprint; leaving needs `leaveMargin` metres outside it, so a
 * visitor walking along a booth's edge is not counted in and out at every step. Pure: the
 * caller passes the time.
 */
export class BoothPresence {
  private current: { area: BoothArea; since: number } | undefined;

  constructor(
    private readonly areas: readonly BoothArea[],
    private readonly leaveMargin: number,
    private readonly listener: PresenceListener,
  ) {}

  /** The booth the visitor is in now, if any. */
  get booth(): BoothRef | undefined {
    return this.current?.area.booth;
  }

  /** Feeds a new position; calls `left` and/or `entered` when the booth changes. */
  update(x: number, z: number, now: number): void {
    const cur = this.current;
    if (cur && inside(cur.area, x, z, this.leaveMargin)) return;
    const next = this.areas.find((a) => inside(a, x, z, 0));
    if (cur && next === cur.area) return;
    if (cur) this.leave(now);
    if (next) {
      this.current = { area: next, since: now };
      this.listener.entered(next.booth);
    }
  }

  /** Ends the current visit (the hall closes, the page goes away): `left` with the dwell so far. */
  leave(now: number): void {
    const cur = this.current;
    if (!cur) return;
    this.current = undefined;
    this.listener.left(cur.area.booth, Math.max(0, Math.round(now - cur.since)));
  }
}

function inside(area: BoothArea, x: number, z: number, margin: number): boolean {
  const r = area.rect;
  return x >= r.minX - margin && x <= r.maxX + margin && z >= r.minZ - margin && z <= r.maxZ + margin;
}
