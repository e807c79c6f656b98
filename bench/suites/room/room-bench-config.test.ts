import { describe, expect, it } from 'vitest';
import { checkRoomBudgets, formatRoomBudgets, readRoomBenchConfig } from './room-bench-config';

describe('room bench config', () => {
  it('defaults to 500 clients, 20 s per mode and a 50-client decoding sample', () => {
    expect(readRoomBenchConfig([], {})).toMatchObject({ clients: 500, seconds: 20, sample: 50, workers: 2, hallId: 'hall-1' });
  });

  it('takes flags over environment variables and keeps the sample within the clients', () => {
    const config = readRoomBenchConfig(['--clients', '40', '--seconds', '5'], { BENCH_ROOM_CLIENTS: '900', BENCH_ROOM_WORKERS: '3' });
    expect(config).toMatchObject({ clients: 40, seconds: 5, sample: 40, workers: 3 });
  });

  it('refuses bad values and unknown flags, naming them', () => {
    expect(() => readRoomBenchConfig(['--clients', '1'], {})).toThrow(/--clients must be a whole number from 2/);
    expect(() => readRoomBenchConfig(['--seconds', '2.5'], {})).toThrow(/--seconds/);
    expect(() => readRoomBenchConfig(['--hall', 'Hall 1'], {})).toThrow(/--hall/);
    expect(() => readRoomBenchConfig(['--speed', '3'], {})).toThrow();
  });

  it('checks the issue budgets, SKIP for what was not measured', () => {
    const checks = checkRoomBudgets({ downBytesPerClientPerSec: 9000, aoiRatio: 3.2, tickP95Ms: 12, latencyP95Ms: null, serverCpuPct: 80, rssPerClientKB: 30 });
    expect(checks.map((c) => [c.metric, c.pass])).toEqual([
      ['downBytesPerClientPerSec', true],
      ['aoiRatio', false],
      ['tickP95Ms', true],
      ['latencyP95Ms', null],
      ['serverCpuPct', true],
      ['rssPerClientKB', true],
    ]);
    expect(formatRoomBudgets(checks)).toMatch(/FAIL aoiRatio 3.2 \(≥ 5\).*SKIP latencyP95Ms n\/a.*1 missed$/);
  });
});
