import { describe, expect, it } from 'vitest';
import type { BoothDesign, BoothItem } from '../../model';
import { syntheticInlineTemplate } from '../../engine/testing/synthetic-hall';
import { addItem, nextItemId, removeItem, replaceWith, setTemplate, setTheme, updateItem } from './booth-commands';
import { defaultPlace, placementProblem, snapPlace, snapYaw } from './placement-check';

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
