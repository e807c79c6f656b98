import type { Anchor, BoothKind, Fixture } from '../../model';

/**
 * Shared measures of the booth templates, in metres. Heights follow common shell-scheme stands:
 * 2.5 m walls of 0.1 m panels, a name fascia on top of the front, counters at bar height.
 */
export const BOOTH = {
  wallHeight: 2.5,
  wallThickness: 0.1,
  fasciaHeight: 0.3,
  counterHeight: 1.05,
  /** Centre height of posters and screens above the floor the visitor stands on. */
  eyeLevel: 1.5,
} as const;

/** Footprint (width × depth in the booth's own frame) of the template for each slot kind. */
export const SLOT_FOOTPRINTS: Record<BoothKind, { width: number; depth: number }> = {
  inline: { width: 3, depth: 3 },
  corner: { width: 6, depth: 3 },
  peninsula: { width: 6, depth: 6 },
  island: { width: 9, depth: 9 },
};

/** Yaw (degrees clockwise from north) of something that faces the given way. */
export const FACING = { north: 0, east: 90, south: 180, west: 270 } as const;

/** A fixture box: x, z is the centre of its footprint, y the height of its underside. */
export function box(kind: Fixture['kind'], x: number, y: number, z: number, width: number, height: number, depth: number): Fixture {
  return { kind, x, y, z, width, height, depth };
}

export function anchor(id: string, kind: Anchor['kind'], x: number, y: number, z: number, yaw: number): Anchor {
  return { id, kind, x, y, z, yaw };
}

/** Rounds to the centimetre, for positions computed with trigonometry. */
export function cm(value: number): number {
  return Math.round(value * 100) / 100;
}
