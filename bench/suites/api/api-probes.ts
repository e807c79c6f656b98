import type { SeededRandom as BenchRandom } from '../../../server';
import { searchPath, type BeaconTally } from './api-load-requests';
import { makeBeaconBatch, type BeaconTargets } from './beacon-batch';

/** One response as bytes, with the headers the bare server copies. */
export interface ExactResponse {
  status: number;
  body: Buffer;
  etag: string;
  contentType: string;
  cacheControl: string;
}

export async function fetchExact(url: string): Promise<ExactResponse> {
  const response = await fetch(url);
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    etag: response.headers.get('etag') ?? '',
    contentType: response.headers.get('content-type') ?? '',
    cacheControl: response.headers.get('cache-control') ?? '',
  };
}

/** What the search queries find before any load, and how long the very first search took. */
export interface SearchProbe {
  /** `total` per query, or the status when it failed: a query that finds nothing would measure the cheap path. */
  totals: Record<string, number | string>;
  /** The first search after start: includes building the index when the server builds it lazily. */
  firstQueryMs: number;
}

/** Runs each query once; undefined when there is no search endpoint (404). */
export async function probeSearch(baseUrl: string, queries: readonly string[]): Promise<SearchProbe | undefined> {
  const totals: Record<string, number | string> = {};
  let firstQueryMs = 0;
  for (const query of queries) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${searchPath(query)}`);
    const body = (await response.json().catch(() => undefined)) as { total?: unknown } | undefined;
    if (Object.keys(totals).length === 0) {
      if (response.status === 404) return undefined;
      firstQueryMs = Math.round(performance.now() - started);
    }
    totals[query] = response.ok && typeof body?.total === 'number' ? body.total : `HTTP ${response.status}`;
  }
  return { totals, firstQueryMs };
}

/** Sends one beacon batch and adds its answer to `tally`; the status says whether the endpoint exists. */
export async function probeBeacons(baseUrl: string, targets: BeaconTargets, batchSize: number, random: BenchRandom, tally: BeaconTally): Promise<number> {
  const events = makeBeaconBatch(random, targets, batchSize, Date.now());
  const response = await fetch(`${baseUrl}/api/beacons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  tally.record(response.status, await response.text());
  return response.status;
}
