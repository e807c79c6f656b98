import type { BoothKind, BoothSlot, HallLayout } from '../../model';
import { SLOT_FOOTPRINTS } from './booth-parts';

type Aisle = HallLayout['aisles'][number];
type Sign = HallLayout['signage'][number];
type LocalizedName = HallLayout['name'];

/** One place along a row: a booth of that kind, or an empty stretch (a cross aisle) in metres. */
export type RowStep = BoothKind | { gap: number };

/**
 * A row of booths side by side from west to east. `backZ` is the line the booths' back walls
 * stand on: a south-facing row (rotation 0) occupies z ∈ [backZ − depth, backZ], a north-facing
 * row (rotation 180) z ∈ [backZ, backZ + depth].
 * Two rows with the same `backZ` and opposite facing form a back-to-back block.
 * Slots are labelled `A-01`, `A-02`… (ids `a-01`…) in west-to-east order.
 */
export function placeRow(spec: { row: string; facing: 'south' | 'north'; backZ: number; startX: number; steps: RowStep[]; firstNumber?: number }): BoothSlot[] {
  const slots: BoothSlot[] = [];
  let x = spec.startX;
  let n = spec.firstNumber ?? 1;
  for (const step of spec.steps) {
    if (typeof step === 'object') {
      x += step.gap;
      continue;
    }
    const { width, depth } = SLOT_FOOTPRINTS[step];
    const z = spec.facing === 'south' ? spec.backZ - depth / 2 : spec.backZ + depth / 2;
    const label = `${spec.row}-${String(n).padStart(2, '0')}`;
    slots.push({ id: label.toLowerCase(), label, x: x + width / 2, z, width, depth, rotation: spec.facing === 'south' ? 0 : 180, kind: step });
    x += width;
    n += 1;
  }
  return slots;
}

/** `count` booths of one kind, each followed by `gap` metres except the last. */
export function spaced(kind: BoothKind, count: number, gap: number): RowStep[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? [kind] : [{ gap }, kind])).flat();
}

/** `count` booths of one kind, side by side. */
export function repeat(kind: BoothKind, count: number): RowStep[] {
  return Array.from({ length: count }, () => kind);
}

/** A single slot centred at (x, z). */
export function slotAt(label: string, kind: BoothKind, x: number, z: number, rotation: 0 | 180 = 0): BoothSlot {
  const { width, depth } = SLOT_FOOTPRINTS[kind];
  return { id: label.toLowerCase(), label, x, z, width, depth, rotation, kind };
}

/** A rectangle given by its edges, as the schema's centre-and-size form. */
export function rectBetween(minX: number, maxX: number, minZ: number, maxZ: number) {
  return { x: (minX + maxX) / 2, z: (minZ + maxZ) / 2, width: maxX - minX, depth: maxZ - minZ };
}

/** A carpeted aisle between the given edges. */
export function aisleBetween(id: string, minX: number, maxX: number, minZ: number, maxZ: number): Aisle {
  return { id, ...rectBetween(minX, maxX, minZ, maxZ) };
}

/** A sign hung over an aisle, by default 5 m up and facing the entrance (south). */
export function hangingSign(id: string, x: number, z: number, text: LocalizedName, height = 5): Sign {
  return { id, x, z, height, yaw: 180, text };
}

/** Where visitors appear: just inside a south door, looking north into the hall. */
export function spawnInside(x: number): HallLayout['spawnPoints'][number] {
  return { x, z: 1.5, yaw: 0 };
}
