import { describe, expect, it } from 'vitest';
import { checkBudgets, readApiBenchConfig } from './api-bench-config';

describe('api bench config', () => {
  it('takes flags over the environment over defaults', () => {
    const config = readApiBenchConfig(['--duration', '3'], { BENCH_API_DURATION_S: '7', BENCH_API_CONNECTIONS: '8' });
    expect(config).toMatchObject({ durationS: 3, connections: 8, warmupS: 2, products: 10_000 });
  });

  it('refuses a bad value, naming the flag', () => {
    expect(() => readApiBenchConfig(['--duration', 'soon'], {})).toThrow(/--duration/);
    expect(() => readApiBenchConfig([], { BENCH_API_CONNECTIONS: '0' })).toThrow(/--connections/);
  });

  it('checks each budget in its direction and leaves unmeasured ones open', () => {
    const checks = checkBudgets({ hallVsBareRatio: 0.49, searchP99Ms: 12, beaconEventsPerSec: null });
    expect(checks.map((c) => [c.metric, c.pass])).toEqual([
      ['hallVsBareRatio', false],
      ['searchP99Ms', true],
      ['beaconEventsPerSec', null],
    ]);
  });
});
