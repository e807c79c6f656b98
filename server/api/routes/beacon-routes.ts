import { z } from 'zod';
import { AnalyticsEventSchema, BeaconResult, formatIssues, type AnalyticsEvent } from '../../../model';
import type { ApiContext } from '../api-context';
import { route } from '../route';

/** At most this many events per beacon; the body limit (64 KB) bounds it too. */
export const MAX_EVENTS_PER_BEACON = 100;
const MAX_CLOCK_AHEAD_MS = 24 * 3_600_000;
const MAX_EVENT_AGE_MS = 30 * 24 * 3_600_000;
const BeaconBatch = z.object({ events: z.array(z.unknown()).max(MAX_EVENTS_PER_BEACON, `at most ${MAX_EVENTS_PER_BEACON} events per beacon`) });

/**
 * Ids that beacons may name: booths and products that exist. Rebuilt when the data version moves,
 * so a check is a Set lookup, not a query.
 */
class KnownTargets {
  private version = -1;
  private loading: Promise<void> | undefined;
  booths = new Set<string>();
  products = new Set<string>();

  constructor(private readonly ctx: ApiContext) {}

  async refresh(): Promise<void> {
    if (this.version === this.ctx.store.dataVersion) return;
    this.loading ??= (async () => {
      const version = this.ctx.store.dataVersion;
      this.booths = new Set(await this.ctx.store.boothDesigns.allIds());
      this.products = new Set((await this.ctx.store.db.selectFrom('products').select('id').execute()).map((r) => r.id));
      this.version = version;
    })().finally(() => {
      this.loading = undefined;
    });
    await this.loading;
  }

  problem(event: AnalyticsEvent, now: number): string | undefined {
    // A browser clock may be off, but not by days; older events would land in closed reports.
    if (event.at > now + MAX_CLOCK_AHEAD_MS) return 'at: more than a day in the future';
    if (event.at < now - MAX_EVENT_AGE_MS) return 'at: more than 30 days old';
    if ('boothId' in event && event.boothId && !this.booths.has(event.boothId)) return `boothId: no booth "${event.boothId}"`;
    if ('productId' in event && !this.products.has(event.productId)) return `productId: no product "${event.productId}"`;
    return undefined;
  }
}

/**
 * `POST /api/beacons`: batches from `navigator.sendBeacon` (which sends `text/plain` or the Blob's
 * type, and cannot read the answer). Each event is validated alone: a bad one is dropped and
 * counted, the rest are kept. Answers after the events are committed.
 */
export function beaconRoutes(ctx: ApiContext): void {
  const { router, registry, beacons } = ctx;
  const known = new KnownTargets(ctx);

  router.post('/beacons', ctx.rateLimits.beacons);
  route(
    router,
    registry,
    {
      method: 'post',
      path: '/beacons',
      summary: 'Analytics events from the hall page (≤ 64 KB, ≤ 100 events; invalid events dropped and counted)',
      tag: 'analytics',
      access: 'public',
      body: BeaconBatch,
      bodyLimit: '64kb',
      // navigator.sendBeacon sends a string body as text/plain.
      acceptTextPlain: true,
      success: { schema: BeaconResult },
      errors: [400, 413, 429],
    },
    async ({ body }) => {
      await known.refresh();
      const accepted: AnalyticsEvent[] = [];
      const errors: string[] = [];
      const now = Date.now();
      body.events.forEach((raw, index) => {
        const parsed = AnalyticsEventSchema.safeParse(raw);
        const problem = parsed.success ? known.problem(parsed.data, now) : formatIssues(parsed.error).join('; ');
        if (parsed.success && !problem) accepted.push(parsed.data);
        else if (errors.length < 10) errors.push(`events[${index}]: ${problem}`);
      });
      await beacons.write(accepted);
      const result: BeaconResult = { accepted: accepted.length, rejected: body.events.length - accepted.length, errors };
      return result;
    },
  );
}
