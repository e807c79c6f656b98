import { describe, expect, it } from 'vitest';
import { boothGeometry } from '../booth/booth-geometry';
import { boothTiles } from '../booth/booth-tiles';
import { tileGrid } from '../lod/tiles';
import { stressHallView } from './stress-hall';

describe('stressHallView', () => {
  it('holds 200 booths and 2,000 products, every one placed', () => {
    const view = stressHallView();
    expect(view.booths).toHaveLength(200);
    expect(view.products).toHaveLength(2000);
    const g = boothGeometry(view);
    expect(g.skipped).toEqual([]);
    expect(g.products).toHaveLength(2000);
    expect(g.plinths).toHaveLength(2000);
    expect(new Set(g.products.map((p) => p.glbUrl)).size).toBe(8);
  });

  it('splits into a few tiles, nearest the spawn first, each booth in exactly one', () => {
    const view = stressHallView();
    const g = boothGeometry(view);
    const spawn = view.layout.spawnPoints[0]!;
    const tiles = boothTiles(g, tileGrid(view.layout.size), spawn);
    expect(tiles.length).toBeGreaterThan(6);
    expect(tiles.length).toBeLessThanOrEqual(20);
    const slots = tiles.flatMap((t) => t.slotIds);
    expect(new Set(slots).size).toBe(200);
    expect(slots).toHaveLength(200);
    // Every box, label and plinth lands in some tile.
    const walls = tiles.reduce((n, t) => n + t.parts.wall.length, 0);
    expect(walls).toBe(g.parts.wall.length);
    expect(tiles.reduce((n, t) => n + t.plinths.length, 0)).toBe(2000);
    expect(tiles.reduce((n, t) => n + t.labels.length, 0)).toBe(g.labels.length);
    // Nearest first: the first tile holds the booth nearest the spawn.
    const nearest = [...g.booths].sort((a, b) => Math.hypot(a.x - spawn.x, a.z - spawn.z) - Math.hypot(b.x - spawn.x, b.z - spawn.z))[0]!;
    expect(tiles[0]!.slotIds).toContain(nearest.slotId);
  });
});
