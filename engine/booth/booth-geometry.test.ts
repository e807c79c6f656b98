import { describe, expect, it } from 'vitest';
import { footprintRect, type HallView } from '../../model';
import { boxFloorRect } from '../geometry/world-box';
import { buildHallFixture } from '../testing/hall-fixture';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';
import { boothGeometry } from './booth-geometry';
import { plinthFor } from './product-placement';

/** A one-booth hall with the slot turned by `rotation`. */
function oneBooth(rotation: 0 | 90 | 180 | 270): HallView {
  const layout = syntheticGridLayout();
  const slot = { id: 'solo', label: 'S', kind: 'inline' as const, x: 10, z: 20, width: 3, depth: 3, rotation };
  const view = buildHallFixture({ ...layout, slots: [slot] }, [syntheticInlineTemplate()]);
  return view;
}

const EPS = 1e-6;

describe('boothGeometry', () => {
  it('places the back wall north at rotation 0, east (right) at 90, south at 180, west at 270', () => {
    const expected = { 0: [0, 1], 90: [1, 0], 180: [0, -1], 270: [-1, 0] } as const;
    for (const rotation of [0, 90, 180, 270] as const) {
      const g = boothGeometry(oneBooth(rotation));
      // The back wall is the 3 m long wall (the side walls are 2.9 m).
      const back = g.parts.wall.find((w) => Math.max(w.width, w.depth) > 2.95)!;
      const [dx, dz] = expected[rotation];
      expect(Math.sign(Math.round(back.x - 10))).toBe(dx);
      expect(Math.sign(Math.round(back.z - 20))).toBe(dz);
      // Quarter turns keep boxes axis-aligned (good for merging and collision).
      expect(back.yaw).toBe(0);
      const turned = rotation === 90 || rotation === 270;
      expect(turned ? back.depth : back.width).toBeCloseTo(3);
    }
  });

  it('keeps every fixture inside the slot rectangle, at every rotation', () => {
    for (const rotation of [0, 90, 180, 270] as const) {
      const view = oneBooth(rotation);
      const slot = footprintRect(view.layout.slots[0]!);
      const g = boothGeometry(view);
      const all = [...Object.values(g.parts).flat(), ...g.plinths];
      expect(all.length).toBeGreaterThan(5);
      for (const box of all) {
        const r = boxFloorRect(box);
        expect(r.minX).toBeGreaterThanOrEqual(slot.minX - EPS);
        expect(r.maxX).toBeLessThanOrEqual(slot.maxX + EPS);
        expect(r.minZ).toBeGreaterThanOrEqual(slot.minZ - EPS);
        expect(r.maxZ).toBeLessThanOrEqual(slot.maxZ + EPS);
      }
    }
  });

  it('places each product on its stand anchor, facing the way the anchor faces', () => {
    const template = syntheticInlineTemplate();
    const stands = template.anchors.filter((a) => a.kind === 'stand');
    for (const rotation of [0, 90] as const) {
      const view = oneBooth(rotation);
      const g = boothGeometry(view);
      expect(g.products).toHaveLength(stands.length);
      g.products.forEach((p, i) => {
        const a = stands[i]!;
        // Rotation 90 turns local (x, z) into world (z, -x) around the slot centre.
        const want = rotation === 0 ? { x: 10 + a.x, z: 20 + a.z } : { x: 10 + a.z, z: 20 - a.x };
        expect(p.x).toBeCloseTo(want.x);
        expect(p.z).toBeCloseTo(want.z);
        expect(((p.yawDeg % 360) + 360) % 360).toBeCloseTo((a.yaw + rotation) % 360);
        expect(p.glbUrl).toMatch(/^\/assets\/models\/.+\.glb$/);
        expect(p.exhibitorId).toBe('exhibitor-solo');
        // A plinth under every product stand, centred on it.
        const plinth = g.plinths[p.plinth]!;
        expect(plinth.x).toBeCloseTo(p.x);
        expect(plinth.z).toBeCloseTo(p.z);
      });
    }
  });

  it('groups boxes by material class and tints walls and fascias from the theme', () => {
    const view = oneBooth(0);
    const g = boothGeometry(view);
    expect(g.parts.wall).toHaveLength(3);
    expect(g.parts.fascia).toHaveLength(1);
    const theme = view.booths[0]!.design.theme;
    const hex = (c: { r: number; g: number; b: number }) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('');
    expect(hex(g.parts.fascia[0]!.color)).toBe(theme.accentColor.toLowerCase());
    // The first fixture booth has painted walls: exactly the primary colour.
    expect(theme.wallMaterial).toBe('paint');
    expect(hex(g.parts.wall[0]!.color)).toBe(theme.primaryColor.toLowerCase());
  });

  it('puts the name on the fascia front, facing the open side', () => {
    for (const rotation of [0, 90] as const) {
      const g = boothGeometry(oneBooth(rotation));
      expect(g.labels).toHaveLength(1);
      const label = g.labels[0]!;
      expect(label.text.en).toBe('Huaguang Precision');
      expect(label.quads).toHaveLength(1);
      // Rotation 0: open front faces south (π); 90: west (3π/2).
      expect(label.quads[0]!.facingYaw).toBeCloseTo(((180 + rotation) * Math.PI) / 180);
      expect(label.aspect).toBeGreaterThan(5);
    }
  });

  it('blocks walls, counter and plinths but not the fascia overhead', () => {
    const g = boothGeometry(oneBooth(0));
    // 3 walls + counter + one plinth per product.
    expect(g.blockers).toHaveLength(3 + 1 + g.plinths.length);
    expect(g.plinthBlockers).toHaveLength(g.plinths.length);
    for (const r of g.plinthBlockers) expect(g.blockers).toContain(r);
  });

  it('builds the full synthetic grid: 60 booths, few boxes per booth, nothing skipped', () => {
    const view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
    const g = boothGeometry(view);
    expect(g.skipped).toEqual([]);
    expect(g.labels).toHaveLength(60);
    expect(g.products).toHaveLength(180);
  });

  it('reports booths whose slot or template is missing instead of throwing', () => {
    const view = oneBooth(0);
    const broken = { ...view, booths: [{ ...view.booths[0]!, slotId: 'nowhere' }] };
    expect(boothGeometry(broken).skipped).toEqual([{ slotId: 'nowhere', reason: 'no slot "nowhere" in the hall' }]);
  });
});

describe('plinthFor', () => {
  it('lifts small products to table height and gives big ones a low platform', () => {
    expect(plinthFor({ width: 0.1, height: 0.3, depth: 0.1 }, 1).height).toBeCloseTo(0.9);
    const car = plinthFor({ width: 1.6, height: 1.5, depth: 3 }, 1);
    expect(car.height).toBeLessThan(0.2);
    expect(car.depth).toBeGreaterThan(3);
  });
});
