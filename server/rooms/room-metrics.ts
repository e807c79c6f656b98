/**
 * Time spent per patch tick (state encode + area of interest + send), kept in a bounded ring so
 * a long-running room never grows it. The benchmark reads `snapshot()`; the room calls
 * `recordTick(ms)` once per patch.
 */
export class RoomMetrics {
  private readonly samples: Float64Array;
  private next = 0;
  private filled = 0;
  private total = 0;

  /** @param capacity ticks kept for percentiles (the newest ones; 6,000 = 5 minutes at 20 Hz). */
  constructor(capacity = 6000) {
    if (!(capacity >= 1)) throw new Error('RoomMetrics capacity must be at least 1');
    this.samples = new Float64Array(Math.floor(capacity));
  }

  recordTick(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.samples.length;
    if (this.filled < this.samples.length) this.filled++;
    this.total++;
  }

  /** Ticks recorded since the last reset, and percentiles over the newest `capacity` of them. */
  snapshot(): { ticks: number; p50Ms: number; p95Ms: number; maxMs: number } {
    if (this.filled === 0) return { ticks: this.total, p50Ms: 0, p95Ms: 0, maxMs: 0 };
    const sorted = this.samples.slice(0, this.filled).sort();
    return {
      ticks: this.total,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted[sorted.length - 1]!,
    };
  }

  reset(): void {
    this.next = 0;
    this.filled = 0;
    this.total = 0;
  }
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}
