import { footprintRect, type BoothSlot, type Rect } from '../../model';

/** The gap between two floor rectangles (m); 0 when they touch or overlap. */
export function rectGap(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.minX - b.maxX, b.minX - a.maxX);
  const dz = Math.max(0, a.minZ - b.maxZ, b.minZ - a.maxZ);
  return Math.hypot(dx, dz);
}

/**
 * The ids of the slots whose footprint lies within `radius` metres of the focused slot's (itself
 * included): the booths an exhibitor sees around their own. Undefined, meaning "every slot",
 * when there is no focus or the focused slot is not in the layout.
 */
export function slotsNear(slots: readonly BoothSlot[], focusSlotId: string | undefined, radius: number): ReadonlySet<string> | undefined {
  const focus = focusSlotId === undefined ? undefined : slots.find((s) => s.id === focusSlotId);
  if (!focus) return undefined;
  const centre = footprintRect(focus);
  return new Set(slots.filter((s) => rectGap(centre, footprintRect(s)) <= radius).map((s) => s.id));
}
