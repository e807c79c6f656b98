import type { BoothDesign, BoothItem } from './booth-design';
import { DEFAULT_PLINTH, MOUNTED_ABOVE, isTemplateCounter, itemSolids } from './booth-solids';
import type { BoothTemplate } from './booth-template';
import { LIMITS } from './limits';
import { boxFloorRect, placeSolid, type FloorRect } from './solid-box';

/**
 * Where a booth item may stand: the rule the booth editor checks on every drag and before
 * publishing, and the demo seed's booths are tested against (so one definition for both).
 * Pure arithmetic on the item's stand-in boxes, in the booth's (template) frame.
 */

/** Tolerances of the placement rule (m). */
export const PLACEMENT_RULES = {
  /** Boxes may touch a wall face within this: a poster hangs on a wall, it is not inside it. */
  wallTouch: 0.02,
  /** Two items' floor footprints may overlap by this much before they count as one inside the other. */
  overlapTolerance: 0.02,
} as const;

/** Why an item may not stand where it is; `amount` in metres (for `overlap`: how far the two footprints reach into each other). */
export type PlacementProblem = { code: 'outside'; amount: number } | { code: 'in-wall'; amount: number } | { code: 'overlap'; amount: number; otherId: string };

/** The floor rectangles an item covers, in the booth's (template) frame. */
export function itemFootprint(item: BoothItem): FloorRect[] {
  const frame = { x: item.x, z: item.z, yawDeg: item.yaw };
  const rects = itemSolids(item).map((s) => boxFloorRect(placeSolid(frame, { ...s, y: s.y + item.y })));
  if (item.kind === 'product-stand' || item.kind === 'model') {
    const s = item.scale;
    rects.push(boxFloorRect(placeSolid(frame, { x: 0, y: item.y, z: 0, width: DEFAULT_PLINTH.width * s, height: DEFAULT_PLINTH.height * s, depth: DEFAULT_PLINTH.depth * s })));
  }
  return rects;
}

/**
 * Whether `item` may stand where it is in a booth built from `template`: every box inside the
 * footprint, none reaching into a wall (touching a wall face is fine: posters hang there), and,
 * given the design's other items (`others`; the item's own id is skipped), its floor footprint
 * not inside another's. Checked on every pointer move while dragging, so it is plain
 * arithmetic. Undefined: fine.
 */
export function placementProblem(template: BoothTemplate, item: BoothItem, others: readonly BoothItem[] = []): PlacementProblem | undefined {
  if (isTemplateCounter(item, template)) return undefined;
  const halfW = template.footprint.width / 2 + LIMITS.epsilon;
  const halfD = template.footprint.depth / 2 + LIMITS.epsilon;
  const rects = itemFootprint(item);
  let outside = 0;
  for (const r of rects) outside = Math.max(outside, r.maxX - halfW, -halfW - r.minX, r.maxZ - halfD, -halfD - r.minZ);
  if (outside > 0) return { code: 'outside', amount: outside };
  let inWall = 0;
  for (const wall of template.fixtures) {
    if (wall.kind !== 'wall') continue;
    const w = { minX: wall.x - wall.width / 2, maxX: wall.x + wall.width / 2, minZ: wall.z - wall.depth / 2, maxZ: wall.z + wall.depth / 2 };
    for (const r of rects) {
      const depth = Math.min(r.maxX - w.minX, w.maxX - r.minX, r.maxZ - w.minZ, w.maxZ - r.minZ);
      inWall = Math.max(inWall, depth);
    }
  }
  if (inWall > PLACEMENT_RULES.wallTouch) return { code: 'in-wall', amount: inWall };
  return overlapProblem(template, item, others);
}

/** A box's floor rectangle as it really lies (turned), not its bounding rectangle: centre, half sizes, yaw (radians). */
export interface FloorBox {
  x: number;
  z: number;
  hw: number;
  hd: number;
  yaw: number;
}

/** The turned floor rectangles an item stands on, or none when it hangs on a wall (or is the template's own counter). */
export function floorBoxes(template: BoothTemplate, item: BoothItem): FloorBox[] {
  if (item.y > MOUNTED_ABOVE || isTemplateCounter(item, template)) return [];
  const frame = { x: item.x, z: item.z, yawDeg: item.yaw };
  const solids = itemSolids(item).map((s) => placeSolid(frame, { ...s, y: s.y + item.y }));
  if (item.kind === 'product-stand' || item.kind === 'model') {
    const s = item.scale;
    solids.push(placeSolid(frame, { x: 0, y: item.y, z: 0, width: DEFAULT_PLINTH.width * s, height: DEFAULT_PLINTH.height * s, depth: DEFAULT_PLINTH.depth * s }));
  }
  return solids.map((b) => ({ x: b.x, z: b.z, hw: b.width / 2, hd: b.depth / 2, yaw: b.yaw }));
}

/**
 * How far two turned rectangles reach into each other (separating-axis test): the smallest
 * overlap of their projections on the four edge directions; 0 when some axis separates them.
 */
export function floorBoxOverlap(a: FloorBox, b: FloorBox): number {
  let least = Infinity;
  for (const yaw of [a.yaw, a.yaw + Math.PI / 2, b.yaw, b.yaw + Math.PI / 2]) {
    const ax = Math.cos(yaw);
    const az = -Math.sin(yaw);
    const reach = (r: FloorBox) => {
      const c = Math.abs(Math.cos(r.yaw - yaw));
      const s = Math.abs(Math.sin(r.yaw - yaw));
      return r.hw * c + r.hd * s;
    };
    const gap = Math.abs((b.x - a.x) * ax + (b.z - a.z) * az);
    const overlap = reach(a) + reach(b) - gap;
    if (overlap <= 0) return 0;
    least = Math.min(least, overlap);
  }
  return least;
}

/** Items may not stand inside one another: the deepest overlap with any other floor item beyond the tolerance. */
function overlapProblem(template: BoothTemplate, item: BoothItem, others: readonly BoothItem[]): PlacementProblem | undefined {
  const mine = floorBoxes(template, item);
  if (mine.length === 0) return undefined;
  let worst: { amount: number; otherId: string } | undefined;
  for (const other of others) {
    if (other.id === item.id) continue;
    for (const theirs of floorBoxes(template, other)) {
      for (const box of mine) {
        const amount = floorBoxOverlap(box, theirs);
        if (amount > PLACEMENT_RULES.overlapTolerance && (!worst || amount > worst.amount)) worst = { amount, otherId: other.id };
      }
    }
  }
  return worst && { code: 'overlap', ...worst };
}

/** Every item of a design that is placed badly, by id (shown as a list before publishing). */
export function designPlacementProblems(design: BoothDesign, template: BoothTemplate): Map<string, PlacementProblem> {
  const out = new Map<string, PlacementProblem>();
  for (const item of design.items) {
    const problem = placementProblem(template, item, design.items);
    if (problem) out.set(item.id, problem);
  }
  return out;
}
