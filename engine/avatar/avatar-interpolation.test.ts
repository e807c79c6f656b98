import { describe, expect, it } from 'vitest';
import { ENGINE_CONFIG } from '../config';
import { addAvatarSlot, avatarInterpolationSystem, createAvatarPoseState, removeAvatarSlot, setAvatarTarget } from './avatar-interpolation';

describe('avatar interpolation', () => {
  it('starts an avatar where it first appears and converges on its target', () => {
    const s = createAvatarPoseState();
    const i = addAvatarSlot(s, 1, 1, 0);
    expect([s.x[i], s.z[i]]).toEqual([1, 1]);
    setAvatarTarget(s, i, 3, 2, 90);
    avatarInterpolationSystem(s, 1 / 60);
    expect(s.x[i]).toBeGreaterThan(1);
    expect(s.x[i]).toBeLessThan(3);
    for (let f = 0; f < 120; f++) avatarInterpolationSystem(s, 1 / 60);
    expect(s.x[i]).toBeCloseTo(3, 3);
    expect(s.z[i]).toBeCloseTo(2, 3);
    expect(s.yaw[i]).toBeCloseTo(90, 2);
  });

  it('converges at the same rate whatever the frame rate', () => {
    const at = (fps: number) => {
      const s = createAvatarPoseState();
      addAvatarSlot(s, 0, 0, 0);
      setAvatarTarget(s, 0, 1, 0, 0);
      for (let f = 0; f < fps / 5; f++) avatarInterpolationSystem(s, 1 / fps);
      return s.x[0]!;
    };
    expect(at(30)).toBeCloseTo(at(120), 6);
  });

  it('turns the short way round through north', () => {
    const s = createAvatarPoseState();
    addAvatarSlot(s, 0, 0, 350);
    setAvatarTarget(s, 0, 0, 0, 10);
    avatarInterpolationSystem(s, ENGINE_CONFIG.remote.smoothingSeconds);
    // One time constant closes ~63 % of the 20° gap, going up through 360.
    expect(s.yaw[0]).toBeGreaterThan(350);
    expect(s.yaw[0]).toBeLessThan(370);
  });

  it('snaps on a teleport instead of gliding across the hall', () => {
    const s = createAvatarPoseState();
    addAvatarSlot(s, 0, 0, 0);
    setAvatarTarget(s, 0, 30, 30, 0);
    expect([s.x[0], s.z[0]]).toEqual([30, 30]);
  });

  it('grows on add, moves the last slot into a removed one', () => {
    const s = createAvatarPoseState(2);
    for (let i = 0; i < 5; i++) addAvatarSlot(s, i, i, 0);
    expect(s.count).toBe(5);
    expect(removeAvatarSlot(s, 1)).toBe(4);
    expect(s.x[1]).toBe(4);
    expect(removeAvatarSlot(s, 3)).toBe(-1);
    expect(s.count).toBe(3);
  });

  it('allocates nothing per frame: same arrays, and no garbage collection during 10 000 frames', async () => {
    const s = createAvatarPoseState(64);
    for (let i = 0; i < 50; i++) {
      addAvatarSlot(s, i, 0, 0);
      setAvatarTarget(s, i, i + 0.5, 3.25, 123.4);
    }
    const arrays = [s.x, s.z, s.yaw, s.targetX, s.targetZ, s.targetYaw];
    const dt = 1 / 60;
    // Warm up first: unoptimised code boxes doubles, optimised code does not.
    for (let f = 0; f < 5000; f++) avatarInterpolationSystem(s, dt);
    for (let i = 0; i < 50; i++) setAvatarTarget(s, i, -i, 7.5, 200);
    // The loop below is synchronous, so only it can allocate while it runs: any garbage it made
    // (500 000 avatar updates: one small object each is ~16 MB) would set off young-generation
    // collections, which the observer reports with their start time.
    const collections: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => collections.push(e.startTime)));
    observer.observe({ entryTypes: ['gc'] });
    const start = performance.now();
    for (let f = 0; f < 10_000; f++) avatarInterpolationSystem(s, dt);
    const end = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    observer.disconnect();
    [s.x, s.z, s.yaw, s.targetX, s.targetZ, s.targetYaw].forEach((a, k) => expect(a).toBe(arrays[k]));
    expect(s.x[10]).toBeCloseTo(-10);
    expect(collections.filter((t) => t >= start && t <= end)).toEqual([]);
  });
});
