import { ApiErrorBody, ConflictBody, type Validation } from '../../model';

/** How a publish ended. `offline`: the request never reached the server; try again later. */
export type PublishResult =
  | { kind: 'published'; revision: number; document: unknown }
  | { kind: 'conflict'; theirs: unknown; revision: number; message: string }
  | { kind: 'offline' }
  | { kind: 'invalid'; problems: string[] }
  /** The server refused for another reason (signed out, forbidden, broken): shown, not retried. */
  | { kind: 'failed'; status: number; message: string };

export interface PublishRequest {
  /** `/api/booths/<id>` or `/api/halls/<id>/layout`. */
  url: string;
  /** The JSON body, already carrying the base revision where the route wants it. */
  body: unknown;
  /** The revision the draft was based on (for messages; the body carries it to the server). */
  baseRevision: number;
  /** A bearer token; without one the session cookie is used. */
  token?: string;
  /** The model schema check, run before anything is sent. */
  validate?: (body: unknown) => Validation<unknown>;
  /** Injected for tests; the page's `fetch` otherwise. */
  fetch?: typeof fetch;
}

/**
 * PUTs a document with optimistic concurrency: a 409 comes back as `conflict` with the server's
 * current document and revision (never retried blindly: the caller decides), a network failure
 * as `offline`, a 400/422 with the server's problems as `invalid`.
 */
export async function publishDocument(request: PublishRequest): Promise<PublishResult> {
  if (request.validate) {
    const checked = request.validate(request.body);
    if (!checked.ok) return { kind: 'invalid', problems: checked.errors };
  }
  const doFetch = request.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      body: JSON.stringify(request.body),
      credentials: 'same-origin',
    });
  } catch {
    // fetch rejects only when no answer came: offline, DNS, a dropped connection.
    return { kind: 'offline' };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const revision = (json as { revision?: unknown } | undefined)?.revision;
    if (typeof revision !== 'number') return { kind: 'failed', status: response.status, message: 'the server answered without a revision' };
    return { kind: 'published', revision, document: json };
  }
  if (response.status === 409) {
    const conflict = ConflictBody.safeParse(json);
    if (conflict.success) return { kind: 'conflict', theirs: conflict.data.current.document, revision: conflict.data.current.revision, message: conflict.data.error.message };
  }
  const error = ApiErrorBody.safeParse(json);
  if ((response.status === 400 || response.status === 422) && error.success) {
    return { kind: 'invalid', problems: error.data.error.details?.length ? error.data.error.details : [error.data.error.message] };
  }
  return { kind: 'failed', status: response.status, message: error.success ? error.data.error.message : `HTTP ${response.status}` };
}

export interface PublishWhenOnlineOptions {
  /** Called each time an attempt found no network, with the delay before the next one. */
  onWaiting?: (retryInMs: number) => void;
  signal?: AbortSignal;
  /** First and longest wait between attempts (doubling in between). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Where `online` events are heard (default: `window` when there is one). */
  onlineTarget?: EventTarget;
}

/**
 * Publishes, and while the network is away keeps trying: on the browser's `online` event or after
 * a growing delay, whichever comes first (a lost route or a captive portal keeps `navigator.onLine`
 * true, so the event alone is not enough). Ends with any result other than `offline`, or rejects
 * with the signal's reason when aborted.
 */
export async function publishWhenOnline(request: PublishRequest, options: PublishWhenOnlineOptions = {}): Promise<PublishResult> {
  const min = options.minDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 15_000;
  const target = options.onlineTarget ?? (typeof window !== 'undefined' ? window : undefined);
  let delay = min;
  for (;;) {
    options.signal?.throwIfAborted();
    const result = await publishDocument(request);
    if (result.kind !== 'offline') return result;
    options.onWaiting?.(delay);
    await waitForOnline(delay, target, options.signal);
    delay = Math.min(max, delay * 2);
  }
}

/** Resolves on the next `online` event or after `ms`, whichever is first; rejects when `signal` aborts. */
export function waitForOnline(ms: number, target: EventTarget | undefined, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const done = () => {
      clearTimeout(timer);
      target?.removeEventListener('online', done);
      signal?.removeEventListener('abort', aborted);
      resolve();
    };
    const aborted = () => {
      clearTimeout(timer);
      target?.removeEventListener('online', done);
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    target?.addEventListener('online', done);
    signal?.addEventListener('abort', aborted);
  });
}
