import { describe, expect, it } from 'vitest';
import { DocumentError } from './errors';
import { entranceClearRect, HallLayoutDocument, type BoothSlot, type HallLayout } from './hall-layout';
import { LIMITS } from './limits';

type SlotInput = Omit<BoothSlot, 'id' | 'label'> & { id?: string };

/** A 30 × 20 m hall with one 4 m door in the middle of the south wall. */
function hall(overrides: Partial<Record<keyof HallLayout, unknown>> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: 'test-hall',
    name: { 'zh-CN': '测试展厅', en: 'Test Hall' },
    size: { width: 30, depth: 20, height: 8 },
    style: { floorColor: '#cccccc', wallColor: '#ffffff', carpetColor: '#224466' },
    entrances: [{ id: 'main', wall: 'south', offset: 15, width: 4 }],
    spawnPoints: [{ x: 15, z: 1.5, yaw: 0 }],
    slots: [],
    ...overrides,
  };
}

function slot(s: SlotInput, i = 0): BoothSlot {
  const id = s.id ?? `s-${i}`;
  return { label: id.toUpperCase(), ...s, id };
}
const inline = (x: number, z: number, extra: Partial<SlotInput> = {}) => ({ x, z, width: 3, depth: 3, rotation: 0 as const, kind: 'inline' as const, ...extra });

function errorsOf(doc: unknown): string[] {
  const result = HallLayoutDocument.validate(doc);
  return result.ok ? [] : result.errors;
}

describe('HallLayout', () => {
  it('accepts a valid hall and fills in the optional lists', () => {
    const result = HallLayoutDocument.validate(hall({ slots: [slot(inline(5, 10), 0), slot(inline(8, 10), 1)] }));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.cutouts).toEqual([]);
    expect(result.value.aisles).toEqual([]);
    expect(result.value.stages).toEqual([]);
    expect(result.value.signage).toEqual([]);
  });

  describe('slots stay inside the walls', () => {
    it('names the slot, the axis, the wall and the distance', () => {
      // A 3 m booth centred 1.5 m from the east wall is fine; centred on the wall it sticks out 1.5 m.
      expect(errorsOf(hall({ slots: [slot(inline(5, 10), 0), slot(inline(28.5, 10), 1), slot(inline(30, 14), 2)] }))).toEqual([
        "slots[2].x: slot \"s-2\" extends 1.5 m beyond the hall's east wall",
      ]);
    });

    it.each([
      ['west', inline(0.5, 10), "slots[0].x: slot \"s-0\" extends 1 m beyond the hall's west wall"],
      ['north', inline(10, 19.25), "slots[0].z: slot \"s-0\" extends 0.75 m beyond the hall's north wall"],
      ['south', inline(25, 1), "slots[0].z: slot \"s-0\" extends 0.5 m beyond the hall's south wall"],
    ])('%s wall', (_wall, s, message) => {
      expect(errorsOf(hall({ slots: [slot(s)] }))).toEqual([message]);
    });

    it('turns the footprint with the rotation', () => {
      // 6 m wide × 3 m deep: sticks out east when unturned, fits when turned 90° (3 m along x).
      const corner = { x: 28, z: 10, width: 6, depth: 3, kind: 'corner' as const };
      expect(errorsOf(hall({ slots: [slot({ ...corner, rotation: 0 })] }))).toEqual(["slots[0].x: slot \"s-0\" extends 1 m beyond the hall's east wall"]);
      expect(errorsOf(hall({ slots: [slot({ ...corner, rotation: 90 })] }))).toEqual([]);
      expect(errorsOf(hall({ slots: [slot({ ...corner, rotation: 270 })] }))).toEqual([]);
      expect(errorsOf(hall({ slots: [slot({ ...corner, rotation: 180 })] }))).toEqual(["slots[0].x: slot \"s-0\" extends 1 m beyond the hall's east wall"]);
    });

    it('tolerates a millimetre of rounding but not more', () => {
      expect(errorsOf(hall({ slots: [slot(inline(28.5005, 10))] }))).toEqual([]);
      expect(errorsOf(hall({ slots: [slot(inline(28.51, 10))] }))).toEqual(["slots[0].x: slot \"s-0\" extends 0.01 m beyond the hall's east wall"]);
    });
  });

  describe('slots do not overlap', () => {
    it('reports the later slot against the earlier one', () => {
      expect(errorsOf(hall({ slots: [slot(inline(5, 10), 0), slot(inline(7, 10), 1)] }))).toEqual(['slots[1]: slot "s-1" overlaps slot "s-0"']);
    });

    it('lets slots touch edge to edge (back to back and side by side)', () => {
      const slots = [slot(inline(5, 10), 0), slot(inline(8, 10), 1), slot(inline(5, 13, { rotation: 180 }), 2)];
      expect(errorsOf(hall({ slots }))).toEqual([]);
    });

    it('refuses a duplicate slot id', () => {
      expect(errorsOf(hall({ slots: [slot({ ...inline(5, 10), id: 'a-01' }), slot({ ...inline(10, 10), id: 'a-01' })] }))).toEqual([
        'slots[1].id: duplicate slot id "a-01"',
      ]);
    });
  });

  describe('entrances', () => {
    it(`keeps ${LIMITS.entranceClearance} m in front of a door clear`, () => {
      // The door spans x 13–17; a slot reaching z < 3 in front of it blocks it.
      expect(errorsOf(hall({ slots: [slot(inline(15, 4))] }))).toEqual(['slots[0]: slot blocks entrance "main" (3 m in front of it must stay clear)']);
      expect(errorsOf(hall({ slots: [slot(inline(15, 4.5))] }))).toEqual([]);
      // Beside the door, the wall may be lined with booths.
      expect(errorsOf(hall({ slots: [slot(inline(10, 1.5))] }))).toEqual([]);
    });

    it('computes the clear area on every wall', () => {
      const size = { width: 30, depth: 20, height: 8 };
      expect(entranceClearRect({ id: 'n', wall: 'north', offset: 10, width: 2 }, size)).toEqual({ minX: 9, maxX: 11, minZ: 17, maxZ: 20 });
      expect(entranceClearRect({ id: 'w', wall: 'west', offset: 10, width: 2 }, size)).toEqual({ minX: 0, maxX: 3, minZ: 9, maxZ: 11 });
      expect(entranceClearRect({ id: 'e', wall: 'east', offset: 10, width: 2 }, size)).toEqual({ minX: 27, maxX: 30, minZ: 9, maxZ: 11 });
      const entrances = [{ id: 'main', wall: 'south', offset: 15, width: 4 }, { id: 'side', wall: 'east', offset: 10, width: 2 }];
      expect(errorsOf(hall({ entrances, slots: [slot(inline(27, 10))] }))).toEqual(['slots[0]: slot blocks entrance "side" (3 m in front of it must stay clear)']);
    });

    it('must fit on its wall', () => {
      expect(errorsOf(hall({ entrances: [{ id: 'main', wall: 'south', offset: 29, width: 4 }], spawnPoints: [{ x: 28, z: 1, yaw: 0 }] }))).toEqual([
        'entrances[0].offset: entrance does not fit on the south wall (30 m long)',
      ]);
      expect(errorsOf(hall({ entrances: [{ id: 'main', wall: 'west', offset: 1, width: 4 }] }))).toEqual([
        'entrances[0].offset: entrance does not fit on the west wall (20 m long)',
      ]);
    });

    it('needs at least one entrance and one spawn point', () => {
      expect(errorsOf(hall({ entrances: [], spawnPoints: [] }))).toEqual(['entrances: a hall needs at least one entrance', 'spawnPoints: a hall needs at least one spawn point']);
    });
  });

  describe('cutouts, stages and spawn points', () => {
    // An L-shaped hall: the north-east 10 × 8 m corner is missing.
    const cutouts = [{ x: 25, z: 16, width: 10, depth: 8 }];

    it('refuses a slot in a cutout', () => {
      expect(errorsOf(hall({ cutouts, slots: [slot(inline(21, 13))] }))).toEqual(['slots[0]: slot "s-0" lies in cutout 0, which is not part of the hall']);
      expect(errorsOf(hall({ cutouts, slots: [slot(inline(18.5, 13))] }))).toEqual([]);
    });

    it('refuses a slot on a stage', () => {
      const stages = [{ id: 'main-stage', name: { 'zh-CN': '主舞台', en: 'Main Stage' }, x: 15, z: 17, width: 8, depth: 6, rotation: 0 }];
      expect(errorsOf(hall({ stages, slots: [slot(inline(10, 15))] }))).toEqual(['slots[0]: slot overlaps stage "main-stage"']);
      expect(errorsOf(hall({ stages, slots: [slot(inline(9.5, 15))] }))).toEqual([]);
    });

    it('refuses a spawn point outside the hall or in a cutout', () => {
      expect(errorsOf(hall({ spawnPoints: [{ x: 31, z: 1, yaw: 0 }] }))).toEqual(['spawnPoints[0]: spawn point lies outside the hall']);
      expect(errorsOf(hall({ cutouts, spawnPoints: [{ x: 15, z: 1, yaw: 0 }, { x: 25, z: 16, yaw: 0 }] }))).toEqual(['spawnPoints[1]: spawn point lies outside the hall']);
    });
  });

  describe('numbers', () => {
    it.each([NaN, Infinity, -Infinity])('refuses %s as a coordinate', (bad) => {
      expect(errorsOf(hall({ slots: [slot(inline(bad, 10))] }))).toEqual(['slots[0].x: must be a finite number']);
      expect(errorsOf(hall({ spawnPoints: [{ x: 15, z: bad, yaw: 0 }] }))).toEqual(['spawnPoints[0].z: must be a finite number']);
      expect(errorsOf(hall({ size: { width: bad, depth: 20, height: 8 } }))).toEqual(['size.width: must be a finite number']);
    });

    it('refuses sizes that are not positive or too large, with a message about the range', () => {
      // A failed range check does not stop the layout checks, which then also find the door off the wall.
      expect(errorsOf(hall({ size: { width: 0, depth: 20, height: 8 } }))).toContain('size.width: must be greater than 0 m');
      const [tooBig, ...rest] = errorsOf(hall({ size: { width: LIMITS.hallMaxSize + 1, depth: 20, height: 8 } }));
      expect(rest).toEqual([]);
      expect(tooBig).toMatch(new RegExp(`^size\\.width: .*${LIMITS.hallMaxSize}`));
    });

    it('refuses a rotation that is not a right angle and an unknown kind', () => {
      expect(errorsOf(hall({ slots: [slot(inline(5, 10, { rotation: 45 as never, kind: 'booth' as never }))] }))).toEqual([
        'slots[0].rotation: must be 0, 90, 180 or 270 degrees',
        'slots[0].kind: Invalid option: expected one of "inline"|"corner"|"peninsula"|"island"',
      ]);
    });
  });

  it('migrate() passes version 1 and parse() throws a DocumentError naming the problems', () => {
    expect(HallLayoutDocument.migrate(hall()).ok).toBe(true);
    expect(HallLayoutDocument.migrate(hall({ version: 2 }))).toEqual({
      ok: false,
      errors: ['version: HallLayout version 2 is newer than this build supports (1)'],
    });
    const bad = hall({ slots: [slot(inline(30, 10))] });
    expect(() => HallLayoutDocument.parse(bad)).toThrow(DocumentError);
    expect(() => HallLayoutDocument.parse(bad)).toThrow(`invalid HallLayout: slots[0].x: slot "s-0" extends 1.5 m beyond the hall's east wall`);
  });
});
