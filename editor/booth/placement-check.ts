import { DEFAULT_PLINTH, LIMITS, itemSolids, isTemplateCounter, placeSolid, boxFloorRect, type BoothDesign, type BoothItem, type BoothItemKind, type BoothTemplate, type FloorRect } from '../../model';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';

/** Why an item may not stand where it is; `amount` in metres. */
export type PlacementProblem = { code: 'outside'; amount: number } | { code: 'in-wall'; amount: number };

/** Which anchors each item kind snaps to. */
const ANCHOR_KINDS: Record<BoothItemKind, readonly string[]> = {
  'product-stand': ['stand', 'floor'],
  model: ['stand', 'floor'],
  counter: ['counter', 'floor'],
  screen: ['screen'],
  poster: ['poster', 'logo'],
  'logo-wall': ['logo', 'poster'],
  'brochure-rack': ['floor'],
  plant: ['floor'],
  seating: ['floor'],
  'meeting-table': ['floor'],
};

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
 * footprint, and none reaching into a wall (touching a wall face is fine: posters hang there).
 * Checked on every pointer move while dragging, so it is plain arithmetic. Undefined: fine.
 */
export function placementProblem(template: BoothTemplate, item: BoothItem): PlacementProblem | undefined {
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
  return inWall > C.wallTouch ? { code: 'in-wall', amount: inWall } : undefined;
}

/** Every item of a design that is placed badly, by id (shown as a list before publishing). */
export function designPlacementProblems(design: BoothDesign, template: BoothTemplate): Map<string, PlacementProblem> {
  const out = new Map<string, PlacementProblem>();
  for (const item of design.items) {
    const problem = placementProblem(template, item);
    if (problem) out.set(item.id, problem);
  }
  return out;
}

export interface SnappedPlace {
  x: number;
  y: number;
  z: number;
  yaw: number;
  anchorId?: string;
}

/**
 * Where an item of `kind` dropped or dragged to (x, z) lands: on the nearest free anchor of a
 * fitting kind within the snap radius (taking its height and facing), else on the grid, on the
 * floor, keeping its own facing. `movingId` is the item being moved (its own anchor counts as free).
 */
export function snapPlace(template: BoothTemplate, design: BoothDesign, kind: BoothItemKind, x: number, z: number, yaw: number, movingId?: string): SnappedPlace {
  const taken = new Set(design.items.filter((i) => i.id !== movingId && i.anchorId).map((i) => i.anchorId!));
  let best: { d: number; anchor: BoothTemplate['anchors'][number] } | undefined;
  for (const anchor of template.anchors) {
    if (!ANCHOR_KINDS[kind].includes(anchor.kind) || taken.has(anchor.id)) continue;
    const d = Math.hypot(anchor.x - x, anchor.z - z);
    if (d <= C.anchorSnapRadius && (!best || d < best.d)) best = { d, anchor };
  }
  if (best) return { x: best.anchor.x, y: best.anchor.y, z: best.anchor.z, yaw: best.anchor.yaw, anchorId: best.anchor.id };
  const snap = (v: number) => Math.round(v / C.gridStep) * C.gridStep;
  return { x: round(snap(x)), y: 0, z: round(snap(z)), yaw };
}

/** A first place for a new item added without a drop (a palette click): a free fitting anchor, else the booth centre, facing the open front. */
export function defaultPlace(template: BoothTemplate, design: BoothDesign, kind: BoothItemKind): SnappedPlace {
  const taken = new Set(design.items.flatMap((i) => (i.anchorId ? [i.anchorId] : [])));
  const anchor = template.anchors.find((a) => ANCHOR_KINDS[kind].includes(a.kind) && !taken.has(a.id));
  if (anchor) return { x: anchor.x, y: anchor.y, z: anchor.z, yaw: anchor.yaw, anchorId: anchor.id };
  return { x: 0, y: 0, z: 0, yaw: 180 };
}

/** Snaps a yaw to the editor's step, in (-360, 360) as the schema wants. */
export function snapYaw(yaw: number): number {
  const snapped = Math.round(yaw / C.yawStep) * C.yawStep;
  return ((snapped % 360) + 360) % 360;
}

export function clampScale(scale: number): number {
  return round(Math.min(C.maxScale, Math.max(C.minScale, Math.round(scale / C.scaleStep) * C.scaleStep)));
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
