import { describe, expect, it } from 'vitest';
import { RoomMetrics } from './room-metrics';

describe('RoomMetrics', () => {
  it('reports nearest-rank percentiles and the maximum of the recorded ticks', () => {
    const metrics = new RoomMetrics();
    for (let ms = 1; ms <= 100; ms++) metrics.recordTick(ms);
    expect(metrics.snapshot()).toEqual({ ticks: 100, p50Ms: 50, p95Ms: 95, maxMs: 100 });
  });

  it('keeps only the newest ticks for percentiles but counts all, and ignores non-finite times', () => {
    const metrics = new RoomMetrics(10);
    for (let i = 0; i < 10; i++) metrics.recordTick(1000);
    for (let i = 0; i < 10; i++) metrics.recordTick(2);
    metrics.recordTick(Number.NaN);
    metrics.recordTick(-1);
    expect(metrics.snapshot()).toEqual({ ticks: 20, p50Ms: 2, p95Ms: 2, maxMs: 2 });
  });

  it('starts over after reset', () => {
    const metrics = new RoomMetrics();
    metrics.recordTick(5);
    metrics.reset();
    expect(metrics.snapshot()).toEqual({ ticks: 0, p50Ms: 0, p95Ms: 0, maxMs: 0 });
  });
});
