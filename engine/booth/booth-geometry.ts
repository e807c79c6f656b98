import { blocksWalking, isTemplateCounter, type BoothTemplate, type HallView, type PlacedBooth } from '../../model';
import { ENGINE_CONFIG } from '../config';
import { hexToRgb, luminance, rgbToCss, shade, type Rgb } from '../geometry/color';
import type { LabelSpot } from '../geometry/label';
import { boxFloorRect, frameToWorld, placeBox, type FloorRect, type WorldBox } from '../geometry/world-box';
import { boothFrame, stretchBox, type BoothFrame } from './booth-frame';
import { itemBoxes, type BoothPartClass, type ThemeColors } from './booth-items';
import { plinthFor, type ProductPlacement } from './product-placement';

/** Every booth of a hall as plain data in world coordinates. */
export interface BoothGeometry {
  /** Static boxes grouped by the material they will be drawn with. */
  parts: Record<BoothPartClass, WorldBox[]>;
  /** One label per booth (its fascia name), shown on each of its fascia boards. */
  labels: LabelSpot[];
  products: ProductPlacement[];
  /** Default-size plinths, resized by the adapter once their product's size is known. */
  plinths: WorldBox[];
  /** Floor rectangles visitors cannot walk into: booth walls, counters, furniture, plinths (same order as `plinths` at the end). */
  blockers: FloorRect[];
  /** `plinthBlockers[i]` is the blocker rectangle of plinth i (the same object as in `blockers`), to grow it in place. */
  plinthBlockers: FloorRect[];
  /** Booths that could not be placed, with the reason (missing slot or template). */
  skipped: { slotId: string; reason: string }[];
  /** Each placed booth's share of the arrays above, so booths can be built in batches (by tile). */
  booths: BoothSpan[];
}

/** Half-open index ranges [start, end) of one booth's entries in the arrays of BoothGeometry. */
export interface BoothSpan {
  slotId: string;
  /** The slot's centre. */
  x: number;
  z: number;
  parts: Record<BoothPartClass, [number, number]>;
  labels: [number, number];
  plinths: [number, number];
}

const PART_CLASSES: readonly BoothPartClass[] = ['wall', 'fascia', 'counter', 'shelf', 'screen', 'platform', 'decor'];

const DEG = Math.PI / 180;
const PLINTH_COLOR = { r: 0.95, g: 0.95, b: 0.94 };
const PLATFORM_COLOR = { r: 0.86, g: 0.85, b: 0.83 };
const SCREEN_COLOR = { r: 0.06, g: 0.08, b: 0.11 };

/** Booth shells, furniture, fascia labels and product placements for every placed booth. Pure. */
export function boothGeometry(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths' | 'products'>): BoothGeometry {
  const out: BoothGeometry = {
    parts: { wall: [], fascia: [], counter: [], shelf: [], screen: [], platform: [], decor: [] },
    labels: [],
    products: [],
    plinths: [],
    blockers: [],
    plinthBlockers: [],
    skipped: [],
    booths: [],
  };
  const slots = new Map(view.layout.slots.map((s) => [s.id, s]));
  const templates = new Map(view.boothTemplates.map((t) => [t.id, t]));
  const products = new Map(view.products.map((p) => [p.id, p]));
  for (const booth of view.booths) {
    const slot = slots.get(booth.slotId);
    const template = templates.get(booth.design.templateId);
    if (!slot || !template) {
      out.skipped.push({ slotId: booth.slotId, reason: slot ? `no booth template "${booth.design.templateId}"` : `no slot "${booth.slotId}" in the hall` });
      continue;
    }
    const counts = (): BoothSpan['parts'] => Object.fromEntries(PART_CLASSES.map((c) => [c, [out.parts[c].length, 0]])) as BoothSpan['parts'];
    const span: BoothSpan = { slotId: slot.id, x: slot.x, z: slot.z, parts: counts(), labels: [out.labels.length, 0], plinths: [out.plinths.length, 0] };
    addBooth(out, booth, template, boothFrame(slot, template), products);
    for (const c of PART_CLASSES) span.parts[c][1] = out.parts[c].length;
    span.labels[1] = out.labels.length;
    span.plinths[1] = out.plinths.length;
    out.booths.push(span);
  }
  return out;
}

function addBooth(out: BoothGeometry, booth: PlacedBooth, template: BoothTemplate, frame: BoothFrame, products: Map<string, HallView['products'][number]>): void {
  const { theme } = booth.design;
  const colors: ThemeColors = { primary: hexToRgb(theme.primaryColor), accent: hexToRgb(theme.accentColor) };
  const label: LabelSpot = {
    key: `booth:${booth.slotId}`,
    text: booth.design.fasciaName,
    style: fasciaStyle(colors),
    aspect: 1,
    quads: [],
  };

  for (const f of template.fixtures) {
    const local = stretchBox(frame, f);
    const part: BoothPartClass = f.kind === 'header' ? 'fascia' : f.kind;
    const world = placeBox(frame, local, fixtureColor(f.kind, colors, theme.wallMaterial));
    out.parts[part].push(world);
    if (blocksWalking(world)) out.blockers.push(boxFloorRect(world));
    // Headers are trim (a strip along a side, an island's crown behind its fascias): no text.
    if (f.kind === 'fascia') addFasciaQuads(label, frame, local);
  }
  if (label.quads.length > 0) {
    const q = label.quads[0]!;
    label.aspect = q.width / q.height;
    out.labels.push(label);
  }

  for (const item of booth.design.items) {
    // A counter item on the template's own counter is that counter: do not draw it twice.
    if (isTemplateCounter(item, template)) continue;
    const pos = { x: item.x * frame.scaleX, z: item.z * frame.scaleZ };
    const itemFrame = { ...frameToWorld(frame, pos.x, pos.z), yawDeg: frame.yawDeg + item.yaw };
    for (const b of itemBoxes(item, colors)) {
      const world = placeBox(itemFrame, { ...b, y: b.y + item.y }, b.color);
      out.parts[b.part].push(world);
      if (blocksWalking(world)) out.blockers.push(boxFloorRect(world));
    }
    if ((item.kind !== 'product-stand' && item.kind !== 'model') || !item.productId) continue;
    const product = products.get(item.productId);
    let plinth = -1;
    if (item.kind === 'product-stand') {
      const size = plinthFor(undefined, item.scale);
      plinth = out.plinths.length;
      const world = placeBox(itemFrame, { x: 0, y: item.y, z: 0, ...size }, PLINTH_COLOR);
      out.plinths.push(world);
      const rect = boxFloorRect(world);
      out.plinthBlockers.push(rect);
      out.blockers.push(rect);
    }
    const placement: ProductPlacement = {
      productId: item.productId,
      exhibitorId: product?.exhibitorId ?? booth.exhibitorId,
      slotId: booth.slotId,
      x: itemFrame.x,
      y: item.y,
      z: itemFrame.z,
      yawDeg: itemFrame.yawDeg,
      scale: item.scale,
      plinth,
    };
    if (product?.glbUrl) placement.glbUrl = product.glbUrl;
    out.products.push(placement);
  }
}

function fixtureColor(kind: BoothTemplate['fixtures'][number]['kind'], c: ThemeColors, wallMaterial: string): Rgb {
  switch (kind) {
    case 'wall':
      // Paint shows the theme colour; other finishes read lighter so a booth is not one flat block.
      return wallMaterial === 'paint' ? c.primary : shade(c.primary, wallMaterial === 'glass' ? 0.6 : 0.3);
    case 'fascia':
    case 'header':
      return c.accent;
    case 'counter':
      return shade(c.primary, 0.75);
    case 'shelf':
      return shade(c.accent, 0.5);
    case 'screen':
      return SCREEN_COLOR;
    case 'platform':
      return PLATFORM_COLOR;
  }
}

/** Light panel with the theme colour as text, or the reverse when that colour is too pale to read. */
function fasciaStyle(c: ThemeColors): LabelSpot['style'] {
  return luminance(c.primary) < 0.6
    ? { background: '#ffffff', foreground: rgbToCss(c.primary) }
    : { background: rgbToCss(shade(c.primary, -0.7)), foreground: '#ffffff' };
}

/**
 * Puts the name on a fascia board's broad faces that visitors see: the face away from the
 * booth's centre, or both faces when the board runs through the middle (an island's header).
 */
function addFasciaQuads(label: LabelSpot, frame: BoothFrame, f: { x: number; y: number; z: number; width: number; height: number; depth: number }): void {
  const m = ENGINE_CONFIG.booth.fasciaTextMargin;
  const alongX = f.width >= f.depth;
  const offset = alongX ? f.z : f.x;
  const half = (alongX ? f.depth : f.width) / 2 + 0.005;
  const size = alongX ? f.width : f.depth;
  const sides: (1 | -1)[] = Math.abs(offset) < 0.05 ? [-1, 1] : [offset < 0 ? -1 : 1];
  for (const side of sides) {
    // Local yaw of the face normal: -z is 180°, +z 0°, +x 90°, -x 270°.
    const localYaw = alongX ? (side < 0 ? 180 : 0) : side < 0 ? 270 : 90;
    const p = frameToWorld(frame, alongX ? f.x : f.x + side * half, alongX ? f.z + side * half : f.z);
    label.quads.push({
      x: p.x,
      y: f.y + f.height / 2,
      z: p.z,
      width: size * (1 - 2 * m),
      height: f.height * (1 - 2 * m),
      facingYaw: (frame.yawDeg + localYaw) * DEG,
    });
  }
}
