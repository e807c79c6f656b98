import { ENGINE_CONFIG } from '../config';

/** Where one product model stands, in world coordinates. */
export interface ProductPlacement {
  productId: string;
  exhibitorId: string;
  slotId: string;
  /** Absent when the product has no 3D model: its stand still shows. */
  glbUrl?: string;
  /** Centre of the model's footprint; `y` is the floor under the stand (the plinth adds its height). */
  x: number;
  y: number;
  z: number;
  /** Degrees clockwise from north: the direction the model's front (glTF +Z) faces. */
  yawDeg: number;
  scale: number;
  /** Index into `BoothGeometry.plinths`, or -1 for a free-standing model. */
  plinth: number;
}

/** Size of a model's bounding box in metres, as loaded (before the placement's scale). */
export interface ModelSize {
  width: number;
  height: number;
  depth: number;
}

export interface PlinthSize {
  width: number;
  height: number;
  depth: number;
}

const B = ENGINE_CONFIG.booth;
/** Products shorter than this are lifted to table height so visitors see them. */
const SMALL_PRODUCT = 0.7;
const TABLE_HEIGHT = 0.9;

/**
 * The plinth a product stands on, from the model's size: small things (a phone, a bottle) on a
 * table-height pedestal, big things (a car, a machine) on a low platform a little wider than
 * they are. Without a size (not loaded yet, or failed) a default plinth shows.
 */
export function plinthFor(size: ModelSize | undefined, scale: number): PlinthSize {
  if (!size) return { width: B.plinthWidth, height: B.plinthHeight, depth: B.plinthDepth };
  const w = size.width * scale;
  const d = size.depth * scale;
  if (size.height * scale < SMALL_PRODUCT) {
    return { width: Math.max(0.45, w + 0.2), height: TABLE_HEIGHT, depth: Math.max(0.45, d + 0.2) };
  }
  // A slim margin: stands sit close to booth walls, and a wide platform would poke through them.
  return { width: w + 0.16, height: 0.12, depth: d + 0.16 };
}
