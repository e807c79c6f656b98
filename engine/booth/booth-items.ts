import type { BoothItem, BoothItemKind } from '../../model';
import { shade, type Rgb } from '../geometry/color';

/** Which merged mesh (and so which material) a booth box belongs to. */
export type BoothPartClass = 'wall' | 'fascia' | 'counter' | 'shelf' | 'screen' | 'platform' | 'decor';

/**
 * A box of an item, in the item's own frame: origin at the item's x/z and y, front toward +z
 * (an item faces its yaw, like anchors do: yaw 180 faces the booth's open front).
 */
export interface ItemBox {
  part: BoothPartClass;
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  depth: number;
  color: Rgb;
}

export interface ThemeColors {
  primary: Rgb;
  accent: Rgb;
}

type ItemShape = (theme: ThemeColors, item: BoothItem) => ItemBox[];

const POT = { r: 0.45, g: 0.3, b: 0.22 };
const LEAVES = { r: 0.25, g: 0.55, b: 0.3 };
const SCREEN = { r: 0.06, g: 0.08, b: 0.11 };
const LIGHT = { r: 0.93, g: 0.93, b: 0.92 };

const box = (part: BoothPartClass, w: number, h: number, d: number, color: Rgb, y = 0, z = 0): ItemBox => ({ part, x: 0, y, z, width: w, height: h, depth: d, color });

/**
 * Screens and posters above knee height hang on a wall: the anchor gives the centre of the
 * picture and the wall face, so the box is centred on y and its back sits on the anchor point.
 */
const hung = (part: BoothPartClass, w: number, h: number, d: number, color: Rgb): ItemBox => box(part, w, h, d, color, -h / 2, d / 2);
const MOUNTED = 0.3;

/**
 * Stand-in shapes for furniture items, until each kind gets its own model. Sizes are typical
 * real ones (a counter is 1 m high). Product stands are not here: their plinth is sized from
 * the product (see product-placement.ts).
 */
const SHAPES: Partial<Record<BoothItemKind, ItemShape>> = {
  counter: (t) => [box('counter', 1.2, 1.0, 0.5, shade(t.primary, 0.75)), box('counter', 1.24, 0.04, 0.54, t.accent, 1.0)],
  // A screen stands on a post unless the item is hung at a height.
  screen: (_t, item) => (item.y > MOUNTED ? [hung('screen', 1.6, 0.9, 0.06, SCREEN)] : [box('decor', 0.1, 1.1, 0.1, SCREEN), box('screen', 1.6, 0.9, 0.06, SCREEN, 1.1)]),
  poster: (t, item) => (item.y > MOUNTED ? [hung('decor', 0.8, 1.2, 0.03, t.accent)] : [box('decor', 0.8, 1.2, 0.03, t.accent, 0.8)]),
  'brochure-rack': (t) => [box('shelf', 0.5, 1.4, 0.3, shade(t.accent, 0.4))],
  'logo-wall': (t) => [box('wall', 1.6, 2.2, 0.12, t.primary)],
  plant: () => [box('decor', 0.4, 0.45, 0.4, POT), box('decor', 0.7, 0.9, 0.7, LEAVES, 0.45)],
  seating: (t) => [box('decor', 0.6, 0.45, 0.6, shade(t.accent, -0.2))],
  'meeting-table': () => [box('counter', 0.9, 0.74, 0.9, LIGHT)],
};

/** The boxes standing in for one item, scaled by the item's scale. */
export function itemBoxes(item: BoothItem, theme: ThemeColors): ItemBox[] {
  const shape = SHAPES[item.kind];
  if (!shape) return [];
  const s = item.scale;
  return shape(theme, item).map((b) => ({ ...b, x: b.x * s, y: b.y * s, z: b.z * s, width: b.width * s, height: b.height * s, depth: b.depth * s }));
}
