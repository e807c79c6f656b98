import { parseArgs } from 'node:util';

/**
 * Settings of `npm run bench -- room`. Each can be set by a flag after the suite name or by an
 * environment variable (the flag wins):
 *
 * | Flag        | Variable                 | Default  | Meaning                                                  |
 * |-------------|--------------------------|----------|----------------------------------------------------------|
 * | `--clients` | `BENCH_ROOM_CLIENTS`     | 500      | visitors joined to one hall instance                     |
 * | `--seconds` | `BENCH_ROOM_SECONDS`     | 20       | measured seconds per mode (AOI on, then off)             |
 * | `--spread`  | `BENCH_ROOM_SPREAD_S`    | 8        | unmeasured seconds of running out from the spawn points  |
 * | `--sample`  | `BENCH_ROOM_SAMPLE`      | 50       | clients that decode state fully and measure latency      |
 * | `--workers` | `BENCH_ROOM_WORKERS`     | 2        | load-generator processes the clients are spread over     |
 * | `--hall`    | `BENCH_ROOM_HALL`        | hall-1   | the demo hall they walk in                                |
 *
 * e.g. `npm run bench -- room --clients 100 --seconds 5` for a quick look.
 */
export interface RoomBenchConfig {
  clients: number;
  seconds: number;
  spreadS: number;
  /** Decoding clients (at most `clients`). */
  sample: number;
  workers: number;
  hallId: string;
  /** Walking speed during the measured window (m/s) and running speed while spreading out. */
  walkSpeed: number;
  runSpeed: number;
  /** Moves per second each client sends. */
  moveHz: number;
  /** Joins in flight at once per worker. */
  joinConcurrency: number;
  seed: number;
}

const DEFAULTS: RoomBenchConfig = {
  clients: 500,
  seconds: 20,
  spreadS: 8,
  sample: 50,
  workers: 2,
  hallId: 'hall-1',
  walkSpeed: 1.4,
  runSpeed: 4,
  moveHz: 10,
  joinConcurrency: 4,
  seed: 20_250_604,
};

/** Reads the settings from the arguments after the suite name and the environment; throws on a bad value. */
export function readRoomBenchConfig(args: readonly string[], env: NodeJS.ProcessEnv): RoomBenchConfig {
  const { values } = parseArgs({
    args: [...args],
    options: {
      clients: { type: 'string' },
      seconds: { type: 'string' },
      spread: { type: 'string' },
      sample: { type: 'string' },
      workers: { type: 'string' },
      hall: { type: 'string' },
    },
    strict: true,
  });
  const whole = (flag: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`bench room: ${flag} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return value;
  };
  const clients = whole('--clients', values.clients ?? env.BENCH_ROOM_CLIENTS, DEFAULTS.clients, 2, 5000);
  const hallId = values.hall ?? env.BENCH_ROOM_HALL ?? DEFAULTS.hallId;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(hallId)) throw new Error(`bench room: --hall must be a hall id (got "${hallId}")`);
  return {
    ...DEFAULTS,
    clients,
    seconds: whole('--seconds', values.seconds ?? env.BENCH_ROOM_SECONDS, DEFAULTS.seconds, 1, 600),
    spreadS: whole('--spread', values.spread ?? env.BENCH_ROOM_SPREAD_S, DEFAULTS.spreadS, 0, 120),
    sample: Math.min(clients, whole('--sample', values.sample ?? env.BENCH_ROOM_SAMPLE, DEFAULTS.sample, 2, 5000)),
    workers: whole('--workers', values.workers ?? env.BENCH_ROOM_WORKERS, DEFAULTS.workers, 1, 16),
    hallId,
  };
}

/** Budgets of issue 4 (500 clients on this 2-core machine). A miss is reported, never a failed process. */
export const ROOM_BUDGETS = [
  { metric: 'downBytesPerClientPerSec', atMost: 15_000, why: 'downstream per client with area of interest, payload + WebSocket framing' },
  { metric: 'aoiRatio', atLeast: 5, why: 'area of interest cuts downstream at least fivefold' },
  { metric: 'tickP95Ms', atMost: 20, why: 'server time per patch tick (encode + AOI + send), p95' },
  { metric: 'latencyP95Ms', atMost: 150, why: 'move sent → seen by a nearby client, loopback, p95' },
  { metric: 'serverCpuPct', atMost: 100, why: 'the hall instance stays under one core' },
  { metric: 'rssPerClientKB', atMost: 50, why: 'server memory growth per connected client' },
] as const;

export interface RoomBudgetCheck {
  metric: string;
  value: number | null;
  limit: string;
  /** null when the metric was not measured. */
  pass: boolean | null;
}

export function checkRoomBudgets(metrics: Readonly<Record<string, unknown>>): RoomBudgetCheck[] {
  return ROOM_BUDGETS.map((budget) => {
    const raw = metrics[budget.metric];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    if ('atLeast' in budget) return { metric: budget.metric, value, limit: `≥ ${budget.atLeast}`, pass: value === null ? null : value >= budget.atLeast };
    return { metric: budget.metric, value, limit: `≤ ${budget.atMost}`, pass: value === null ? null : value <= budget.atMost };
  });
}

/** One line: `budgets: PASS tickP95Ms 7.1 (≤ 20) · FAIL aoiRatio 1.1 (≥ 5) · …`. */
export function formatRoomBudgets(checks: readonly RoomBudgetCheck[]): string {
  const parts = checks.map((c) => `${c.pass === null ? 'SKIP' : c.pass ? 'PASS' : 'FAIL'} ${c.metric} ${c.value ?? 'n/a'} (${c.limit})`);
  const missed = checks.filter((c) => c.pass === false).length;
  return `budgets: ${parts.join(' · ')} — ${missed === 0 ? 'all met' : `${missed} missed`}`;
}
