import type { AnalyticsEvent } from '../../model';
import type { Store } from '../store';

/**
 * Group commit for analytics beacons: events from every request that arrives while a transaction
 * is being written wait for the next one, so under load one transaction carries many requests'
 * events, and at rest a beacon commits at once. Each request's promise settles when its events
 * are committed (or the transaction failed).
 */
export class BeaconWriter {
  private queue: { events: readonly AnalyticsEvent[]; done: () => void; failed: (error: unknown) => void }[] = [];
  private queued = 0;
  private writing: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    /** Events per transaction at most; a longer queue is written in several. */
    private readonly maxBatch = 5000,
  ) {}

  write(events: readonly AnalyticsEvent[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('beacon writer is closed'));
    if (events.length === 0) return Promise.resolve();
    return new Promise<void>((done, failed) => {
      this.queue.push({ events, done, failed });
      this.queued += events.length;
      this.schedule();
    });
  }

  /** Waits for everything queued so far to be written; later writes are refused. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.writing || this.queue.length > 0) {
      if (!this.writing) this.flush();
      await this.writing;
    }
  }

  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    // Let the requests already parsed in this turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.writing) this.flush();
    });
  }

  private flush(): void {
    const batch: typeof this.queue = [];
    let size = 0;
    while (this.queue.length > 0 && (size === 0 || size + this.queue[0]!.events.length <= this.maxBatch)) {
      const next = this.queue.shift()!;
      batch.push(next);
      size += next.events.length;
    }
    this.queued -= size;
    if (batch.length === 0) return;
    const events = batch.flatMap((entry) => entry.events);
    this.writing = this.store
      .transaction((tx) => tx.analytics.append(events, Date.now()))
      .then(
        () => batch.forEach((entry) => entry.done()),
        (error: unknown) => batch.forEach((entry) => entry.failed(error)),
      )
      .finally(() => {
        this.writing = undefined;
        if (this.queue.length > 0) this.schedule();
      });
  }
}
