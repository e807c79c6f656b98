import { describe, expect, it } from 'vitest';
import { blocksWalking, hallSolids, isStepOn } from './walk-obstacles';

const box = (y: number, height: number, width = 1, depth = 1) => ({ y, height, width, depth });

describe('the walk rule', () => {
  it.each([
    ['a booth wall', box(0, 2.5, 3, 0.1), true, false],
    ['a counter', box(0, 1, 1.2, 0.5), true, false],
    ['a plinth (0.25 m)', box(0, 0.25), true, false],
    ['a booth platform (0.1 m)', box(0, 0.1, 3, 3), false, true],
    ['a fascia overhead', box(2.5, 0.3, 3, 0.1), false, false],
    ['a poster sheet', box(0.8, 1.2, 0.8, 0.03), false, false],
    ['a table top hung at 1.3 m', box(1.3, 0.1), false, false],
  ])('%s: blocks %s, stepped on %s', (_name, b, blocks, stepOn) => {
    expect(blocksWalking(b)).toBe(blocks);
    expect(isStepOn(b)).toBe(stepOn);
  });

  it('walls the hall outside its floor, fills cutouts, blocks stages and low sign posts only', () => {
    const solids = hallSolids({
      size: { width: 20, depth: 10, height: 6 },
      cutouts: [{ x: 20, z: 10, width: 8, depth: 4 }],
      stages: [{ id: 'st', x: 5, z: 8, width: 4, depth: 2, rotation: 90, name: { 'zh-CN': '舞台', en: 'S' } }],
      signage: [
        { id: 'low', x: 2, z: 2, height: 2, yaw: 0, text: { 'zh-CN': '问讯', en: 'Info' } },
        { id: 'high', x: 4, z: 4, height: 5, yaw: 0, text: { 'zh-CN': 'A 通道', en: 'Aisle A' } },
      ],
    });
    expect(solids.every((s) => s.blocks)).toBe(true);
    expect(solids.filter((s) => s.source === 'wall')).toHaveLength(5);
    // The cutout, clipped to the hall: x 16..20, z 8..10.
    expect(solids.find((s) => s.source === 'wall' && s.box.x === 18)?.box).toMatchObject({ z: 9, width: 4, depth: 2 });
    // A stage turned 90° swaps width and depth.
    expect(solids.find((s) => s.source === 'stage')?.box).toMatchObject({ width: 2, depth: 4, height: 0.6 });
    expect(solids.filter((s) => s.source === 'sign')).toHaveLength(1);
  });
});
