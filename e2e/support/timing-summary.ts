/** Median, 95th percentile and max of timing samples (nearest rank), for the e2e budget reports. */
export interface TimingSummary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

export function summarizeTimings(samples: readonly number[]): TimingSummary {
  if (samples.length === 0) throw new Error('no timing samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { count: sorted.length, median: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1]! };
}

/** "median 12.3 ms, p95 20.1 ms, max 25.0 ms over 20 samples" */
export function formatTimings(s: TimingSummary): string {
  return `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms over ${s.count} samples`;
}
