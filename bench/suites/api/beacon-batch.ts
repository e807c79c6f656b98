import type { AnalyticsEvent } from '../../../model';
import type { SeededRandom as BenchRandom } from '../../../server';

/** Real ids of one hall, so the server stores (and aggregates) every event it receives. */
export interface BeaconTargets {
  hallId: string;
  boothIds: readonly string[];
  productIds: readonly string[];
}

const VISITOR_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A pseudonymous visitor id as browsers make them: 8–64 of `[A-Za-z0-9_-]`. */
export function randomVisitorId(random: BenchRandom): string {
  const length = random.int(8, 64);
  let id = '';
  for (let i = 0; i < length; i++) id += VISITOR_ID_ALPHABET[random.int(0, VISITOR_ID_ALPHABET.length - 1)];
  return id;
}

/**
 * What one visitor's browser sends in one beacon: a walk past booths — enter, look at a product
 * or two, leave with the time spent — cut to exactly `size` events, all stamped `now`.
 */
export function makeBeaconBatch(random: BenchRandom, targets: BeaconTargets, size: number, now: number): AnalyticsEvent[] {
  if (targets.boothIds.length === 0 || targets.productIds.length === 0) throw new Error('makeBeaconBatch: needs booth and product ids');
  const visitorId = randomVisitorId(random);
  const base = { v: 1 as const, visitorId, at: now, hallId: targets.hallId };
  const events: AnalyticsEvent[] = [];
  while (events.length < size) {
    const boothId = random.pick(targets.boothIds);
    events.push({ ...base, type: 'booth_enter', boothId });
    const views = random.int(1, 3);
    for (let i = 0; i < views; i++) events.push({ ...base, type: 'product_view', productId: random.pick(targets.productIds), boothId });
    events.push({ ...base, type: 'booth_leave', boothId, dwellMs: random.int(2_000, 180_000) });
  }
  return events.slice(0, size);
}
