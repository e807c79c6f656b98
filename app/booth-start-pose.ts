import { frameToWorld, type HallLayout } from '../model';

/** How far in front of a booth's open side a visitor opened "at the booth" stands (m). */
const STAND_OFF_M = 1.5;

/**
 * Where a visitor opened with `?booth=<slotId>` starts ("Preview as visitor" in the booth editor,
 * links from search): in the aisle before the booth's open front (local −z), facing into it.
 * Undefined when no slot of this hall has that id.
 */
export function boothStartPose(layout: Pick<HallLayout, 'slots'>, search: string): { x: number; z: number; yaw: number } | undefined {
  const slotId = new URLSearchParams(search).get('booth');
  const slot = slotId ? layout.slots.find((s) => s.id === slotId) : undefined;
  if (!slot) return undefined;
  const at = frameToWorld({ x: slot.x, z: slot.z, yawDeg: slot.rotation }, 0, -(slot.depth / 2 + STAND_OFF_M));
  return { x: at.x, z: at.z, yaw: slot.rotation };
}
