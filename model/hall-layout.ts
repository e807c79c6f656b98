import { z } from 'zod';
import { defineDocument } from './document';
import { footprintRect, rectsOverlap, round, type Rect } from './geometry';
import { LIMITS } from './limits';
import { HexColor, Id, localizedText, Metres, PositiveMetres, RightAngle, text, YawDegrees } from './primitives';

export const BoothKind = z.enum(['inline', 'corner', 'peninsula', 'island']);
export type BoothKind = z.infer<typeof BoothKind>;

export const Wall = z.enum(['north', 'south', 'east', 'west']);
export type Wall = z.infer<typeof Wall>;

/** A rectangle given by its centre and size, axis-aligned. */
const CentredRect = z.object({ x: Metres, z: Metres, width: PositiveMetres, depth: PositiveMetres });

/**
 * A booth slot: the floor area an exhibitor rents. Centre (x, z), footprint width × depth in the
 * booth's own frame; rotation turns the booth clockwise seen from above, like yaw (0: its open front faces south, -z).
 */
export const BoothSlot = z.object({
  id: Id,
  label: text(LIMITS.shortText),
  x: Metres,
  z: Metres,
  width: PositiveMetres,
  depth: PositiveMetres,
  rotation: RightAngle,
  kind: BoothKind,
  /** The exhibitor assigned to this slot, if any. */
  exhibitorId: Id.optional(),
});
export type BoothSlot = z.infer<typeof BoothSlot>;

/** A door in one of the four walls; `offset` is the door centre measured along the wall from its west/south end. */
export const Entrance = z.object({
  id: Id,
  wall: Wall,
  offset: Metres,
  width: PositiveMetres,
  name: localizedText(LIMITS.shortText).optional(),
});
export type Entrance = z.infer<typeof Entrance>;

export const SpawnPoint = z.object({ x: Metres, z: Metres, yaw: YawDegrees });
export const Aisle = CentredRect.extend({ id: Id });
export const Stage = CentredRect.extend({ id: Id, name: localizedText(LIMITS.shortText), rotation: RightAngle });
export const Sign = z.object({
  id: Id,
  x: Metres,
  z: Metres,
  height: PositiveMetres,
  yaw: YawDegrees,
  text: localizedText(LIMITS.shortText),
});

export const HallLayoutSchema = z
  .object({
    version: z.literal(1),
    id: Id,
    name: localizedText(),
    /** The hall's floor spans x ∈ [0, width], z ∈ [0, depth]; walls are `height` tall. */
    size: z.object({
      width: PositiveMetres.max(LIMITS.hallMaxSize),
      depth: PositiveMetres.max(LIMITS.hallMaxSize),
      height: PositiveMetres.max(LIMITS.hallMaxHeight),
    }),
    /** Parts of the bounding rectangle that are not hall (e.g. the missing corner of an L-shaped hall). */
    cutouts: z.array(CentredRect).max(8).default([]),
    style: z.object({ floorColor: HexColor, wallColor: HexColor, carpetColor: HexColor }),
    entrances: z.array(Entrance).min(1, 'a hall needs at least one entrance').max(16),
    spawnPoints: z.array(SpawnPoint).min(1, 'a hall needs at least one spawn point').max(32),
    slots: z.array(BoothSlot).max(LIMITS.slotsPerHall),
    aisles: z.array(Aisle).max(200).default([]),
    stages: z.array(Stage).max(16).default([]),
    signage: z.array(Sign).max(200).default([]),
  })
  .superRefine((hall, ctx) => checkHallSemantics(hall, ctx));

export type HallLayout = z.infer<typeof HallLayoutSchema>;

export const HallLayoutDocument = defineDocument({ name: 'HallLayout', version: 1, schema: HallLayoutSchema });

type HallShape = Pick<HallLayout, 'size' | 'cutouts' | 'entrances' | 'slots' | 'spawnPoints' | 'stages'>;

/** The clear rectangle in front of an entrance that must stay free of booths. */
export function entranceClearRect(entrance: Entrance, size: HallLayout['size']): Rect {
  const half = entrance.width / 2;
  const c = LIMITS.entranceClearance;
  switch (entrance.wall) {
    case 'south':
      return { minX: entrance.offset - half, maxX: entrance.offset + half, minZ: 0, maxZ: c };
    case 'north':
      return { minX: entrance.offset - half, maxX: entrance.offset + half, minZ: size.depth - c, maxZ: size.depth };
    case 'west':
      return { minX: 0, maxX: c, minZ: entrance.offset - half, maxZ: entrance.offset + half };
    case 'east':
      return { minX: size.width - c, maxX: size.width, minZ: entrance.offset - half, maxZ: entrance.offset + half };
  }
}

export function cutoutRect(c: { x: number; z: number; width: number; depth: number }): Rect {
  return footprintRect(c);
}

function checkHallSemantics(hall: HallShape, ctx: z.RefinementCtx): void {
  const { width, depth } = hall.size;
  const cutouts = hall.cutouts.map(cutoutRect);
  const eps = LIMITS.epsilon;

  hall.entrances.forEach((entrance, i) => {
    const wallLength = entrance.wall === 'north' || entrance.wall === 'south' ? width : depth;
    if (entrance.offset - entrance.width / 2 < -eps || entrance.offset + entrance.width / 2 > wallLength + eps) {
      ctx.addIssue({
        code: 'custom',
        path: ['entrances', i, 'offset'],
        message: `entrance does not fit on the ${entrance.wall} wall (${round(wallLength)} m long)`,
      });
    }
  });

  hall.spawnPoints.forEach((p, i) => {
    const outside = p.x < 0 || p.x > width || p.z < 0 || p.z > depth || cutouts.some((c) => p.x > c.minX && p.x < c.maxX && p.z > c.minZ && p.z < c.maxZ);
    if (outside) ctx.addIssue({ code: 'custom', path: ['spawnPoints', i], message: 'spawn point lies outside the hall' });
  });

  const ids = new Set<string>();
  const rects = hall.slots.map(footprintRect);
  const clearRects = hall.entrances.map((e) => entranceClearRect(e, hall.size));

  hall.slots.forEach((slot, i) => {
    const r = rects[i]!;
    if (ids.has(slot.id)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'id'], message: `duplicate slot id "${slot.id}"` });
    ids.add(slot.id);

    const beyond: [string, string, number][] = [
      ['x', 'west', -r.minX],
      ['x', 'east', r.maxX - width],
      ['z', 'south', -r.minZ],
      ['z', 'north', r.maxZ - depth],
    ];
    for (const [axis, wall, over] of beyond) {
      if (over > eps) {
        ctx.addIssue({ code: 'custom', path: ['slots', i, axis], message: `slot "${slot.id}" extends ${round(over)} m beyond the hall's ${wall} wall` });
      }
    }
    cutouts.forEach((c, k) => {
      if (rectsOverlap(r, c)) ctx.addIssue({ code: 'custom', path: ['slots', i], message: `slot "${slot.id}" lies in cutout ${k}, which is not part of the hall` });
    });
    hall.entrances.forEach((entrance, k) => {
      if (rectsOverlap(r, clearRects[k]!)) {
        ctx.addIssue({
          code: 'custom',
          path: ['slots', i],
          message: `slot blocks entrance "${entrance.id}" (${LIMITS.entranceClearance} m in front of it must stay clear)`,
        });
      }
    });
    hall.stages.forEach((stage, k) => {
      if (rectsOverlap(r, footprintRect(stage))) {
        ctx.addIssue({ code: 'custom', path: ['slots', i], message: `slot overlaps stage "${hall.stages[k]!.id}"` });
      }
    });
    // O(n²) is fine: a hall holds at most LIMITS.slotsPerHall slots and this runs on save, not per frame.
    for (let j = 0; j < i; j++) {
      if (rectsOverlap(r, rects[j]!)) {
        ctx.addIssue({ code: 'custom', path: ['slots', i], message: `slot "${slot.id}" overlaps slot "${hall.slots[j]!.id}"` });
      }
    }
  });
}
