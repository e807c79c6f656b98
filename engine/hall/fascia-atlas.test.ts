import { describe, expect, it } from 'vitest';
import { boothGeometry } from '../booth/booth-geometry';
import { buildHallFixture } from '../testing/hall-fixture';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';
import { cellUv, fitFontSize, layoutAtlas, type AtlasCell } from './fascia-atlas';
import { hallGeometry } from './hall-geometry';

const overlaps = (a: AtlasCell, b: AtlasCell) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function gridLabels() {
  const view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
  return [...hallGeometry(view.layout).labels, ...boothGeometry(view).labels];
}

describe('layoutAtlas', () => {
  it('gives every label its own cell, inside the atlas, none overlapping', () => {
    const labels = gridLabels();
    const atlas = layoutAtlas(labels.map((l) => ({ key: l.key, aspect: l.aspect })));
    expect(atlas.cells.size).toBe(labels.length);
    const cells = [...atlas.cells.values()];
    for (const [i, a] of cells.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(atlas.width);
      expect(a.y + a.height).toBeLessThanOrEqual(atlas.height);
      for (const b of cells.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    // Power-of-two sides, so mipmaps work on WebGL1-class devices too.
    expect(Math.log2(atlas.height) % 1).toBe(0);
  });

  it('keeps the surface aspect so text is not stretched', () => {
    const atlas = layoutAtlas([{ key: 'wide', aspect: 10 }, { key: 'square', aspect: 1 }], { rowHeight: 50 });
    expect(atlas.cells.get('wide')).toMatchObject({ width: 500, height: 50 });
    expect(atlas.cells.get('square')).toMatchObject({ width: 50, height: 50 });
  });

  it('lowers the rows rather than outgrowing the maximum size', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ key: `b${i}`, aspect: 10 }));
    const atlas = layoutAtlas(many, { width: 2048, maxSize: 4096, rowHeight: 64 });
    expect(atlas.height).toBeLessThanOrEqual(4096);
    expect(atlas.rowHeight).toBeLessThan(64);
    expect(atlas.cells.size).toBe(1000);
  });

  it('gives one cell to a key asked for twice', () => {
    const atlas = layoutAtlas([{ key: 'a', aspect: 2 }, { key: 'a', aspect: 2 }]);
    expect(atlas.cells.size).toBe(1);
  });
});

describe('cellUv', () => {
  it('maps canvas rows (y down) to flipped v, inset by half a texel', () => {
    const [u0, v0, u1, v1] = cellUv({ x: 0, y: 0, width: 100, height: 50 }, { width: 200, height: 100 });
    expect(u0).toBeCloseTo(0.0025);
    expect(u1).toBeCloseTo(0.4975);
    expect(v1).toBeCloseTo(0.995);
    expect(v0).toBeCloseTo(0.505);
  });
});

describe('fitFontSize', () => {
  // A crude measure: CJK glyphs are one em wide, Latin ones about half.
  const measure = (t: string, px: number) => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? px : px * 0.55), 0);
  const cell = { x: 0, y: 0, width: 640, height: 64 };

  it('fills the height for short names and shrinks long ones to fit the width', () => {
    const short = fitFontSize('蓝海包装', cell, measure);
    const long = fitFontSize('Yangtze Storage Systems International Trading Co.', cell, measure);
    expect(short).toBeGreaterThan(35);
    expect(long).toBeLessThan(short);
    expect(measure('Yangtze Storage Systems International Trading Co.', long)).toBeLessThanOrEqual(cell.width);
  });
});
