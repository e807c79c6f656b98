import { itemSolids, type BoothItem, type BoothPartClass, type SolidPaint } from '../../model';
import { shade, type Rgb } from '../geometry/color';

export type { BoothPartClass } from '../../model';

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

const FIXED: Record<Exclude<SolidPaint['base'], 'primary' | 'accent'>, Rgb> = {
  pot: { r: 0.45, g: 0.3, b: 0.22 },
  leaves: { r: 0.25, g: 0.55, b: 0.3 },
  screen: { r: 0.06, g: 0.08, b: 0.11 },
  light: { r: 0.93, g: 0.93, b: 0.92 },
};

function paintColor(p: SolidPaint, theme: ThemeColors): Rgb {
  const base = p.base === 'primary' ? theme.primary : p.base === 'accent' ? theme.accent : FIXED[p.base];
  return p.shade === 0 ? base : shade(base, p.shade);
}

/**
 * The boxes standing in for one item, scaled by the item's scale. Their shapes come from
 * model/ (`itemSolids`), the same ones the walk rule reads; only the colours are the engine's.
 */
export function itemBoxes(item: BoothItem, theme: ThemeColors): ItemBox[] {
  return itemSolids(item).map(({ paint, ...b }) => ({ ...b, color: paintColor(paint, theme) }));
}
