import { cutoutRect, entranceClearRect, footprintRect, LIMITS, pickText, type HallLayout, type Locale, type Rect } from '../../model';
import { planKey, snap, type CentredRect, type PlanKey, type PlanKind } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';

/** One selectable shape of the plan, in hall metres. */
export interface PlanShape {
  key: PlanKey;
  kind: PlanKind;
  id: string;
  rect: Rect;
  label: string;
  /** Slots, stages, aisles and cut-outs have resize handles; signs, entrances and spawn points move only. */
  resizable: boolean;
  /** A spawn point's facing, degrees clockwise from north (drawn as an arrow). */
  yaw?: number;
}

/** The square a point-like item (sign, spawn point) occupies on the plan, so it can be hit and dragged. */
function pointRect(x: number, z: number): Rect {
  const h = C.pointHalfSide;
  return { minX: x - h, maxX: x + h, minZ: z - h, maxZ: z + h };
}

/**
 * Every shape of the plan, drawn in this order (later ones on top, and hit first): carpeted
 * aisles under everything, then entrances, cut-outs, stages, slots, signs and spawn points. A
 * slot on a cut-out is drawn over it, so the problem stays visible and the slot can be dragged off.
 */
export function planShapes(doc: Pick<HallLayout, 'size' | 'slots' | 'stages' | 'signage' | 'entrances' | 'aisles' | 'cutouts' | 'spawnPoints'>, locale: Locale = 'en'): PlanShape[] {
  const shapes: PlanShape[] = [];
  for (const a of doc.aisles) shapes.push({ key: planKey('aisle', a.id), kind: 'aisle', id: a.id, rect: footprintRect(a), label: a.id, resizable: true });
  for (const e of doc.entrances) shapes.push({ key: planKey('entrance', e.id), kind: 'entrance', id: e.id, rect: entranceClearRect(e, doc.size), label: e.name ? pickText(e.name, locale) : e.id, resizable: false });
  // Cut-outs are numbered from 0 on the plan, as the layout rules and the schema name them in messages.
  doc.cutouts.forEach((c, i) => shapes.push({ key: planKey('cutout', String(i)), kind: 'cutout', id: String(i), rect: cutoutRect(c), label: `${i}`, resizable: true }));
  for (const s of doc.stages) shapes.push({ key: planKey('stage', s.id), kind: 'stage', id: s.id, rect: footprintRect(s), label: pickText(s.name, locale), resizable: true });
  for (const s of doc.slots) shapes.push({ key: planKey('slot', s.id), kind: 'slot', id: s.id, rect: footprintRect(s), label: s.label, resizable: true });
  for (const s of doc.signage) shapes.push({ key: planKey('sign', s.id), kind: 'sign', id: s.id, rect: pointRect(s.x, s.z), label: pickText(s.text, locale), resizable: false });
  doc.spawnPoints.forEach((p, i) => shapes.push({ key: planKey('spawn', String(i)), kind: 'spawn', id: String(i), rect: pointRect(p.x, p.z), label: `${i + 1}`, resizable: false, yaw: p.yaw }));
  return shapes;
}

/** The topmost shape under a hall point. */
export function shapeAt(shapes: readonly PlanShape[], x: number, z: number): PlanShape | undefined {
  for (let i = shapes.length - 1; i >= 0; i--) {
    const r = shapes[i]!.rect;
    if (x >= r.minX && x <= r.maxX && z >= r.minZ && z <= r.maxZ) return shapes[i];
  }
  return undefined;
}

/** Where the plan is looked at: `scale` screen px per metre, and the screen position of the hall's north-west corner. */
export interface PlanViewport {
  scale: number;
  originX: number;
  originY: number;
}

/** North is up on the plan: screen y grows southward, hall z northward. */
export function toScreen(v: PlanViewport, depth: number, x: number, z: number): { sx: number; sy: number } {
  return { sx: v.originX + x * v.scale, sy: v.originY + (depth - z) * v.scale };
}

export function toHall(v: PlanViewport, depth: number, sx: number, sy: number): { x: number; z: number } {
  return { x: (sx - v.originX) / v.scale, z: depth - (sy - v.originY) / v.scale };
}

/** A viewport that shows the whole hall inside a `width` × `height` px box with a margin. */
export function fitViewport(size: { width: number; depth: number }, width: number, height: number, marginPx = 24): PlanViewport {
  const scale = clampZoom(Math.min((width - 2 * marginPx) / size.width, (height - 2 * marginPx) / size.depth));
  return { scale, originX: (width - size.width * scale) / 2, originY: (height - size.depth * scale) / 2 };
}

export function clampZoom(scale: number): number {
  return Math.min(C.maxZoom, Math.max(C.minZoom, scale));
}

/** Zooms by `factor` keeping the hall point under the screen point (sx, sy) where it is. */
export function zoomAt(v: PlanViewport, factor: number, sx: number, sy: number): PlanViewport {
  const scale = clampZoom(v.scale * factor);
  const k = scale / v.scale;
  return { scale, originX: sx - (sx - v.originX) * k, originY: sy - (sy - v.originY) * k };
}

/** A resize handle: which edges of the rectangle it drags (-1 min, +1 max, 0 none) along x and z. */
export interface Handle {
  name: 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
  ex: -1 | 0 | 1;
  ez: -1 | 0 | 1;
}

export const HANDLES: readonly Handle[] = [
  { name: 'nw', ex: -1, ez: 1 },
  { name: 'n', ex: 0, ez: 1 },
  { name: 'ne', ex: 1, ez: 1 },
  { name: 'e', ex: 1, ez: 0 },
  { name: 'se', ex: 1, ez: -1 },
  { name: 's', ex: 0, ez: -1 },
  { name: 'sw', ex: -1, ez: -1 },
  { name: 'w', ex: -1, ez: 0 },
];

/** The hall point a handle sits on. */
export function handlePoint(r: Rect, h: Handle): { x: number; z: number } {
  const pick = (e: -1 | 0 | 1, min: number, max: number) => (e < 0 ? min : e > 0 ? max : (min + max) / 2);
  return { x: pick(h.ex, r.minX, r.maxX), z: pick(h.ez, r.minZ, r.maxZ) };
}

/**
 * The rectangle after dragging handle `h` by (dx, dz) metres: the dragged edges follow the pointer
 the opposite ones stay; a side never shrinks below the minimum.
 */
export function resizeRect(r: Rect, h: Handle, dx: number, dz: number): CentredRect {
  let { minX, maxX, minZ, maxZ } = r;
  if (h.ex < 0) minX = Math.min(snap(minX + dx), maxX - C.minSide);
  if (h.ex > 0) maxX = Math.max(snap(maxX + dx), minX + C.minSide);
  if (h.ez < 0) minZ = Math.min(snap(minZ + dz), maxZ - C.minSide);
  if (h.ez > 0) maxZ = Math.max(snap(maxZ + dz), minZ + C.minSide);
  return { x: (minX + maxX) / 2, z: (minZ + maxZ) / 2, width: maxX - minX, depth: maxZ - minZ };
}

/** True when two rectangles share area (for the plan's red outlines the model's tolerance applies). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX - LIMITS.epsilon && b.minX < a.maxX - LIMITS.epsilon && a.minZ < b.maxZ - LIMITS.epsilon && b.minZ < a.maxZ - LIMITS.epsilon;
}
