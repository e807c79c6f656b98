import { AnalyticsEventSchema, type AnalyticsEvent } from '../model';

/** How the beacon batches: sizes and times in one place. */
export const BEACON_LIMITS = {
  /** A queued event waits at most this long before it is sent. */
  flushIntervalMs: 10_000,
  /** Events per beacon; a full batch is sent at once. */
  maxEventsPerBeacon: 100,
  /** Events kept while beacons fail; the oldest are dropped beyond it. */
  maxQueued: 1000,
} as const;

export const BEACON_URL = '/api/beacons';
const VISITOR_ID_KEY = 'open-expo.analytics-id';

/** An event as a page reports it; the beacon adds `v`, `visitorId` and `at`. */
export type TrackedEvent = AnalyticsEvent extends infer E ? (E extends AnalyticsEvent ? Omit<E, 'v' | 'visitorId' | 'at'> : never) : never;

/** `navigator.sendBeacon`'s shape: true when the browser took the body to send. */
export type SendBeacon = (url: string, body: Blob) => boolean;

/** Where the beacon listens for the page going away (`window` and `document` in a browser). */
export interface PageLifecycle {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: string };
}

export interface AnalyticsBeaconOptions {
  visitorId: string;
  send?: SendBeacon;
  lifecycle?: PageLifecycle;
  clock?: () => number;
}

/**
 * Queues analytics events and sends them with `navigator.sendBeacon` to `/api/beacons` as
 * `{ events }`: every 10 s, as soon as 100 are queued, and when the page is hidden or left (the
 * last moment a page can be sure to send). At most 100 events go in one beacon. The owner calls
 * `dispose()`, which sends what is left and stops the timer and listeners.
 */
export class AnalyticsBeacon {
  private queue: AnalyticsEvent[] = [];
  /** The browser refused the last beacon: wait for the timer or the page hiding before trying again. */
  private refused = false;
  private readonly send: SendBeacon;
  private readonly clock: () => number;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly detach: () => void;

  constructor(private readonly options: AnalyticsBeaconOptions) {
    this.send = options.send ?? ((url, body) => navigator.sendBeacon(url, body));
    this.clock = options.clock ?? Date.now;
    this.timer = setInterval(() => this.flush(), BEACON_LIMITS.flushIntervalMs);
    const lifecycle = options.lifecycle ?? (typeof window === 'undefined' ? undefined : { window, document });
    if (lifecycle) {
      const onPageHide = () => this.flush();
      const onVisibility = () => {
        if (lifecycle.document.visibilityState === 'hidden') this.flush();
      };
      lifecycle.window.addEventListener('pagehide', onPageHide);
      lifecycle.document.addEventListener('visibilitychange', onVisibility);
      this.detach = () => {
        lifecycle.window.removeEventListener('pagehide', onPageHide);
        lifecycle.document.removeEventListener('visibilitychange', onVisibility);
      };
    } else this.detach = () => undefined;
  }

  /** Events waiting to be sent. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Queues one event (checked with the model's schema: a malformed one is dropped with a warning).
   * While beacons fail the queue keeps the newest `maxQueued` events.
   */
  track(event: TrackedEvent): void {
    const parsed = AnalyticsEventSchema.safeParse({ ...event, v: 1, visitorId: this.options.visitorId, at: Math.round(this.clock()) });
    if (!parsed.success) {
      console.warn('[analytics] dropped a malformed event:', parsed.error.issues[0]?.message);
      return;
    }
    this.queue.push(parsed.data);
    if (this.queue.length > BEACON_LIMITS.maxQueued) this.queue.shift();
    if (this.queue.length >= BEACON_LIMITS.maxEventsPerBeacon && !this.refused) this.flush();
  }

  /** Sends everything queued, 100 events a beacon. What the browser refuses stays queued for the next try. */
  flush(): void {
    while (this.queue.length > 0) {
      const events = this.queue.slice(0, BEACON_LIMITS.maxEventsPerBeacon);
      const body = new Blob([JSON.stringify({ events })], { type: 'application/json' });
      let sent = false;
      try {
        sent = this.send(BEACON_URL, body);
      } catch {
        sent = false;
      }
      this.refused = !sent;
      if (!sent) break;
      this.queue.splice(0, events.length);
    }
  }

  /** Sends what is left, then stops the timer and the page listeners. */
  dispose(): void {
    this.flush();
    clearInterval(this.timer);
    this.detach();
  }
}

/**
 * The pseudonymous id analytics events carry: random, kept in this browser, and nothing else
 * (the guest name of `visitor-identity.ts` is for name tags and is not unique enough).
 */
export function analyticsVisitorId(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string {
  try {
    const stored = storage.getItem(VISITOR_ID_KEY);
    if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
  } catch {
    // Storage may be blocked; a per-page id still groups this visit's events.
  }
  const id = crypto.randomUUID();
  try {
    storage.setItem(VISITOR_ID_KEY, id);
  } catch {
    // As above.
  }
  return id;
}
