import { BeaconResult } from '../../../model';
import type { LoadRequest } from '../../support/load-run';
import { SeededRandom as BenchRandom } from '../../../server';
import { makeBeaconBatch, type BeaconTargets } from './beacon-batch';

/**
 * What visitors type into the search box: Chinese words, English words and phrases, a typo, and
 * the start of a model code (the generated catalogue has `XK-5xxx` codes).
 */
export const SEARCH_QUERIES: readonly string[] = ['智能', '机器人', '数控', 'machine', 'robot arm', 'machne', 'XK-52', '激光切割', 'smartphone', '办公椅', 'packaging', 'cobot'];

/** `GET /api/products?page=1..pages&pageSize=24`, one page after another. */
export function productPageRequests(pages: number): LoadRequest[] {
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: `/api/products?page=${(next++ % pages) + 1}&pageSize=24` }),
    },
  ];
}

export function searchPath(query: string): string {
  return `/api/search?q=${encodeURIComponent(query)}`;
}

/** `GET /api/search?q=…`, rotating through `queries`. */
export function searchRequests(queries: readonly string[]): LoadRequest[] {
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, path: searchPath(queries[next++ % queries.length]!) }),
    },
  ];
}

/** What the beacon answers added up: events the server kept and dropped, and why (first few reasons). */
export class BeaconTally {
  accepted = 0;
  rejected = 0;
  /** 200 answers whose body was not a BeaconResult. */
  unreadable = 0;
  readonly reasons = new Set<string>();

  record(status: number, body: string): void {
    if (status !== 200) return;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const parsed = BeaconResult.safeParse(json);
    if (!parsed.success) {
      this.unreadable++;
      return;
    }
    this.accepted += parsed.data.accepted;
    this.rejected += parsed.data.rejected;
    for (const reason of parsed.data.errors) if (this.reasons.size < 5) this.reasons.add(reason);
  }
}

/**
 * `POST /api/beacons` with a fresh batch of `batchSize` valid events in every request (new
 * visitor, `at` = now), each answer added to `tally`.
 */
export function beaconRequests(options: { targets: BeaconTargets; batchSize: number; seed: number; tally: BeaconTally }): LoadRequest[] {
  const random = new BenchRandom(options.seed);
  return [
    {
      method: 'POST',
      path: '/api/beacons',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ events: makeBeaconBatch(random, options.targets, options.batchSize, Date.now()) }),
      }),
      onResponse: (status, body) => options.tally.record(status, body),
    },
  ];
}
