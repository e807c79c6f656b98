import { describe, expect, it } from 'vitest';
import { boothStartPose } from './booth-start-pose';

const slot = (id: string, rotation: 0 | 90 | 180 | 270) => ({ id, label: id, x: 10, z: 20, width: 3, depth: 3, rotation, kind: 'inline' as const });

describe('boothStartPose', () => {
  it('stands in front of the open side, facing in, whatever the booth turn', () => {
    const layout = { slots: [slot('a', 0), slot('b', 90), slot('c', 180)] };
    const a = boothStartPose(layout, '?booth=a&lang=en')!;
    expect(a.x).toBeCloseTo(10);
    expect(a.z).toBeCloseTo(17);
    expect(a.yaw).toBe(0);
    const b = boothStartPose(layout, '?booth=b')!;
    expect(b.x).toBeCloseTo(7);
    expect(b.z).toBeCloseTo(20);
    expect(b.yaw).toBe(90);
    const c = boothStartPose(layout, '?booth=c')!;
    expect(c.z).toBeCloseTo(23);
  });

  it('is undefined without a booth or for an unknown one', () => {
    const layout = { slots: [slot('a', 0)] };
    expect(boothStartPose(layout, '')).toBeUndefined();
    expect(boothStartPose(layout, '?booth=zz')).toBeUndefined();
  });
});
