import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnIpcChild, type IpcChild } from '../support/ipc-child';
import { onInterrupt } from '../support/interrupt';
import { round } from '../support/load-run';
import { ProcessUsageWatch, type ProcessUsage } from '../support/process-usage';
import type { BenchSuite } from './index';
import type { JoinRequest, WorkerReport } from './room/load-worker';
import { checkRoomBudgets, formatRoomBudgets, readRoomBenchConfig, type RoomBenchConfig } from './room/room-bench-config';
import { percentile } from './room/traffic-meter';

/** What one mode (area of interest on or off) measured. */
interface ModeReport {
  aoi: boolean;
  clients: number;
  placed: number;
  instances: number;
  downBytesPerClientPerSec: number;
  decodingDownBytesPerClientPerSec: number;
  tickP50Ms: number;
  tickP95Ms: number;
  tickMaxMs: number;
  ticks: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencySamples: number;
  movesPerSec: number;
  visibleMean: number;
  dropped: number;
  joinRetries: number;
  joinS: number;
  serverCpuPct: number | null;
  serverRssMB: number | null;
  /** RSS after a full GC with a tenth of the clients in, and with all of them (before the window). */
  rssWarmMB: number;
  rssFullMB: number;
  /** The same growth in V8 heap + external + array buffers: steadier than RSS, which V8 returns to the system lazily. */
  heapPerClientKB: number | null;
  rssPerClientKB: number | null;
  windowS: number;
}

/**
 * `npm run bench -- room [--clients n] [--seconds s] [--spread s] [--sample n] [--workers n]`:
 * N `@colyseus/sdk` clients in one hall instance walk the aisles at 10 Hz, measured twice in
 * one run: area of interest on, then off (everyone sees everyone). The server runs in a child
 * process (its patch-tick times come from RoomMetrics over IPC; CPU and RSS from /proc); the
 * clients run in worker processes. See `room/room-bench-config.ts` for settings and budgets.
 */
export const roomSuite: BenchSuite = {
  describe: 'hall room: N clients walking in one instance, area of interest on vs off (bytes, tick time, latency, CPU, memory)',
  async run(log) {
    const config = readRoomBenchConfig(process.argv.slice(3), process.env);
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-room-'));
    const children = new Set<IpcChild>();
    let cleaning: Promise<void> | undefined;
    const cleanup = () =>
      (cleaning ??= (async () => {
        await Promise.all([...children].map((c) => c.stop()));
        rmSync(dataDir, { recursive: true, force: true });
      })());
    const stopListening = onInterrupt(cleanup);
    try {
      const loadAtStart = round(loadavg()[0]!, 2);
      const sampleNote = `${config.sample} of ${config.clients} clients decode every patch and poses message like a browser and time moves (move sent → its pose seen by another decoding client of the same worker); the other ${config.clients - config.sample} count the bytes of every frame they receive but drop patches and poses unread once placed`;
      log(`room bench: ${config.clients} clients in hall ${config.hallId} over ${config.workers} worker processes; ${sampleNote}`);
      const withAoi = await measureMode(true, config, dataDir, children, log);
      const withoutAoi = await measureMode(false, config, dataDir, children, log);
      const loadAtEnd = round(loadavg()[0]!, 2);
      const notes = [
        sampleNote,
        'downstream bytes = WebSocket payload + frame header per received frame (no TCP/IP headers)',
        'rssPerClientKB = server RSS growth (after a full GC) from a tenth of the clients joined to all of them, per client added; serverRssMB = peak RSS in the AOI window',
        `each mode: a fresh server child (EXPO_ROOM_AOI=on|off, EXPO_ROOM_MAX_CLIENTS=${config.clients}), ${config.spreadS} s running out from the spawn points unmeasured, then ${config.seconds} s walking at ${config.walkSpeed} m/s measured`,
        `server, ${config.workers} load workers and this process share ${cpus().length} CPUs`,
      ];
      if (Math.max(loadAtStart, loadAtEnd) > cpus().length) notes.push(`the machine was busy with other work (1-minute load ${loadAtStart} at start, ${loadAtEnd} at end): numbers are noisy`);
      if (withAoi.instances !== 1 || withoutAoi.instances !== 1) notes.push('clients did not all land in one instance');
      const target = config.clients * config.moveHz;
      for (const mode of [withAoi, withoutAoi]) {
        // A starved load generator sends fewer moves, so less changes and less is sent down: say so.
        if (mode.movesPerSec < target * 0.9) notes.push(`${mode.aoi ? 'AOI on' : 'AOI off'}: the load generator sent ${mode.movesPerSec} of ${target} moves/s (CPU-starved), so that mode's downstream and tick times are understated`);
      }
      const metrics = {
        clients: config.clients,
        tickP95Ms: withAoi.tickP95Ms,
        tickP95MsNoAoi: withoutAoi.tickP95Ms,
        downBytesPerClientPerSec: withAoi.downBytesPerClientPerSec,
        downBytesPerClientPerSecNoAoi: withoutAoi.downBytesPerClientPerSec,
        aoiRatio: withAoi.downBytesPerClientPerSec > 0 ? round(withoutAoi.downBytesPerClientPerSec / withAoi.downBytesPerClientPerSec, 2) : null,
        movesPerSec: withAoi.movesPerSec,
        movesPerSecNoAoi: withoutAoi.movesPerSec,
        movesPerSecTarget: config.clients * config.moveHz,
        latencyP95Ms: withAoi.latencyP95Ms,
        latencyP95MsNoAoi: withoutAoi.latencyP95Ms,
        serverCpuPct: withAoi.serverCpuPct,
        serverCpuPctNoAoi: withoutAoi.serverCpuPct,
        serverRssMB: withAoi.serverRssMB,
        rssPerClientKB: withAoi.rssPerClientKB,
        heapPerClientKB: withAoi.heapPerClientKB,
      };
      const budgets = checkRoomBudgets(metrics);
      log(formatRoomBudgets(budgets));
      return {
        ...metrics,
        mode: `${config.clients} clients, one instance, ${config.workers} load workers; ${sampleNote}; AOI on then off, ${config.seconds} s each`,
        budgets,
        aoi: withAoi,
        noAoi: withoutAoi,
        settings: config,
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAvg1m: { start: loadAtStart, end: loadAtEnd }, node: process.version },
        notes,
      };
    } finally {
      stopListening();
      await cleanup();
    }
  },
};

async function measureMode(aoi: boolean, config: RoomBenchConfig, dataDir: string, children: Set<IpcChild>, log: (line: string) => void): Promise<ModeReport> {
  const label = aoi ? 'AOI on' : 'AOI off';
  const server = spawnIpcChild(
    'room server',
    'bench/suites/room/room-server.ts',
    { DATA_DIR: dataDir, EXPO_ROOM_AOI: aoi ? 'on' : 'off', EXPO_ROOM_MAX_CLIENTS: String(config.clients), EXPO_ROOM_GUESTS: 'on' },
    // BENCH_ROOM_CPU_PROF=<dir>: a V8 CPU profile of each server child, to see where tick time goes.
    ['--expose-gc', ...(process.env.BENCH_ROOM_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_ROOM_CPU_PROF}`] : [])],
  );
  children.add(server);
  const workers: IpcChild[] = [];
  try {
    const { url } = await server.request<{ url: string }>('start');
    const memory = () => server.request<{ rssMB: number; heapMB: number }>('memory');
    log(`[${label}] server (pid ${server.pid}) at ${url}, ${Math.round((await memory()).rssMB)} MB RSS; joining ${config.clients} clients…`);

    const joinStarted = performance.now();
    for (let w = 0; w < config.workers; w++) {
      const worker = spawnIpcChild(`load worker ${w + 1}`, 'bench/suites/room/load-worker.ts');
      children.add(worker);
      workers.push(worker);
    }
    // Memory per client is growth from a warm instance (room made, hall loaded, code compiled, a
    // tenth of the clients in) to a full one, so the one-off costs of the first join are not counted.
    const shares = split(config.clients, config.workers);
    const warmShares = shares.map((share) => Math.max(1, Math.floor(share / 10)));
    const decodingShares = split(config.sample, config.workers);
    const joinAll = (stage: 'warm' | 'rest') => {
      let firstIndex = stage === 'warm' ? 0 : sum(warmShares, (n) => n);
      return Promise.all(
        workers.map((worker, w) => {
          const clients = stage === 'warm' ? warmShares[w]! : shares[w]! - warmShares[w]!;
          const request: JoinRequest = {
            url,
            hallId: config.hallId,
            prefix: 'Bench ',
            firstIndex,
            clients,
            decoding: stage === 'warm' ? 0 : Math.min(clients, decodingShares[w]!),
            seed: config.seed + w * 7919 + (aoi ? 0 : 1),
            moveHz: config.moveHz,
            runSpeed: config.runSpeed,
            walkSpeed: config.walkSpeed,
            joinConcurrency: config.joinConcurrency,
          };
          firstIndex += clients;
          return worker.request<{ joined: number; roomIds: string[] }>('join', request, 600_000);
        }),
      );
    };
    await joinAll('warm');
    const warmClients = sum(warmShares, (n) => n);
    const warm = await memory();
    const joined = await joinAll('rest');
    const joinS = round((performance.now() - joinStarted) / 1000, 1);
    log(`[${label}] ${joined.reduce((s, j) => s + j.joined, 0)} clients joined in ${joinS} s; spreading out for ${config.spreadS} s…`);
    await new Promise((done) => setTimeout(done, config.spreadS * 1000));

    const full = await memory();
    await server.request('resetMetrics');
    const usage = new ProcessUsageWatch(server.pid);
    await Promise.all(workers.map((w) => w.request('measure', { walkSpeed: config.walkSpeed })));
    await new Promise((done) => setTimeout(done, config.seconds * 1000));
    const reports = await Promise.all(workers.map((w) => w.request<WorkerReport>('report')));
    const serverUsage: ProcessUsage = usage.stop();
    const ticks = await server.request<{ ticks: number; p50Ms: number; p95Ms: number; maxMs: number }>('metrics');

    const clients = sum(reports, (r) => r.clients);
    const decoding = sum(reports, (r) => r.decoding);
    const windowS = Math.max(...reports.map((r) => r.windowMs)) / 1000;
    const latencies = reports.flatMap((r) => r.latenciesMs);
    const report: ModeReport = {
      aoi,
      clients,
      placed: sum(reports, (r) => r.placed),
      instances: new Set(reports.flatMap((r) => r.roomIds)).size,
      downBytesPerClientPerSec: Math.round(sum(reports, (r) => r.bytes) / clients / windowS),
      decodingDownBytesPerClientPerSec: decoding > 0 ? Math.round(sum(reports, (r) => r.decodingBytes) / decoding / windowS) : 0,
      tickP50Ms: round(ticks.p50Ms, 2),
      tickP95Ms: round(ticks.p95Ms, 2),
      tickMaxMs: round(ticks.maxMs, 2),
      ticks: ticks.ticks,
      latencyP50Ms: round(percentile(latencies, 0.5), 1),
      latencyP95Ms: round(percentile(latencies, 0.95), 1),
      latencySamples: latencies.length,
      movesPerSec: Math.round(sum(reports, (r) => r.movesSent) / windowS),
      visibleMean: round(sum(reports, (r) => r.visibleMean * r.decoding) / Math.max(1, decoding), 1),
      dropped: sum(reports, (r) => r.dropped),
      joinRetries: sum(reports, (r) => r.joinRetries),
      joinS,
      serverCpuPct: serverUsage.cpuPct,
      serverRssMB: serverUsage.rssPeakMb,
      rssWarmMB: round(warm.rssMB, 1),
      rssFullMB: round(full.rssMB, 1),
      rssPerClientKB: clients > warmClients ? round(((full.rssMB - warm.rssMB) * 1024) / (clients - warmClients), 1) : null,
      heapPerClientKB: clients > warmClients ? round(((full.heapMB - warm.heapMB) * 1024) / (clients - warmClients), 1) : null,
      windowS: round(windowS, 1),
    };
    log(
      `[${label}] ${report.downBytesPerClientPerSec} B/client/s down (decoding clients ${report.decodingDownBytesPerClientPerSec}); ` +
        `tick p50 ${report.tickP50Ms} / p95 ${report.tickP95Ms} / max ${report.tickMaxMs} ms over ${report.ticks} ticks; ` +
        `latency p50 ${report.latencyP50Ms} / p95 ${report.latencyP95Ms} ms (${report.latencySamples} samples); ` +
        `${report.visibleMean} avatars seen per decoding client; ${report.movesPerSec} moves/s; ` +
        `server ${report.serverCpuPct ?? '?'}% CPU, ${report.serverRssMB ?? '?'} MB RSS (${report.rssPerClientKB ?? '?'} KB RSS and ${report.heapPerClientKB ?? '?'} KB heap per client; RSS ${report.rssWarmMB} → ${report.rssFullMB} MB after GC); ` +
        `${report.instances} instance(s), ${report.placed}/${report.clients} placed, ${report.dropped} dropped, ${report.joinRetries} join retries`,
    );
    return report;
  } finally {
    await Promise.all(workers.map((w) => w.request('leave', undefined, 30_000).catch(() => undefined)));
    await Promise.all(workers.map((w) => w.stop()));
    await server.stop();
    for (const c of [server, ...workers]) children.delete(c);
  }
}

/** `total` split into `parts` near-equal whole shares, larger ones first. */
function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((s, item) => s + value(item), 0);
}
