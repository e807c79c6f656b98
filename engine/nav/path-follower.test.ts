import { describe, expect, it } from 'vitest';
import { ENGINE_CONFIG } from '../config';
import { PathFollower } from './path-follower';

describe('PathFollower', () => {
  it('walks each leg in turn at the given speed and arrives exactly at the goal', () => {
    const f = new PathFollower();
    f.start([
      { x: 0, z: 0 },
      { x: 2, z: 0 },
      { x: 2, z: 3 },
    ]);
    const p = { x: 0, z: 0 };
    const out = { dx: 0, dz: 0 };
    let frames = 0;
    let status = f.step(p.x, p.z, 0.05, 1 / 60, out);
    while (status === 'walking' && frames < 1000) {
      expect(Math.hypot(out.dx, out.dz)).toBeLessThanOrEqual(0.05 + 1e-9);
      p.x += out.dx;
      p.z += out.dz;
      frames++;
      status = f.step(p.x, p.z, 0.05, 1 / 60, out);
    }
    expect(status).toBe('arrived');
    expect(f.active).toBe(false);
    expect(p.x).toBeCloseTo(2, 1);
    expect(p.z).toBeCloseTo(3, 1);
    // 5 m at 5 cm a frame, a corner cut a little: about 100 frames.
    expect(frames).toBeGreaterThan(90);
    expect(frames).toBeLessThan(105);
  });

  it('gives up when the body makes no progress (something in the way)', () => {
    const f = new PathFollower();
    f.start([
      { x: 0, z: 0 },
      { x: 5, z: 0 },
    ]);
    const out = { dx: 0, dz: 0 };
    let status = 'walking';
    let t = 0;
    // The body never moves: a wall the grid did not know about.
    while (status === 'walking' && t < 5) {
      status = f.step(0, 0, 0.05, 1 / 60, out);
      t += 1 / 60;
    }
    expect(status).toBe('stuck');
    expect(t).toBeGreaterThan(ENGINE_CONFIG.path.stuckSeconds);
    expect(t).toBeLessThan(ENGINE_CONFIG.path.stuckSeconds + 0.2);
  });
});
