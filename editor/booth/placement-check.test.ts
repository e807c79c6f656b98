import { describe, expect, it } from 'vitest';
import type { BoothDesign, BoothItem } from '../../model';
import { syntheticInlineTemplate } from '../../engine/testing/synthetic-hall';
import { addItem, nextItemId, removeItem, replaceWith, setTemplate, setTheme, updateItem } from './booth-commands';
import { clampScale, defaultPlace, designPlacementProblems, findFreePlace, floorBoxOverlap, placementProblem, snapPlace, snapYaw } from './placement-check';

const template = syntheticInlineTemplate();
const design: BoothDesign = {
  version: 1,
  id: 'booth-1',
  exhibitorId: 'ex-1',
  templateId: template.id,
  revision: 0,
  fasciaName: { 'zh-CN': '华光', en: 'Huaguang' },
  theme: { primaryColor: '#1f4e79', accentColor: '#f2a900', wallMaterial: 'paint' },
  items: [],
};
const item = (patch: Partial<BoothItem>): BoothItem => ({ id: 'x', kind: 'plant', x: 0, y: 0, z: 0, yaw: 0, scale: 1, ...patch });

describe('placementProblem', () => {
  it('accepts items inside the footprint and on the template anchors', () => {
    expect(placementProblem(template, item({}))).toBeUndefined();
    for (const a of template.anchors.filter((a) => a.kind === 'stand')) {
      expect(placementProblem(template, item({ kind: 'product-stand', productId: 'p', x: a.x, z: a.z, yaw: a.yaw }))).toBeUndefined();
    }
    const poster = template.anchors.find((a) => a.kind === 'poster')!;
    expect(placementProblem(template, item({ kind: 'poster', x: poster.x, y: poster.y, z: poster.z, yaw: poster.yaw }))).toBeUndefined();
  });

  it('says how far an item sticks out of the footprint or into a wall', () => {
    const out = placementProblem(template, item({ x: 1.6 }));
    expect(out?.code).toBe('outside');
    expect(out?.amount).toBeCloseTo(0.45, 2);
    const wall = placementProblem(template, item({ x: 1.1 }));
    expect(wall?.code).toBe('in-wall');
    // Turning a long item sideways changes what it covers.
    expect(placementProblem(template, item({ kind: 'logo-wall', x: 0, z: 0.5, yaw: 90 }))).toBeUndefined();
    expect(placementProblem(template, item({ kind: 'logo-wall', x: 0.7, z: 0.5, yaw: 0 }))?.code).toBe('in-wall');
  });
});

describe('overlap rule', () => {
  it('measures how far turned floor rectangles reach into each other', () => {
    const box = (x: number, z: number, yawDeg = 0) => ({ x, z, hw: 0.5, hd: 0.5, yaw: (yawDeg * Math.PI) / 180 });
    expect(floorBoxOverlap(box(0, 0), box(0.8, 0))).toBeCloseTo(0.2, 6);
    expect(floorBoxOverlap(box(0, 0), box(1.2, 0))).toBe(0);
    // A square turned 45° reaches 0.707 m along x.
    expect(floorBoxOverlap(box(0, 0), box(1.1, 0, 45))).toBeCloseTo(0.5 + Math.SQRT1_2 - 1.1, 6);
    // A long thin board turned 45° past a corner: its bounding rectangle would overlap the square by 0.24 m, the board does not touch it.
    expect(floorBoxOverlap(box(0, 0), { x: 1, z: 1, hw: 1, hd: 0.05, yaw: Math.PI / 4 })).toBe(0);
  });

  it('refuses an item whose footprint is inside another floor item, names it, and lets touching or hung items be', () => {
    const plant = item({ id: 'plant-1', x: -0.3, z: 0 });
    const seat = item({ id: 'seat', kind: 'seating', x: 0.2, z: 0 });
    // Plant leaves are 0.7 m wide, the seat 0.6 m: centres 0.5 m apart overlap by 0.15 m.
    expect(placementProblem(template, seat, [plant])).toEqual({ code: 'overlap', amount: expect.closeTo(0.15, 6), otherId: 'plant-1' });
    expect(placementProblem(template, { ...seat, x: 0.36 }, [plant])).toBeUndefined();
    // Its own old place is not "another item".
    expect(placementProblem(template, seat, [seat])).toBeUndefined();
    // A poster on the back-wall anchor hangs above the floor: a plant may stand under it.
    const poster = template.anchors.find((a) => a.kind === 'poster')!;
    const hung = item({ id: 'poster-1', kind: 'poster', x: poster.x, y: poster.y, z: poster.z, yaw: poster.yaw });
    expect(placementProblem(template, item({ id: 'plant-2', x: poster.x, z: poster.z - 0.4 }), [hung])).toBeUndefined();
    // The footprint check comes after the wall check: the first reason is the one shown.
    expect(placementProblem(template, item({ x: 1.6 }), [plant])?.code).toBe('outside');
  });

  it('lists overlapping items of a design before publishing', () => {
    const d = { ...design, items: [item({ id: 'a' }), item({ id: 'b', x: 0.2 }), item({ id: 'c', x: -1, z: -1 })] };
    expect([...designPlacementProblems(d, template).keys()]).toEqual(['a', 'b']);
  });

  it('finds a free spot for a palette click when the default place is taken, or says why not', () => {
    const centre = { ...design, items: [item({ id: 'plant-1' })] };
    const found = findFreePlace(template, centre, item({ id: 'plant-2' }));
    expect('place' in found && found.place).toBeTruthy();
    if (!('place' in found)) return;
    const placed = item({ id: 'plant-2', ...found.place });
    expect(placementProblem(template, placed, centre.items)).toBeUndefined();
    expect(Math.hypot(placed.x, placed.z)).toBeGreaterThan(0.6);
    // A booth packed full of meeting tables: the next one is refused with the overlap as the reason.
    const packed = { ...design, items: [] as BoothItem[] };
    for (let k = 0; k < 40; k++) {
      const next = findFreePlace(template, packed, item({ id: `t${k}`, kind: 'meeting-table' }));
      if (!('place' in next)) {
        expect(next.problem.code).toBe('overlap');
        expect(k).toBeGreaterThan(3);
        return;
      }
      packed.items.push(item({ id: `t${k}`, kind: 'meeting-table', ...next.place }));
    }
    throw new Error('a 3×3 booth took 40 meeting tables');
  });

  it('snaps scale to a finer step for the scale handle, within the same limits', () => {
    expect(clampScale(1.26, 0.05)).toBe(1.25);
    expect(clampScale(1.26)).toBe(1.3);
    expect(clampScale(9, 0.05)).toBe(3);
    expect(clampScale(0.1, 0.05)).toBe(0.5);
  });
});

describe('snapPlace', () => {
  it('snaps to a free anchor of a fitting kind, else to the grid on the floor', () => {
    const a = template.anchors.find((x) => x.kind === 'stand')!;
    expect(snapPlace(template, design, 'product-stand', a.x + 0.2, a.z - 0.1, 0)).toMatchObject({ anchorId: a.id, x: a.x, z: a.z, yaw: a.yaw });
    const taken = { ...design, items: [item({ id: 'other', kind: 'product-stand', anchorId: a.id, x: a.x, z: a.z })] };
    expect(snapPlace(template, taken, 'product-stand', a.x + 0.2, a.z - 0.1, 0).anchorId).not.toBe(a.id);
    expect(snapPlace(template, taken, 'product-stand', a.x + 0.2, a.z - 0.1, 0, 'other').anchorId).toBe(a.id);
    expect(snapPlace(template, design, 'plant', 0.234, -0.061, 90)).toEqual({ x: 0.2, y: 0, z: -0.1, yaw: 90 });
  });

  it('finds a default place and snaps yaw', () => {
    expect(defaultPlace(template, design, 'screen').anchorId).toBeUndefined();
    expect(defaultPlace(template, design, 'poster').anchorId).toBe('poster');
    expect(snapYaw(-20)).toBe(345);
    expect(snapYaw(367)).toBe(0);
  });
});

describe('booth commands', () => {
  it('add, update, remove and replace are pure and name what they did', () => {
    const added = addItem(item({ id: nextItemId(design, 'plant') })).apply(design);
    expect(added.items.map((i) => i.id)).toEqual(['plant-1']);
    expect(nextItemId(added, 'plant')).toBe('plant-2');
    expect(design.items).toEqual([]);
    const moved = updateItem('plant-1', { x: 0.5, anchorId: undefined }).apply(added);
    expect(moved.items[0]).toMatchObject({ x: 0.5 });
    expect('anchorId' in moved.items[0]!).toBe(false);
    expect(updateItem('plant-1', { x: 0.5 }).apply(moved)).toBe(moved);
    expect(removeItem('plant-1').apply(moved).items).toEqual([]);
    expect(setTheme({ primaryColor: '#000000' }).apply(design).theme.primaryColor).toBe('#000000');
    expect(setTheme({ primaryColor: design.theme.primaryColor }).apply(design)).toBe(design);
    expect(replaceWith(moved).apply(design)).toBe(moved);
  });

  it('moves anchored items onto the new template anchors and frees those it lacks', () => {
    const anchored = { ...design, items: [item({ id: 'p', kind: 'poster', anchorId: 'poster' }), item({ id: 'q', anchorId: 'nowhere' })] };
    const other = { ...template, id: 'other-3x3' };
    const next = setTemplate(other).apply(anchored);
    expect(next.templateId).toBe('other-3x3');
    expect(next.items[0]).toMatchObject({ anchorId: 'poster', y: 1.5, z: 1.4 });
    expect(next.items[1]!.anchorId).toBeUndefined();
  });
});
