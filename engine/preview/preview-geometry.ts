import type { BoothSlot, BoothTemplate, HallView, PlacedBooth } from '../../model';
import { boothFrame } from '../booth/booth-frame';
import { itemBoxes } from '../booth/booth-items';
import { plinthFor } from '../booth/product-placement';
import { hexToRgb } from '../geometry/color';
import { frameToWorld, placeBox, type WorldBox } from '../geometry/world-box';

/** Axis-aligned 3D box in hall coordinates. */
export interface Aabb {
  minX: number;
  minY: number;
  minZ: number;
  maxX: number;
  maxY: number;
  maxZ: number;
}

/** One booth item's extent in the hall, for picking and the selection outline. */
export interface ItemBounds {
  itemId: string;
  slotId: string;
  box: Aabb;
}

const DEG = Math.PI / 180;

/** The slot and template a booth stands on, or undefined when either is missing. */
export function boothPlacement(view: Pick<HallView, 'layout' | 'boothTemplates'>, booth: PlacedBooth): { slot: BoothSlot; template: BoothTemplate } | undefined {
  const slot = view.layout.slots.find((s) => s.id === booth.slotId);
  const template = view.boothTemplates.find((t) => t.id === booth.design.templateId);
  return slot && template ? { slot, template } : undefined;
}

/**
 * Hall point → the booth's own (template) frame: the inverse of what booth-geometry does to an
 * item (stretch to the slot, turn by the slot's rotation, move to its centre).
 */
export function hallToBooth(slot: BoothSlot, template: BoothTemplate, x: number, z: number): { x: number; z: number } {
  const frame = boothFrame(slot, template);
  const dx = x - frame.x;
  const dz = z - frame.z;
  const a = frame.yawDeg * DEG;
  const c = Math.cos(a);
  const s = Math.sin(a);
  // frameToWorld: wx = lx·c + lz·s, wz = −lx·s + lz·c; its inverse is the transpose.
  const lx = dx * c - dz * s;
  const lz = dx * s + dz * c;
  return { x: lx / frame.scaleX, z: lz / frame.scaleZ };
}

/** Booth (template) frame point → hall point. */
export function boothToHall(slot: BoothSlot, template: BoothTemplate, x: number, z: number): { x: number; z: number } {
  const frame = boothFrame(slot, template);
  return frameToWorld(frame, x * frame.scaleX, z * frame.scaleZ);
}

/** The boxes booth-geometry draws for each item of a booth, as world boxes, by item id. Pure. */
export function itemWorldBoxes(slot: BoothSlot, template: BoothTemplate, booth: PlacedBooth): Map<string, WorldBox[]> {
  const frame = boothFrame(slot, template);
  const { theme } = booth.design;
  const colors = { primary: hexToRgb(theme.primaryColor), accent: hexToRgb(theme.accentColor) };
  const out = new Map<string, WorldBox[]>();
  for (const item of booth.design.items) {
    const pos = frameToWorld(frame, item.x * frame.scaleX, item.z * frame.scaleZ);
    const itemFrame = { ...pos, yawDeg: frame.yawDeg + item.yaw };
    const boxes = itemBoxes(item, colors).map((b) => placeBox(itemFrame, { ...b, y: b.y + item.y }, b.color));
    // Product stands and models draw a plinth / model of about this size (the model is not loaded here).
    if (item.kind === 'product-stand' || item.kind === 'model') {
      const size = plinthFor(undefined, item.scale);
      boxes.push(placeBox(itemFrame, { x: 0, y: item.y, z: 0, ...size, height: item.kind === 'model' ? 1 : size.height + 0.6 }, colors.accent));
    }
    out.set(item.id, boxes);
  }
  return out;
}

/** The axis-aligned box around some world boxes (turned ones by their corners). */
export function boundsOf(boxes: readonly WorldBox[], inflate = 0): Aabb | undefined {
  if (boxes.length === 0) return undefined;
  const out: Aabb = { minX: Infinity, minY: Infinity, minZ: Infinity, maxX: -Infinity, maxY: -Infinity, maxZ: -Infinity };
  for (const b of boxes) {
    const c = Math.abs(Math.cos(b.yaw));
    const s = Math.abs(Math.sin(b.yaw));
    const hx = (b.width * c + b.depth * s) / 2;
    const hz = (b.width * s + b.depth * c) / 2;
    out.minX = Math.min(out.minX, b.x - hx - inflate);
    out.maxX = Math.max(out.maxX, b.x + hx + inflate);
    out.minZ = Math.min(out.minZ, b.z - hz - inflate);
    out.maxZ = Math.max(out.maxZ, b.z + hz + inflate);
    out.minY = Math.min(out.minY, b.y - inflate);
    out.maxY = Math.max(out.maxY, b.y + b.height + inflate);
  }
  return out;
}

/** Every item of every booth with its bounds. */
export function itemBounds(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>): ItemBounds[] {
  const out: ItemBounds[] = [];
  for (const booth of view.booths) {
    const placed = boothPlacement(view, booth);
    if (!placed) continue;
    for (const [itemId, boxes] of itemWorldBoxes(placed.slot, placed.template, booth)) {
      const box = boundsOf(boxes);
      if (box) out.push({ itemId, slotId: booth.slotId, box });
    }
  }
  return out;
}

/** Distance along a ray (origin o, direction d) to where it enters `box`, or undefined if it misses. Slab method. */
export function rayHitsBox(o: { x: number; y: number; z: number }, d: { x: number; y: number; z: number }, box: Aabb): number | undefined {
  let near = -Infinity;
  let far = Infinity;
  for (const [origin, dir, min, max] of [
    [o.x, d.x, box.minX, box.maxX],
    [o.y, d.y, box.minY, box.maxY],
    [o.z, d.z, box.minZ, box.maxZ],
  ] as const) {
    if (Math.abs(dir) < 1e-12) {
      if (origin < min || origin > max) return undefined;
      continue;
    }
    const t1 = (min - origin) / dir;
    const t2 = (max - origin) / dir;
    near = Math.max(near, Math.min(t1, t2));
    far = Math.min(far, Math.max(t1, t2));
    if (near > far || far < 0) return undefined;
  }
  return near >= 0 ? near : 0;
}

/** Where a ray meets the floor plane y = 0, or undefined when it points up or along it. */
export function rayHitsFloor(o: { x: number; y: number; z: number }, d: { x: number; y: number; z: number }): { x: number; z: number } | undefined {
  if (d.y >= -1e-9) return undefined;
  const t = -o.y / d.y;
  return { x: o.x + d.x * t, z: o.z + d.z * t };
}
