import { describe, expect, it } from 'vitest';
import type { WorldBox } from '../geometry/world-box';
import type { BoothPickGroup, InteractionTarget } from './interaction-targets';
import { boundsOf } from './interaction-targets';
import { nearestBoothBox, rayBoxDistance, rayFloorDistance, type RayLike } from './ray-cast';

const C = { r: 0, g: 0, b: 0 };
const box = (x: number, z: number, width: number, depth: number, yaw = 0, y = 0, height = 2): WorldBox => ({ x, y, z, width, height, depth, yaw, color: C });
const ray = (ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): RayLike => {
  const l = Math.hypot(dx, dy, dz);
  return { origin: { x: ox, y: oy, z: oz }, direction: { x: dx / l, y: dy / l, z: dz / l } };
};

describe('rayBoxDistance', () => {
  it('finds where a ray enters an axis-aligned box, and misses beside it', () => {
    const b = box(0, 5, 2, 1); // z from 4.5 to 5.5, y 0..2
    expect(rayBoxDistance(ray(0, 1, 0, 0, 0, 1), b)).toBeCloseTo(4.5);
    expect(rayBoxDistance(ray(1.2, 1, 0, 0, 0, 1), b)).toBeUndefined();
    expect(rayBoxDistance(ray(0, 2.5, 0, 0, 0, 1), b)).toBeUndefined(); // over the top
    expect(rayBoxDistance(ray(0, 1, 0, 0, 0, -1), b)).toBeUndefined(); // behind
    expect(rayBoxDistance(ray(0, 1, 0, 0, 0, 1), b, 4)).toBeUndefined(); // beyond max
  });

  it('ignores a box around the ray origin', () => {
    expect(rayBoxDistance(ray(0, 1, 5, 0, 0, 1), box(0, 5, 2, 1))).toBeUndefined();
  });

  it('turns with the box: a long thin box at 45° is hit only along its length', () => {
    const thin = box(0, 0, 4, 0.1, Math.PI / 4);
    // Its long axis runs from (-1.41, 1.41) to (1.41, -1.41) (yaw clockwise from north turns +x toward -z).
    // Along -z from z = 1 and z = 3 at x = 1, the ray meets the axis at z = -1, less the half thickness seen at 45°.
    expect(rayBoxDistance(ray(1, 1, 1, 0, 0, -1), thin)).toBeCloseTo(2 - 0.0707, 3);
    expect(rayBoxDistance(ray(1, 1, 3, 0, 0, -1), thin)).toBeCloseTo(4 - 0.0707, 3);
    expect(rayBoxDistance(ray(1.6, 1, 3, 0, 0, -1), thin)).toBeUndefined();
  });
});

describe('rayFloorDistance', () => {
  it('meets the floor from above only', () => {
    expect(rayFloorDistance(ray(0, 2, 0, 0, -1, 1))).toBeCloseTo(2 * Math.SQRT2);
    expect(rayFloorDistance(ray(0, 2, 0, 0, 1, 1))).toBeUndefined();
    expect(rayFloorDistance(ray(0, 2, 0, 0, 0, 1))).toBeUndefined();
    expect(rayFloorDistance(ray(0, 2, 0, 0, -1, 1), 2)).toBeUndefined();
  });
});

describe('nearestBoothBox', () => {
  const target = (slotId: string): InteractionTarget => ({ kind: 'booth', slotId, boothId: slotId, exhibitorId: slotId });
  const group = (slotId: string, boxes: WorldBox[]): BoothPickGroup => ({
    booth: { slotId, boothId: slotId, exhibitorId: slotId },
    bounds: boundsOf(boxes),
    boxes: boxes.map((b) => ({ box: b, target: target(slotId) })),
  });

  it('returns the nearest box over all booths', () => {
    const groups = [group('far', [box(0, 10, 2, 0.2)]), group('near', [box(0, 6, 2, 0.2), box(3, 6, 2, 0.2)])];
    const hit = nearestBoothBox(ray(0, 1, 0, 0, 0, 1), groups);
    expect(hit?.hit.target).toEqual(target('near'));
    expect(hit?.distance).toBeCloseTo(5.9);
    expect(nearestBoothBox(ray(0, 1, 0, 0, 0, 1), groups, 5)).toBeUndefined();
  });

  it('tests the boxes of a booth the ray starts in', () => {
    // Standing inside booth "in" (its bounds hold the origin), looking at its back wall.
    const groups = [group('in', [box(0, 3, 3, 0.1), box(-1.5, 1.5, 0.1, 3)])];
    expect(nearestBoothBox(ray(0, 1, 1.5, 0, 0, 1), groups)?.distance).toBeCloseTo(1.45);
  });
});
