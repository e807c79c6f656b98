import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { criticalJs } from './critical-js';

describe('criticalJs', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts the entry and its static imports, transitively, and leaves dynamic imports out', () => {
    dir = mkdtempSync(join(tmpdir(), 'critical-js-'));
    mkdirSync(join(dir, 'static'));
    const files = { 'static/hall.js': 'a'.repeat(3000), 'static/engine.js': 'b'.repeat(5000), 'static/core.js': 'c'.repeat(7000), 'static/gltf.js': 'd'.repeat(9000), 'static/hall.css': 'x' };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    const manifest = {
      'hall.html': { file: 'static/hall.js', isEntry: true, imports: ['_engine.js'], dynamicImports: ['_gltf.js'], css: ['static/hall.css'] },
      '_engine.js': { file: 'static/engine.js', imports: ['_core.js'] },
      '_core.js': { file: 'static/core.js', imports: ['_engine.js'] },
      '_gltf.js': { file: 'static/gltf.js', imports: ['_core.js'] },
    };
    const result = criticalJs(dir, 'hall.html', manifest);
    expect(result.files.sort()).toEqual(['static/core.js', 'static/engine.js', 'static/hall.js']);
    expect(result.bytes).toBe(15000);
    // Runs of one letter compress to almost nothing, but never to zero.
    expect(result.brotliBytes).toBeGreaterThan(0);
    expect(result.brotliBytes).toBeLessThan(200);
    expect(() => criticalJs(dir!, '_core.js', manifest)).toThrow(/not an entry/);
  });
});
