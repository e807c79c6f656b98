import type { HallView } from '../../model';
import { boothFrame, stretchBox } from '../booth/booth-frame';
import { itemBoxes } from '../booth/booth-items';
import { boxFloorRect, frameToWorld, placeBox, type FloorRect, type WorldBox } from '../geometry/world-box';

/** A booth as events name it: its slot, its design and its exhibitor. */
export interface BoothRef {
  slotId: string;
  boothId: string;
  exhibitorId: string;
}

/** A screen in a booth: a placed screen item (`itemId`, maybe `mediaUrl`) or one of the template's own screens. */
export interface ScreenRef extends BoothRef {
  itemId?: string;
  mediaUrl?: string;
}

export interface ProductRef {
  productId: string;
  exhibitorId: string;
}

/** What a ray can land on that the page may care about. */
export type InteractionTarget = ({ kind: 'product' } & ProductRef) | ({ kind: 'booth' } & BoothRef) | ({ kind: 'screen' } & ScreenRef);

/** One box a ray can hit, and what it stands for. */
export interface PickBox {
  box: WorldBox;
  target: InteractionTarget;
}

/** A booth's boxes with their common bounds, so a ray skips a booth it misses with one test. */
export interface BoothPickGroup {
  booth: BoothRef;
  bounds: WorldBox;
  boxes: PickBox[];
}

/** A booth's footprint on the floor, for "the visitor is in this booth". */
export interface BoothArea {
  booth: BoothRef;
  rect: FloorRect;
}

export interface BoothInteractionData {
  groups: BoothPickGroup[];
  areas: BoothArea[];
}

const NO_COLOR = { r: 0, g: 0, b: 0 };
const NO_THEME = { primary: NO_COLOR, accent: NO_COLOR };

/**
 * Pick boxes and floor areas of every placed booth, from the same frames and item shapes the
 * booth geometry uses, but keeping which booth (and which screen) each box belongs to. The
 * merged booth meshes know none of that, so rays test these boxes instead of the meshes. Pure.
 */
export function boothInteractionData(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>): BoothInteractionData {
  const slots = new Map(view.layout.slots.map((s) => [s.id, s]));
  const templates = new Map(view.boothTemplates.map((t) => [t.id, t]));
  const out: BoothInteractionData = { groups: [], areas: [] };
  for (const placed of view.booths) {
    const slot = slots.get(placed.slotId);
    const template = templates.get(placed.design.templateId);
    if (!slot || !template) continue;
    const booth: BoothRef = { slotId: slot.id, boothId: placed.design.id, exhibitorId: placed.exhibitorId };
    const frame = boothFrame(slot, template);
    const footprint = placeBox(frame, { x: 0, y: 0, z: 0, width: slot.width, height: 0, depth: slot.depth }, NO_COLOR);
    out.areas.push({ booth, rect: boxFloorRect(footprint) });

    const boxes: PickBox[] = [];
    for (const f of template.fixtures) {
      if (f.kind === 'platform') continue; // walked on: a ray at it means "the floor here"
      const box = placeBox(frame, stretchBox(frame, f), NO_COLOR);
      boxes.push({ box, target: f.kind === 'screen' ? { kind: 'screen', ...booth } : { kind: 'booth', ...booth } });
    }
    for (const item of placed.design.items) {
      const pos = { x: item.x * frame.scaleX, z: item.z * frame.scaleZ };
      const itemFrame = { ...frameToWorld(frame, pos.x, pos.z), yawDeg: frame.yawDeg + item.yaw };
      for (const b of itemBoxes(item, NO_THEME)) {
        const box = placeBox(itemFrame, { ...b, y: b.y + item.y }, NO_COLOR);
        const screen = b.part === 'screen' && item.kind === 'screen';
        const target: InteractionTarget = screen
          ? { kind: 'screen', ...booth, itemId: item.id, ...(item.mediaUrl ? { mediaUrl: item.mediaUrl } : {}) }
          : { kind: 'booth', ...booth };
        boxes.push({ box, target });
      }
    }
    if (boxes.length > 0) out.groups.push({ booth, bounds: boundsOf(boxes.map((b) => b.box)), boxes });
  }
  return out;
}

/** The axis-aligned box around `boxes` (yaw 0). */
export function boundsOf(boxes: readonly WorldBox[]): WorldBox {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let minZ = Infinity;
  let maxZ = -Infinity;
  for (const b of boxes) {
    const r = boxFloorRect(b);
    minX = Math.min(minX, r.minX);
    maxX = Math.max(maxX, r.maxX);
    minZ = Math.min(minZ, r.minZ);
    maxZ = Math.max(maxZ, r.maxZ);
    minY = Math.min(minY, b.y);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: (minX + maxX) / 2, y: minY, z: (minZ + maxZ) / 2, width: maxX - minX, height: maxY - minY, depth: maxZ - minZ, yaw: 0, color: NO_COLOR };
}
