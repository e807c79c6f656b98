/** An RGB colour with 0–1 channels, as Babylon vertex colours take it (sRGB, like the hex it came from). */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#rrggbb` → 0–1 channels. A malformed string gives mid grey rather than throwing: it is only paint. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 0.5, g: 0.5, b: 0.5 };
  return { r: parseInt(m[1]!, 16) / 255, g: parseInt(m[2]!, 16) / 255, b: parseInt(m[3]!, 16) / 255 };
}

/** Moves a colour toward white (`amount` > 0) or black (`amount` < 0) by that fraction. */
export function shade(c: Rgb, amount: number): Rgb {
  const t = Math.max(-1, Math.min(1, amount));
  const to = t >= 0 ? 1 : 0;
  const k = Math.abs(t);
  return { r: c.r + (to - c.r) * k, g: c.g + (to - c.g) * k, b: c.b + (to - c.b) * k };
}

/** Relative luminance (Rec. 709 weights on the sRGB values; good enough to pick black or white text). */
export function luminance(c: Rgb): number {
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
}

export function rgbToCss(c: Rgb): string {
  const to = (v: number) => Math.round(Math.max(0, Math.min(1, v)) * 255);
  return `rgb(${to(c.r)}, ${to(c.g)}, ${to(c.b)})`;
}
