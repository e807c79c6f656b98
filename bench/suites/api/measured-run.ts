import type { ChildServer } from '../../support/child-server';
import { runLoad, type LoadRequest, type LoadSummary } from '../../support/load-run';
import { ownCpuPct, ProcessUsageWatch, type ProcessUsage } from '../../support/process-usage';
import type { ApiBenchConfig } from './api-bench-config';

/** One measured load run, with what the server and the load generator used meanwhile. */
export interface RunReport extends LoadSummary {
  /** Memory and CPU of the server under load (a child process). */
  server: ProcessUsage;
  /** CPU of this process, which generates the load: near 100 means the numbers are the client's limit. */
  loadGeneratorCpuPct: number;
  /**
   * Responses per second of server CPU time: what the route costs, less sensitive than req/s to
   * other work on a shared machine. Null without `/proc`.
   */
  reqPerServerCpuSecond: number | null;
  /** Checks run alongside the load (e.g. the response bytes did not change), when asked for. */
  checks?: { runs: number; passed: number };
}

/**
 * Warms up for `config.warmupS`, then measures for `config.durationS` with the same requests.
 * `onMeasureStart` runs between the two (e.g. to note counters); `check` runs over and over while
 * the measured load is on.
 */
export async function measuredRun(options: {
  label: string;
  url: string;
  requests?: LoadRequest[];
  server: ChildServer;
  config: ApiBenchConfig;
  /** Instead of `config.connections`. */
  connections?: number;
  log: (line: string) => void;
  onMeasureStart?: () => void;
  check?: () => Promise<boolean>;
}): Promise<RunReport> {
  const { config } = options;
  const load = (durationS: number) =>
    runLoad({
      url: options.url,
      connections: options.connections ?? config.connections,
      pipelining: config.pipelining,
      durationS,
      ...(options.requests ? { requests: options.requests } : {}),
    });
  if (config.warmupS > 0) {
    await load(config.warmupS);
    // Answered only after the warm-up requests still queued in the server: measure from idle.
    await (await fetch(`${options.server.url}/api/health`)).arrayBuffer();
  }
  options.onMeasureStart?.();

  const usage = new ProcessUsageWatch(options.server.pid);
  const own = { cpu: process.cpuUsage(), at: performance.now() };
  const checks = options.check ? checkRepeatedly(options.check) : undefined;
  const summary = await load(config.durationS);
  const loadGeneratorCpuPct = ownCpuPct(own);
  const server = usage.stop();
  const checked = await checks?.stop();

  const reqPerServerCpuSecond = server.cpuS ? Math.round(summary.requests / server.cpuS) : null;
  const report: RunReport = { ...summary, server, loadGeneratorCpuPct, reqPerServerCpuSecond, ...(checked ? { checks: checked } : {}) };
  options.log(
    `${options.label.padEnd(14)} ${String(summary.reqPerSec).padStart(8)} req/s  p50 ${summary.latencyP50Ms} ms  p99 ${summary.latencyP99Ms} ms  ` +
      `non-2xx ${summary.non2xx}  socket errors ${summary.socketErrors}  server cpu ${server.cpuPct ?? '?'}% (${reqPerServerCpuSecond ?? '?'} req/cpu-s) rss ${server.rssPeakMb ?? '?'} MiB  ` +
      `load generator cpu ${loadGeneratorCpuPct}%` +
      (checked ? `  checks ${checked.passed}/${checked.runs}` : ''),
  );
  return report;
}

/** Runs `check` over and over, one at a time and 0.5 s apart, until stopped; counts the passes. */
function checkRepeatedly(check: () => Promise<boolean>) {
  let stopped = false;
  let runs = 0;
  let passed = 0;
  const loop = (async () => {
    while (!stopped) {
      runs++;
      if (await check().catch(() => false)) passed++;
      await new Promise((done) => setTimeout(done, 500));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { runs, passed };
    },
  };
}
