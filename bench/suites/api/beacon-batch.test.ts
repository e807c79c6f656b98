import { describe, expect, it } from 'vitest';
import { AnalyticsEventSchema } from '../../../model';
import { SeededRandom as BenchRandom } from '../../../server';
import { makeBeaconBatch, randomVisitorId } from './beacon-batch';

const targets = { hallId: 'hall-1', boothIds: ['booth-a', 'booth-b'], productIds: ['ex-001-p01', 'ex-002-p03'] };

describe('makeBeaconBatch', () => {
  it('makes exactly the asked number of events, each valid by AnalyticsEventSchema', () => {
    const random = new BenchRandom(7);
    for (let i = 0; i < 50; i++) {
      const batch = makeBeaconBatch(random, targets, 20, 1_750_000_000_000);
      expect(batch).toHaveLength(20);
      for (const event of batch) expect(AnalyticsEventSchema.safeParse(event).success).toBe(true);
      expect(new Set(batch.map((e) => e.visitorId)).size).toBe(1);
    }
  });

  it('walks booths: enter, product views, leave with a dwell time, on real ids only', () => {
    const batch = makeBeaconBatch(new BenchRandom(1), targets, 200, 0);
    const types = new Set(batch.map((e) => e.type));
    expect(types).toEqual(new Set(['booth_enter', 'product_view', 'booth_leave']));
    for (const event of batch) {
      if ('boothId' in event && event.boothId) expect(targets.boothIds).toContain(event.boothId);
      if ('productId' in event) expect(targets.productIds).toContain(event.productId);
      if (event.type === 'booth_leave') expect(event.dwellMs).toBeGreaterThan(0);
    }
  });

  it('gives each batch its own pseudonymous visitor id of 8–64 characters', () => {
    const random = new BenchRandom(3);
    const ids = Array.from({ length: 500 }, () => randomVisitorId(random));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids.map((id) => id.length))).toBeLessThan(16);
    expect(Math.max(...ids.map((id) => id.length))).toBeGreaterThan(56);
  });
});
