import autocannon from 'autocannon';

/** One autocannon request recipe: a fixed request, or one built afresh by `setupRequest`. */
export type LoadRequest = autocannon.Request;

export interface LoadOptions {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Requests each connection cycles through; defaults to `GET <url>`. */
  requests?: LoadRequest[];
  connections: number;
  pipelining: number;
  durationS: number;
}

/** What one run measured, in the units reports use. */
export interface LoadSummary {
  /** Mean of the per-second request counts (what autocannon prints as Req/Sec). */
  reqPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Responses received during the run. */
  requests: number;
  /** Seconds the run actually lasted. */
  durationS: number;
  non2xx: number;
  /** Socket errors, timeouts included. */
  socketErrors: number;
  timeouts: number;
  /** Response count per status code. */
  statusCodes: Record<string, number>;
}

/** Runs autocannon in this process (the server must be in another) and summarises the result. */
export async function runLoad(options: LoadOptions): Promise<LoadSummary> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: options.pipelining,
    duration: options.durationS,
    ...(options.requests ? { requests: options.requests } : {}),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats.count ?? 0;
  return {
    reqPerSec: round(result.requests.average, 1),
    latencyP50Ms: round(result.latency.p50, 2),
    latencyP99Ms: round(result.latency.p99, 2),
    latencyMaxMs: round(result.latency.max, 2),
    requests: result.requests.total,
    durationS: result.duration,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

export function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
