import { placementProblem, type BoothDesign, type BoothItem, type BoothItemKind, type BoothTemplate, type PlacementProblem } from '../../model';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';

// Where an item may stand is the model's rule (the demo seed is checked against it too); the
// editor adds where a drop or a drag snaps to, and where a new item finds room.
export { designPlacementProblems, floorBoxOverlap, floorBoxes, itemFootprint, placementProblem, type PlacementProblem } from '../../model';

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

/**
 * Where a new item (`draft`, placed anywhere) can go without a placement problem: its default
 * place (a free fitting anchor, else the booth centre), then any other free fitting anchor, then
 * the nearest free spot to the centre on a coarse grid. When nowhere fits, the default place's
 * problem, to show as the reason.
 */
export function findFreePlace(template: BoothTemplate, design: BoothDesign, draft: BoothItem): { place: SnappedPlace } | { problem: PlacementProblem } {
  const first = defaultPlace(template, design, draft.kind);
  const check = (place: SnappedPlace) => {
    const { anchorId: _old, ...free } = draft;
    return placementProblem(template, { ...free, ...place }, design.items);
  };
  const firstProblem = check(first);
  if (!firstProblem) return { place: first };
  const taken = new Set(design.items.flatMap((i) => (i.anchorId ? [i.anchorId] : [])));
  for (const a of template.anchors) {
    if (!ANCHOR_KINDS[draft.kind].includes(a.kind) || taken.has(a.id)) continue;
    const place = { x: a.x, y: a.y, z: a.z, yaw: a.yaw, anchorId: a.id };
    if (!check(place)) return { place };
  }
  const step = C.freeSpotStep;
  const spots: SnappedPlace[] = [];
  for (let x = -template.footprint.width / 2; x <= template.footprint.width / 2 + 1e-9; x += step) {
    for (let z = -template.footprint.depth / 2; z <= template.footprint.depth / 2 + 1e-9; z += step) spots.push({ x: round(x), y: 0, z: round(z), yaw: first.yaw });
  }
  spots.sort((a, b) => Math.hypot(a.x, a.z) - Math.hypot(b.x, b.z));
  const free = spots.find((p) => !check(p));
  return free ? { place: free } : { problem: firstProblem };
}

/** Snaps a yaw to the editor's step, in (-360, 360) as the schema wants. */
export function snapYaw(yaw: number): number {
  const snapped = Math.round(yaw / C.yawStep) * C.yawStep;
  return ((snapped % 360) + 360) % 360;
}

/** Snaps a scale to `step` (the keys' step unless told) within the editor's limits. */
export function clampScale(scale: number, step: number = C.scaleStep): number {
  return round(Math.min(C.maxScale, Math.max(C.minScale, Math.round(scale / step) * step)));
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
