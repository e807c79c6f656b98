import { describe, expect, it } from 'vitest';
import { HallLayoutSchema, rectsOverlap, type HallLayout } from '../../model';
import { ENGINE_CONFIG } from '../config';
import { syntheticGridLayout } from '../testing/synthetic-hall';
import { hallGeometry } from './hall-geometry';

const T = ENGINE_CONFIG.hall.wallThickness;

function lHall(): HallLayout {
  return HallLayoutSchema.parse({
    version: 1,
    id: 'l-hall',
    name: { 'zh-CN': 'L 厅', en: 'L hall' },
    size: { width: 40, depth: 30, height: 8 },
    // The north-east quarter is not hall.
    cutouts: [{ x: 30, z: 22.5, width: 20, depth: 15 }],
    style: { floorColor: '#dddddd', wallColor: '#eeeeee', carpetColor: '#224488' },
    entrances: [
      { id: 'south', wall: 'south', offset: 10, width: 4 },
      { id: 'west', wall: 'west', offset: 20, width: 2, name: { 'zh-CN': '西门', en: 'West door' } },
    ],
    spawnPoints: [{ x: 10, z: 2, yaw: 0 }],
    slots: [],
    aisles: [{ id: 'a', x: 20, z: 5, width: 40, depth: 4 }],
    stages: [{ id: 'stage', x: 10, z: 25, width: 8, depth: 4, rotation: 0, name: { 'zh-CN': '舞台', en: 'Stage' } }],
    signage: [{ id: 's', x: 5, z: 10, height: 2, yaw: 90, text: { 'zh-CN': '问讯处', en: 'Info' } }],
  });
}

const area = (r: { width: number; depth: number }) => r.width * r.depth;

describe('hallGeometry', () => {
  it('covers exactly the floor that is hall, cutouts left out', () => {
    const g = hallGeometry(lHall());
    expect(g.floor.reduce((sum, b) => sum + area(b), 0)).toBeCloseTo(40 * 30 - 20 * 15);
    for (const f of g.floor) {
      const r = { minX: f.x - f.width / 2, maxX: f.x + f.width / 2, minZ: f.z - f.depth / 2, maxZ: f.z + f.depth / 2 };
      expect(rectsOverlap(r, { minX: 20, maxX: 40, minZ: 15, maxZ: 30 })).toBe(false);
      expect(f.y + f.height).toBeCloseTo(0);
    }
  });

  it('walls the whole boundary, outside the floor, leaving gaps only at entrances', () => {
    const g = hallGeometry(lHall());
    const wallLength = g.wallSegments.reduce((sum, s) => sum + Math.hypot(s.x1 - s.x0, s.z1 - s.z0), 0);
    // Perimeter of the L (same as its bounding rectangle) minus the two doorways.
    expect(wallLength).toBeCloseTo(2 * (40 + 30) - 4 - 2);
    const southDoor = { minX: 8, maxX: 12, minZ: -T, maxZ: 0 };
    const westDoor = { minX: -T, maxX: 0, minZ: 19, maxZ: 21 };
    const fullHeight = g.walls.filter((w) => w.y === 0);
    for (const door of [southDoor, westDoor]) {
      const blocking = fullHeight.filter((w) => rectsOverlap(door, { minX: w.x - w.width / 2, maxX: w.x + w.width / 2, minZ: w.z - w.depth / 2, maxZ: w.z + w.depth / 2 }));
      expect(blocking).toEqual([]);
    }
    // Over each door a lintel from door height up to the roof.
    const lintels = g.walls.filter((w) => w.y > 0);
    expect(lintels).toHaveLength(2);
    for (const w of g.walls) {
      const inside = w.x > 0 && w.x < 40 && w.z > 0 && w.z < 30 && !(w.x > 20 && w.z > 15);
      expect(inside, `wall at ${w.x}, ${w.z} stands inside the hall`).toBe(false);
    }
  });

  it('closes convex corners and does not poke into the hall at the concave one', () => {
    const g = hallGeometry(lHall());
    const covers = (x: number, z: number) => g.walls.some((w) => Math.abs(x - w.x) < w.width / 2 && Math.abs(z - w.z) < w.depth / 2);
    expect(covers(-T / 2, -T / 2)).toBe(true);
    expect(covers(40 + T / 2, -T / 2)).toBe(true);
    expect(covers(20 + T / 2, 30 + T / 2)).toBe(true);
    // The inner corner of the L at (20, 15): the square just inside the hall stays free.
    expect(covers(20 - T / 2, 15 + T / 2)).toBe(false);
    expect(covers(20 + T / 2, 15 + T / 2)).toBe(true);
  });

  it('blocks every wall, closed doorway, the cutout, the stage and the sign post for walking', () => {
    const g = hallGeometry(lHall());
    const blocked = (x: number, z: number) => g.blockers.some((r) => x >= r.minX && x <= r.maxX && z >= r.minZ && z <= r.maxZ);
    for (const w of g.walls.filter((w) => w.y === 0)) expect(blocked(w.x, w.z), `wall at ${w.x}, ${w.z}`).toBe(true);
    // Doorways (south at x 8..12, west at z 19..21), the cutout, the stage and the sign post.
    for (const [x, z] of [[10, -T / 2], [-T / 2, 20], [30, 22], [10, 25], [5, 10]] as const) expect(blocked(x, z), `${x}, ${z}`).toBe(true);
    // Open floor and the aisle stay free.
    for (const [x, z] of [[10, 2], [20, 5], [5, 11]] as const) expect(blocked(x, z), `${x}, ${z}`).toBe(false);
  });

  it('lays carpets on the aisles just above the floor', () => {
    const g = hallGeometry(lHall());
    expect(g.carpets).toHaveLength(1);
    expect(g.carpets[0]).toMatchObject({ x: 20, z: 5, width: 40, depth: 4, y: 0 });
    expect(g.carpets[0]!.height).toBeGreaterThan(0);
    expect(g.carpets[0]!.color.b).toBeGreaterThan(g.carpets[0]!.color.r);
  });

  it('builds stages with a backdrop behind, and a name facing the audience', () => {
    const g = hallGeometry(lHall());
    const [platform, backdrop] = g.stages;
    expect(platform).toMatchObject({ x: 10, z: 25, width: 8, depth: 4 });
    // Rotation 0: the stage's front faces south, so the backdrop is on its north edge.
    expect(backdrop!.z).toBeGreaterThan(platform!.z);
    const label = g.labels.find((l) => l.key === 'stage:stage')!;
    expect(label.quads[0]!.facingYaw).toBeCloseTo(Math.PI);
  });

  it('gives signs a label on both faces and a post when low, none when hanging', () => {
    const low = hallGeometry(lHall());
    const sign = low.labels.find((l) => l.key === 'sign:s')!;
    expect(sign.quads.map((q) => Math.round((q.facingYaw * 180) / Math.PI))).toEqual([90, 270]);
    expect(low.signs).toHaveLength(2);
    const grid = hallGeometry(syntheticGridLayout());
    expect(grid.signs).toHaveLength(grid.labels.filter((l) => l.key.startsWith('sign:')).length);
    expect(Math.min(...grid.signs.map((s) => s.y))).toBeGreaterThan(4);
  });

  it('labels named entrances above the door, facing into the hall', () => {
    const g = hallGeometry(lHall());
    const label = g.labels.find((l) => l.key === 'entrance:west')!;
    expect(label.quads[0]!.facingYaw).toBeCloseTo(Math.PI / 2);
    expect(label.quads[0]!.x).toBeGreaterThan(0);
    expect(g.labels.some((l) => l.key === 'entrance:south')).toBe(false);
  });
});
