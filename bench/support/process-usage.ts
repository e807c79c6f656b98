import { readFileSync } from 'node:fs';

/** Clock ticks per second in `/proc/<pid>/stat` (USER_HZ, 100 on every common Linux build). */
const TICKS_PER_SECOND = 100;

/** What a process used while it was watched. Null where the system has no `/proc` (not Linux). */
export interface ProcessUsage {
  rssStartMb: number | null;
  rssPeakMb: number | null;
  rssEndMb: number | null;
  /** CPU time used, in seconds. */
  cpuS: number | null;
  /** CPU time over wall time, in percent of one core (200 = two cores busy). */
  cpuPct: number | null;
}

/** Resident memory (MiB) and CPU time (s) of a process, from `/proc`; undefined where there is none. */
function readProc(pid: number): { rssMb: number; cpuS: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    // Fields after the command name (which may hold spaces), so utime and stime are 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (kb === undefined || !Number.isFinite(ticks)) return undefined;
    return { rssMb: Math.round(Number(kb) / 1024), cpuS: ticks / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/**
 * Watches another process (a server under load) from now until `stop()`: resident memory sampled
 * every `intervalMs`, CPU time from start to stop.
 */
export class ProcessUsageWatch {
  private readonly startedAt = performance.now();
  private readonly startCpuS: number | undefined;
  private readonly rss: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.startCpuS = this.sample()?.cpuS;
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): ProcessUsage {
    clearInterval(this.timer);
    const end = this.sample();
    const wallS = (performance.now() - this.startedAt) / 1000;
    const cpuS = end && this.startCpuS !== undefined ? Math.round((end.cpuS - this.startCpuS) * 100) / 100 : null;
    const cpuPct = cpuS !== null && wallS > 0 ? Math.round((cpuS / wallS) * 100) : null;
    return { rssStartMb: this.rss[0] ?? null, rssPeakMb: this.rss.length > 0 ? Math.max(...this.rss) : null, rssEndMb: this.rss.at(-1) ?? null, cpuS, cpuPct };
  }

  private sample() {
    const usage = readProc(this.pid);
    if (usage) this.rss.push(usage.rssMb);
    return usage;
  }
}

/** CPU use of this process between `start` and now, in percent of one core. */
export function ownCpuPct(start: { cpu: NodeJS.CpuUsage; at: number }): number {
  const used = process.cpuUsage(start.cpu);
  const wallMs = performance.now() - start.at;
  return wallMs > 0 ? Math.round(((used.user + used.system) / 1000 / wallMs) * 100) : 0;
}
