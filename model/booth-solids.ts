import type { BoothItem, BoothItemKind } from './booth-design';
import type { BoothTemplate, Fixture } from './booth-template';
import type { BoothSlot } from './hall-layout';
import { frameToWorld, placeSolid, type FloorFrame, type LocalBox, type SolidBox } from './solid-box';

/**
 * The solid shapes of a booth, shared by the engine (which draws and collides with them), the
 * server (which checks where visitors may stand) and the editors. Pure data, no colours: a
 * `paint` says which theme colour a box takes, the engine turns it into one.
 */

/** Which merged mesh (and so which material) a booth box belongs to. */
export type BoothPartClass = 'wall' | 'fascia' | 'counter' | 'shelf' | 'screen' | 'platform' | 'decor';

/** A theme colour (or a fixed finish) moved toward white (`shade` > 0) or black (< 0) by that fraction. */
export interface SolidPaint {
  base: 'primary' | 'accent' | 'screen' | 'pot' | 'leaves' | 'light';
  shade: number;
}

/** A box of an item in the item's own frame: origin at the item's x/z and y, front toward +z. */
export interface ItemSolid {
  part: BoothPartClass;
  paint: SolidPaint;
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  depth: number;
}

/** The plinth a product stands on before its model's size is known (the engine resizes it after loading). */
export const DEFAULT_PLINTH = { width: 1, height: 0.25, depth: 1 } as const;

/**
 * How a template's frame lands on a slot: the slot's centre and rotation, plus a stretch when
 * the slot's footprint differs from the template's (a 3×3 template on a 3×4 slot). Stretching
 * positions and fixture sizes keeps every fixture inside the slot.
 */
export interface BoothFrame extends FloorFrame {
  scaleX: number;
  scaleZ: number;
}

export function boothFrame(slot: Pick<BoothSlot, 'x' | 'z' | 'rotation' | 'width' | 'depth'>, template: Pick<BoothTemplate, 'footprint'>): BoothFrame {
  return { x: slot.x, z: slot.z, yawDeg: slot.rotation, scaleX: slot.width / template.footprint.width, scaleZ: slot.depth / template.footprint.depth };
}

/** A box in the template frame (centre x/z, bottom y) stretched to the slot, still in booth coordinates. */
export function stretchBox<T extends { x: number; z: number; width: number; depth: number }>(frame: BoothFrame, box: T): T {
  return { ...box, x: box.x * frame.scaleX, z: box.z * frame.scaleZ, width: box.width * frame.scaleX, depth: box.depth * frame.scaleZ };
}

const paint = (base: SolidPaint['base'], shade = 0): SolidPaint => ({ base, shade });
const box = (part: BoothPartClass, p: SolidPaint, w: number, h: number, d: number, y = 0, z = 0): ItemSolid => ({ part, paint: p, x: 0, y, z, width: w, height: h, depth: d });
/**
 * Screens and posters above knee height hang on a wall: the anchor gives the centre of the
 * picture and the wall face, so the box is centred on y and its back sits on the anchor point.
 */
const hung = (part: BoothPartClass, p: SolidPaint, w: number, h: number, d: number): ItemSolid => box(part, p, w, h, d, -h / 2, d / 2);
/** An item raised above this (m) hangs on a wall (a screen, a poster): its shapes hang, and it stands on no floor. */
export const MOUNTED_ABOVE = 0.3;

/**
 * Stand-in shapes for furniture items, until each kind gets its own model. Sizes are typical
 * real ones (a counter is 1 m high). Product stands are not here: their plinth is sized from
 * the product (see DEFAULT_PLINTH).
 */
const SHAPES: Partial<Record<BoothItemKind, (item: BoothItem) => ItemSolid[]>> = {
  counter: () => [box('counter', paint('primary', 0.75), 1.2, 1.0, 0.5), box('counter', paint('accent'), 1.24, 0.04, 0.54, 1.0)],
  // A screen stands on a post unless the item is hung at a height.
  screen: (item) =>
    item.y > MOUNTED_ABOVE ? [hung('screen', paint('screen'), 1.6, 0.9, 0.06)] : [box('decor', paint('screen'), 0.1, 1.1, 0.1), box('screen', paint('screen'), 1.6, 0.9, 0.06, 1.1)],
  poster: (item) => (item.y > MOUNTED_ABOVE ? [hung('decor', paint('accent'), 0.8, 1.2, 0.03)] : [box('decor', paint('accent'), 0.8, 1.2, 0.03, 0.8)]),
  'brochure-rack': () => [box('shelf', paint('accent', 0.4), 0.5, 1.4, 0.3)],
  'logo-wall': () => [box('wall', paint('primary'), 1.6, 2.2, 0.12)],
  plant: () => [box('decor', paint('pot'), 0.4, 0.45, 0.4), box('decor', paint('leaves'), 0.7, 0.9, 0.7, 0.45)],
  seating: () => [box('decor', paint('accent', -0.2), 0.6, 0.45, 0.6)],
  'meeting-table': () => [box('counter', paint('light'), 0.9, 0.74, 0.9)],
};

/** The boxes standing in for one item in its own frame, scaled by the item's scale. */
export function itemSolids(item: BoothItem): ItemSolid[] {
  const shape = SHAPES[item.kind];
  if (!shape) return [];
  const s = item.scale;
  return shape(item).map((b) => ({ ...b, x: b.x * s, y: b.y * s, z: b.z * s, width: b.width * s, height: b.height * s, depth: b.depth * s }));
}

/** A counter item standing on the template's own counter is that counter: it is not built twice. */
export function isTemplateCounter(item: BoothItem, template: Pick<BoothTemplate, 'fixtures'>): boolean {
  return item.kind === 'counter' && template.fixtures.some((c) => c.kind === 'counter' && Math.abs(item.x - c.x) <= c.width / 2 && Math.abs(item.z - c.z) <= c.depth / 2);
}

/** One fixture of a placed booth: in the (stretched) booth frame and in the world. */
export interface PlacedFixture {
  fixture: Fixture;
  local: LocalBox;
  world: SolidBox;
}

/** One item of a placed booth with its world frame, its boxes in the world and its plinth (product stands). */
export interface PlacedItem {
  item: BoothItem;
  frame: FloorFrame;
  solids: { solid: ItemSolid; world: SolidBox }[];
  /** Product stands only: the default plinth, in the world. */
  plinth?: SolidBox;
}

export interface PlacedBoothShape {
  frame: BoothFrame;
  fixtures: PlacedFixture[];
  items: PlacedItem[];
}

/** Every box of one booth on its slot, in world coordinates. Pure. */
export function placeBoothShape(slot: BoothSlot, template: BoothTemplate, items: readonly BoothItem[]): PlacedBoothShape {
  const frame = boothFrame(slot, template);
  const fixtures = template.fixtures.map((fixture) => {
    const local = stretchBox(frame, fixture);
    return { fixture, local, world: placeSolid(frame, local) };
  });
  const placed: PlacedItem[] = [];
  for (const item of items) {
    if (isTemplateCounter(item, template)) continue;
    const pos = frameToWorld(frame, item.x * frame.scaleX, item.z * frame.scaleZ);
    const itemFrame: FloorFrame = { x: pos.x, z: pos.z, yawDeg: frame.yawDeg + item.yaw };
    const solids = itemSolids(item).map((solid) => ({ solid, world: placeSolid(itemFrame, { ...solid, y: solid.y + item.y }) }));
    const entry: PlacedItem = { item, frame: itemFrame, solids };
    if (item.kind === 'product-stand' && item.productId) entry.plinth = placeSolid(itemFrame, { x: 0, y: item.y, z: 0, ...DEFAULT_PLINTH });
    placed.push(entry);
  }
  return { frame, fixtures, items: placed };
}
