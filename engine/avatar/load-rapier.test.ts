import { describe, expect, it } from 'vitest';
import { loadRapier, PhysicsWalker } from './physics-walker';

// A file of its own: Rapier must not have been initialised yet in this module instance.
describe('loadRapier', () => {
  it('initialises the WASM once when two halls ask at the same time, so a world made after the first answer survives the second', async () => {
    const first = loadRapier();
    const second = loadRapier();
    const R = await first;
    const walker = new PhysicsWalker(R, { width: 20, depth: 20 }, [], { x: 5, z: 5 });
    expect(await second).toBe(R);
    const p = { x: 5, z: 5 };
    for (let i = 0; i < 30; i++) walker.move(p, 0.05, 0, 1 / 60);
    expect(p.x).toBeCloseTo(6.5, 1);
    expect(walker.counts()).toEqual({ bodies: 1, colliders: 2 });
    walker.dispose();
  });
});
