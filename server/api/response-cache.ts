import { etagOf } from './send-json';

/** A response body serialized once, with the strong ETag that names it. */
export interface CachedBody {
  body: Buffer;
  etag: string;
}

/**
 * Serialized JSON responses, kept until the store's data version moves on. Concurrent misses for
 * one key share one build. Only found resources are cached, so unknown ids cannot fill it.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { version: number; pending: Promise<CachedBody | undefined> }>();

  constructor(private readonly currentVersion: () => number) {}

  /** The cached body for `key`, or `build()`'s result serialized; `undefined` when build finds nothing. */
  get(key: string, build: () => Promise<unknown>): Promise<CachedBody | undefined> {
    const version = this.currentVersion();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.pending;

    const pending = build().then((value) => (value === undefined ? undefined : serialize(value)));
    this.entries.set(key, { version, pending });
    // A miss or a failure is not kept: the next request tries again.
    pending.then(
      (result) => {
        if (result === undefined && this.entries.get(key)?.pending === pending) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key)?.pending === pending) this.entries.delete(key);
      },
    );
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}

export function serialize(value: unknown): CachedBody {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: etagOf(body) };
}
