/**
 * Material specs (plain data) and a few presets. Colours are written as sRGB hex because that is
 * what designers pick, and converted to the linear factors glTF expects.
 */
import type { Vec3 } from './vec';

export interface MaterialSpec {
  name: string;
  /** Linear RGBA, as stored in glTF `baseColorFactor`. */
  baseColor: readonly [number, number, number, number];
  metallic: number;
  roughness: number;
  /** Linear RGB; screens and lights glow a little so they read as "on" in a dim hall. */
  emissive?: Vec3;
}

/** sRGB 0–255 channel to linear 0–1 (IEC 61966-2-1). Rounded to 4 decimals so the JSON stays short. */
function srgbToLinear(c: number): number {
  const s = c / 255;
  const l = s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  return Math.round(l * 10000) / 10000;
}

export function hexToLinear(hex: string): Vec3 {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`bad colour ${hex}`);
  return [srgbToLinear(parseInt(m[1] ?? '0', 16)), srgbToLinear(parseInt(m[2] ?? '0', 16)), srgbToLinear(parseInt(m[3] ?? '0', 16))];
}

function make(name: string, hex: string, metallic: number, roughness: number, emissiveHex?: string): MaterialSpec {
  const [r, g, b] = hexToLinear(hex);
  const spec: MaterialSpec = { name, baseColor: [r, g, b, 1], metallic, roughness };
  if (emissiveHex) spec.emissive = hexToLinear(emissiveHex);
  return spec;
}

/** Painted sheet metal or lacquered surfaces: non-metal base with a smooth clear coat. */
export const paint = (name: string, hex: string): MaterialSpec => make(name, hex, 0.1, 0.45);
/** Moulded plastic: a little rougher than paint. */
export const plastic = (name: string, hex: string): MaterialSpec => make(name, hex, 0, 0.55);
/** Bare or brushed metal. */
export const metal = (name: string, hex: string, roughness = 0.35): MaterialSpec => make(name, hex, 1, roughness);
/** Rubber, fabric, cardboard: fully diffuse-looking. */
export const matte = (name: string, hex: string): MaterialSpec => make(name, hex, 0, 0.9);
/** Opaque stand-in for glass: dark and glossy reads as glass without transparency sorting costs. */
export const glass = (name: string, hex: string): MaterialSpec => make(name, hex, 0.2, 0.08);
/** Self-lit surfaces (screens, lamps, LEDs). */
export const glow = (name: string, hex: string, emissiveHex: string): MaterialSpec => make(name, hex, 0, 0.3, emissiveHex);
