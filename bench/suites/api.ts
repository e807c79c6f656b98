import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ProductPage, type HallView } from '../../model';
import { spawnChildServer, waitUntilAnswering, type ChildServer } from '../support/child-server';
import { onInterrupt } from '../support/interrupt';
import { round } from '../support/load-run';
import { SeededRandom as BenchRandom } from '../../server';
import { checkBudgets, formatBudgetLine, readApiBenchConfig, type ApiBenchConfig } from './api/api-bench-config';
import { BeaconTally, beaconRequests, productPageRequests, SEARCH_QUERIES, searchRequests } from './api/api-load-requests';
import { fetchExact, probeBeacons, probeSearch, type ExactResponse } from './api/api-probes';
import type { BeaconTargets } from './api/beacon-batch';
import { buildBenchStore, countStoredEvents } from './api/bench-store';
import { measuredRun, type RunReport } from './api/measured-run';
import type { BenchSuite } from './index';

const HALL_PATH = '/api/halls/hall-1';
/** High enough that the benchmark's one loopback client is never limited. */
const BEACON_RATE_LIMIT = '1000000000';

/**
 * `npm run bench -- api [--duration s] [--warmup s] [--connections n] [--products n]`: the HTTP
 * API on loopback under autocannon, with the demo fair plus 10,000 generated products. The real
 * server and a bare `node:http` server that serves the same hall bytes run in child processes; the
 * load comes from this process. See `api/api-bench-config.ts` for the settings and budgets.
 */
export const apiSuite: BenchSuite = {
  describe: 'HTTP API on loopback (autocannon): hall vs bare node:http, product pages, search, beacons',
  async run(log) {
    const config = readApiBenchConfig(process.argv.slice(3), process.env);
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-api-'));
    const servers: ChildServer[] = [];
    // One cleanup, however many callers (an interrupt, then the failing run's `finally`) wait for it.
    let cleaning: Promise<void> | undefined;
    const cleanup = () =>
      (cleaning ??= (async () => {
        await Promise.all(servers.map((s) => s.stop()));
        rmSync(dataDir, { recursive: true, force: true });
      })());
    const stopListening = onInterrupt(cleanup);
    try {
      return await measureApi(config, dataDir, servers, log);
    } finally {
      stopListening();
      await cleanup();
    }
  },
};

async function measureApi(config: ApiBenchConfig, dataDir: string, servers: ChildServer[], log: (line: string) => void): Promise<Record<string, unknown>> {
  const notes: string[] = [`beacon rate limit lifted for the benchmark (EXPO_BEACON_RATE_LIMIT=${BEACON_RATE_LIMIT})`];
  const loadAtStart = round(loadavg()[0]!, 2);

  // 1. The data, written before the server opens the file.
  log(`building the store: demo fair + ${config.products} generated products…`);
  const store = await buildBenchStore(dataDir, { products: config.products, seed: config.seed });
  log(`  demo fair seeded in ${store.seedMs} ms; ${store.generatedProducts} products (${store.categories} categories, ${store.approvedExhibitors} exhibitors) inserted in ${store.insertMs} ms, one transaction`);

  // 2. The real server, started as `npm run serve` starts it.
  const startedAt = performance.now();
  const real = await spawnChildServer({
    name: 'expo server',
    script: 'server/main.ts',
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, EXPO_BEACON_RATE_LIMIT: BEACON_RATE_LIMIT },
    ready: /serving the demo fair at http:\/\/[^\s/]+:(\d+)/,
  });
  servers.push(real);
  await waitUntilAnswering(`${real.url}/api/health`);
  const serverStartMs = Math.round(performance.now() - startedAt);
  log(`expo server (pid ${real.pid}) answers at ${real.url}, ${serverStartMs} ms after spawn`);

  // 3. The bare server: the real hall response's bytes and headers, nothing else.
  const hall = await fetchExact(`${real.url}${HALL_PATH}`);
  if (hall.status !== 200 || !hall.etag || !/json/.test(hall.contentType)) {
    throw new Error(`GET ${HALL_PATH} answered ${hall.status} (content-type "${hall.contentType}", ETag "${hall.etag}")`);
  }
  const bare = await startBareServer(hall, dataDir);
  servers.push(bare);
  const sameAsReal = (response: ExactResponse) => response.body.equals(hall.body) && response.etag === hall.etag && response.contentType === hall.contentType;
  const bareIdentical = sameAsReal(await fetchExact(`${bare.url}${HALL_PATH}`));
  log(`bare server (pid ${bare.pid}) at ${bare.url}: ${hall.body.length} bytes, ETag ${hall.etag}, identical: ${bareIdentical}`);

  // Real ids for the beacons, and the catalogue as the API counts it.
  const view = JSON.parse(hall.body.toString('utf8')) as HallView;
  const firstPage = ProductPage.parse(await (await fetch(`${real.url}/api/products?pageSize=100`)).json());
  const targets: BeaconTargets = { hallId: view.layout.id, boothIds: view.booths.map((b) => b.design.id), productIds: firstPage.items.map((p) => p.id) };
  log(`catalogue: ${firstPage.total} products listed; beacons name ${targets.boothIds.length} booths and ${targets.productIds.length} products`);

  // Which endpoints exist yet, and what the search queries find.
  const search = await probeSearch(real.url, SEARCH_QUERIES);
  if (search) log(`search: first query ${search.firstQueryMs} ms; totals ${Object.entries(search.totals).map(([q, n]) => `${q} ${n}`).join(' · ')}`);
  else notes.push('GET /api/search answered 404: search not measured');
  const tally = new BeaconTally();
  const beaconStatus = await probeBeacons(real.url, targets, config.beaconBatchSize, new BenchRandom(config.seed + 1), tally);
  if (beaconStatus !== 200) notes.push(`POST /api/beacons answered ${beaconStatus}: beacons not measured`);

  // 4. The runs, one after another.
  const run = (label: string, server: ChildServer, url: string, extra: Partial<Parameters<typeof measuredRun>[0]> = {}) =>
    measuredRun({ label, url, server, config, log, ...extra });
  const hallRun = await run('hall (real)', real, `${real.url}${HALL_PATH}`, { check: async () => sameAsReal(await fetchExact(`${real.url}${HALL_PATH}`)) });
  const bareRun = await run('hall (bare)', bare, `${bare.url}${HALL_PATH}`);
  const productsRun = await run('products page', real, real.url, { requests: productPageRequests(config.productPages) });
  const searchRun = search ? await run('search', real, real.url, { requests: searchRequests(SEARCH_QUERIES) }) : undefined;
  // The same queries one at a time: the latency of search itself, without waiting behind 49 others.
  const searchAloneRun = search ? await run('search 1 conn', real, real.url, { requests: searchRequests(SEARCH_QUERIES), connections: 1 }) : undefined;
  let beaconRun: RunReport | undefined;
  let measuredFrom = { accepted: 0, rejected: 0 };
  if (beaconStatus === 200) {
    const requests = beaconRequests({ targets, batchSize: config.beaconBatchSize, seed: config.seed, tally });
    beaconRun = await run('beacons', real, real.url, { requests, onMeasureStart: () => (measuredFrom = { accepted: tally.accepted, rejected: tally.rejected }) });
  }
  const hallStillIdentical = sameAsReal(await fetchExact(`${real.url}${HALL_PATH}`));

  // 5. Stop the servers, then count what the beacons stored.
  const serverExitCode = await real.stop();
  await bare.stop();
  const serverLogProblems = real
    .output()
    .split('\n')
    .filter((line) => /error|exception|unhandled|warn/i.test(line));
  const beacons = beaconRun ? beaconTotals(beaconRun, tally, measuredFrom, countStoredEvents(store.databaseFile), config, notes) : undefined;
  notes.push(`autocannon runs in the bench process, the servers in child processes, all on one machine with ${cpus().length} CPUs: they share the cores`);
  const loadAtEnd = round(loadavg()[0]!, 2);
  if (Math.max(loadAtStart, loadAtEnd) > cpus().length) notes.push(`the machine was busy with other work (1-minute load ${loadAtStart} at start, ${loadAtEnd} at end, ${cpus().length} CPUs): numbers are low and noisy`);

  const metrics = {
    hallReqPerSec: hallRun.reqPerSec,
    bareReqPerSec: bareRun.reqPerSec,
    hallVsBareRatio: round(hallRun.reqPerSec / bareRun.reqPerSec, 3),
    productsPageReqPerSec: productsRun.reqPerSec,
    // The budget is the latency of search itself: one query at a time. With 50 connections on one
    // core, p99 measures the queue (50 × a query's CPU time), reported as searchP99MsAt50Connections.
    searchP99Ms: searchAloneRun?.latencyP99Ms ?? null,
    searchReqPerSec: searchRun?.reqPerSec ?? null,
    beaconEventsPerSec: beacons?.eventsPerSec ?? null,
  };
  const runs = { hall: hallRun, bare: bareRun, productsPage: productsRun, search: searchRun ?? null, searchOneConnection: searchAloneRun ?? null, beacons: beaconRun ?? null };
  const hallBodyIdentical = bareIdentical && hallStillIdentical && hallRun.checks?.passed === hallRun.checks?.runs;
  const failedRuns = Object.entries(runs).flatMap(([name, r]) => (r && r.non2xx + r.socketErrors > 0 ? [`${name} ${r.non2xx} non-2xx / ${r.socketErrors} socket errors`] : []));
  log(
    `correctness: ${failedRuns.length === 0 ? 'no non-2xx answers or socket errors' : failedRuns.join(', ')}; hall bytes identical to bare: ${hallBodyIdentical}` +
      (beacons ? `; beacon rows match answers: ${beacons.storedMatches} (${beacons.stored} stored)` : '') +
      `; server log lines naming an error or warning: ${serverLogProblems.length}`,
  );
  const budgets = checkBudgets(metrics);
  log(formatBudgetLine(budgets));

  return {
    ...metrics,
    // Hall / bare in responses per server CPU-second: steadier than req/s when other work shares the machine.
    hallVsBareCpuRatio: hallRun.reqPerServerCpuSecond && bareRun.reqPerServerCpuSecond ? round(hallRun.reqPerServerCpuSecond / bareRun.reqPerServerCpuSecond, 3) : null,
    searchP50Ms: searchAloneRun?.latencyP50Ms ?? null,
    searchP99MsAt50Connections: searchRun?.latencyP99Ms ?? null,
    beaconReqPerSec: beaconRun?.reqPerSec ?? null,
    beaconEventsAccepted: beacons?.accepted ?? null,
    beaconEventsAcceptedAllRuns: beacons ? tally.accepted : null,
    beaconEventsRejected: beacons?.rejected ?? null,
    beaconEventsStored: beacons?.stored ?? null,
    beaconEventsStoredMatch: beacons?.storedMatches ?? null,
    products: firstPage.total,
    productsGenerated: store.generatedProducts,
    insertMs: store.insertMs,
    seedMs: store.seedMs,
    serverStartMs,
    hallBytes: hall.body.length,
    hallBodyIdentical,
    allRunsClean: failedRuns.length === 0,
    searchFirstQueryMs: search?.firstQueryMs ?? null,
    searchTotals: search?.totals ?? null,
    errors: Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, r && { non2xx: r.non2xx, socketErrors: r.socketErrors, timeouts: r.timeouts }])),
    runs,
    serverExitCode,
    serverLogProblemCount: serverLogProblems.length,
    serverLogProblems: [...new Set(serverLogProblems)].slice(0, 10),
    budgets,
    durationS: config.durationS,
    warmupS: config.warmupS,
    connections: config.connections,
    pipelining: config.pipelining,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadAvg1m: { start: loadAtStart, end: loadAtEnd }, node: process.version, platform: process.platform },
    notes,
  };
}

async function startBareServer(hall: ExactResponse, dataDir: string): Promise<ChildServer> {
  const bodyFile = join(dataDir, 'bare-hall-body.json');
  writeFileSync(bodyFile, hall.body);
  const headers: Record<string, string> = { 'Content-Type': hall.contentType, ETag: hall.etag };
  if (hall.cacheControl) headers['Cache-Control'] = hall.cacheControl;
  return spawnChildServer({
    name: 'bare http server',
    script: 'bench/support/bare-http-server.ts',
    env: { BARE_BODY_FILE: bodyFile, BARE_HEADERS: JSON.stringify(headers) },
    ready: /listening on port (\d+)/,
  });
}

/**
 * Events per second from the measured run's answers, and whether the file holds what every answer
 * (probe, warm-up and run) accepted. Requests still in flight when a run stops are committed but
 * their answers are never read, so the file may hold up to one batch per connection per run more.
 */
function beaconTotals(run: RunReport, tally: BeaconTally, measuredFrom: { accepted: number; rejected: number }, stored: number, config: ApiBenchConfig, notes: string[]) {
  const accepted = tally.accepted - measuredFrom.accepted;
  const rejected = tally.rejected - measuredFrom.rejected;
  const unanswered = stored - tally.accepted;
  const unansweredLimit = config.connections * config.pipelining * config.beaconBatchSize * (config.warmupS > 0 ? 2 : 1);
  notes.push(`analytics_events rows minus events accepted in answers: ${unanswered} (batches cut off at the end of a run; at most ${unansweredLimit})`);
  if (tally.unreadable > 0) notes.push(`${tally.unreadable} beacon answers were not a BeaconResult`);
  if (tally.reasons.size > 0) notes.push(`beacon rejections: ${[...tally.reasons].join(' | ')}`);
  return {
    eventsPerSec: Math.round(accepted / run.durationS),
    accepted,
    rejected,
    stored,
    storedMatches: unanswered >= 0 && unanswered <= unansweredLimit,
  };
}
