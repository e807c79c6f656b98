import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, seedDemoExpo } from '../../server';
import type { BenchSuite } from './index';

const RUNS = 5;

/** First start of a fresh install: open + migrate an empty SQLite file, then seed the demo fair. */
export const seedSuite: BenchSuite = {
  describe: 'time to migrate and seed the demo fair into a fresh SQLite file',
  async run(log) {
    const openMs: number[] = [];
    const seedMs: number[] = [];
    let bytes = 0;
    let counts: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-seed-'));
      try {
        const t0 = performance.now();
        const store = await openStore({ dataDir: dir });
        const t1 = performance.now();
        const report = await seedDemoExpo(store);
        const t2 = performance.now();
        await store.close();
        openMs.push(t1 - t0);
        seedMs.push(t2 - t1);
        bytes = statSync(join(dir, 'expo.sqlite')).size;
        counts = { halls: report.halls, exhibitors: report.exhibitors, products: report.products, boothDesigns: report.boothDesigns };
        log(`run ${i + 1}/${RUNS}: open ${(t1 - t0).toFixed(1)} ms, seed ${(t2 - t1).toFixed(1)} ms`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return { runs: RUNS, openMedianMs: median(openMs), seedMedianMs: median(seedMs), dbBytes: bytes, ...counts };
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}
