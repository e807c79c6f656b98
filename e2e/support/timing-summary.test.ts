import { describe, expect, it } from 'vitest';
import { formatTimings, summarizeTimings } from './timing-summary';

describe('summarizeTimings', () => {
  it('takes nearest-rank median and p95 of unsorted samples', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1
    expect(summarizeTimings(samples)).toEqual({ count: 20, median: 10, p95: 19, max: 20 });
  });

  it('handles one sample and refuses none', () => {
    expect(summarizeTimings([7])).toEqual({ count: 1, median: 7, p95: 7, max: 7 });
    expect(() => summarizeTimings([])).toThrow();
  });

  it('formats with one decimal', () => {
    expect(formatTimings({ count: 3, median: 1.25, p95: 2, max: 3 })).toBe('median 1.3 ms, p95 2.0 ms, max 3.0 ms over 3 samples');
  });
});
