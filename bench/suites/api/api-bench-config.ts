import { parseArgs } from 'node:util';

/**
 * Settings of `npm run bench -- api`. Each can be set by a flag after the suite name or by an
 * environment variable (the flag wins):
 *
 * | Flag            | Variable                 | Default | Meaning                                        |
 * |-----------------|--------------------------|---------|------------------------------------------------|
 * | `--duration`    | `BENCH_API_DURATION_S`   | 10      | measured seconds per run                       |
 * | `--warmup`      | `BENCH_API_WARMUP_S`     | 2       | unmeasured seconds before each run             |
 * | `--connections` | `BENCH_API_CONNECTIONS`  | 50      | concurrent keep-alive connections (pipelining 1) |
 * | `--products`    | `BENCH_API_PRODUCTS`     | 10000   | generated products added to the demo fair      |
 *
 * e.g. `npm run bench -- api --duration 2 --warmup 1` for a quick look.
 */
export interface ApiBenchConfig {
  durationS: number;
  warmupS: number;
  connections: number;
  pipelining: number;
  products: number;
  /** Events in each `POST /api/beacons` body. */
  beaconBatchSize: number;
  /** `GET /api/products?page=` cycles through 1..productPages. */
  productPages: number;
  /** Seed of the generated catalogue and beacon events. */
  seed: number;
}

const DEFAULTS: ApiBenchConfig = {
  durationS: 10,
  warmupS: 2,
  connections: 50,
  pipelining: 1,
  products: 10_000,
  beaconBatchSize: 20,
  productPages: 50,
  seed: 20_250_601,
};

/** Reads the settings from the arguments after the suite name and the environment; throws on a bad value. */
export function readApiBenchConfig(args: readonly string[], env: NodeJS.ProcessEnv): ApiBenchConfig {
  const { values } = parseArgs({
    args: [...args],
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      products: { type: 'string' },
    },
    strict: true,
  });
  const number = (flag: string, raw: string | undefined, fallback: number, min: number, integer: boolean): number => {
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      throw new Error(`bench api: ${flag} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min} (got "${raw}")`);
    }
    return value;
  };
  return {
    ...DEFAULTS,
    durationS: number('--duration', values.duration ?? env.BENCH_API_DURATION_S, DEFAULTS.durationS, 1, true),
    warmupS: number('--warmup', values.warmup ?? env.BENCH_API_WARMUP_S, DEFAULTS.warmupS, 0, true),
    connections: number('--connections', values.connections ?? env.BENCH_API_CONNECTIONS, DEFAULTS.connections, 1, true),
    products: number('--products', values.products ?? env.BENCH_API_PRODUCTS, DEFAULTS.products, 0, true),
  };
}

/**
 * What the API should reach on one machine. A miss is reported, never a failed process: the
 * machines are shared, so compare ratios within one run rather than numbers across runs.
 */
export const API_BUDGETS = [
  { metric: 'hallVsBareRatio', atLeast: 0.5, why: 'the cached hall route keeps at least half the speed of a bare node:http server' },
  { metric: 'searchP99Ms', atMost: 50, why: 'one search query answers within 50 ms for 99% of queries (one connection, so queueing behind other requests is not counted)' },
  { metric: 'beaconEventsPerSec', atLeast: 100_000, why: 'analytics keep up with a busy fair' },
] as const;

export interface BudgetCheck {
  metric: string;
  value: number | null;
  limit: string;
  /** null when the metric was not measured (e.g. the endpoint is missing). */
  pass: boolean | null;
}

/** Compares measured metrics with `API_BUDGETS`. */
export function checkBudgets(metrics: Readonly<Record<string, unknown>>): BudgetCheck[] {
  return API_BUDGETS.map((budget) => {
    const raw = metrics[budget.metric];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    if ('atLeast' in budget) {
      return { metric: budget.metric, value, limit: `≥ ${budget.atLeast}`, pass: value === null ? null : value >= budget.atLeast };
    }
    return { metric: budget.metric, value, limit: `≤ ${budget.atMost}`, pass: value === null ? null : value <= budget.atMost };
  });
}

/** One line: `budgets: PASS hallVsBareRatio 0.62 (≥ 0.5) · FAIL searchP99Ms 71 (≤ 50) · …`. */
export function formatBudgetLine(checks: readonly BudgetCheck[]): string {
  const parts = checks.map((c) => `${c.pass === null ? 'SKIP' : c.pass ? 'PASS' : 'FAIL'} ${c.metric} ${c.value ?? 'n/a'} (${c.limit})`);
  const missed = checks.filter((c) => c.pass === false).length;
  return `budgets: ${parts.join(' · ')} — ${missed === 0 ? 'all met' : `${missed} missed`}`;
}
