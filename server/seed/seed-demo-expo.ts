import type { Store } from '../store';
import { buildDemoExpo, DEMO_SEED } from './demo-expo';

export interface SeedReport {
  expoId: string;
  categories: number;
  halls: number;
  exhibitors: number;
  products: number;
  boothDesigns: number;
  events: number;
  /** Wall time of building and inserting, in milliseconds. */
  ms: number;
}

/**
 * Inserts the demo fair into `store` in one transaction. Fails (and writes nothing) if any of its
 * rows already exist; use `seedIfEmpty` at startup.
 */
export async function seedDemoExpo(store: Store, seed: number = DEMO_SEED): Promise<SeedReport> {
  const started = performance.now();
  const fair = buildDemoExpo(seed);
  await store.transaction(async (tx) => {
    await tx.expos.insert(fair.expo);
    for (const category of fair.categories) await tx.categories.insert(category);
    for (const [i, hall] of fair.halls.entries()) await tx.halls.insert(fair.expo.id, hall, i + 1);
    for (const exhibitor of fair.exhibitors) await tx.exhibitors.insert(exhibitor);
    const positions = new Map<string, number>();
    for (const product of fair.products) {
      const position = (positions.get(product.exhibitorId) ?? 0) + 1;
      positions.set(product.exhibitorId, position);
      await tx.products.insert(product, position);
    }
    for (const booth of fair.boothDesigns) await tx.boothDesigns.insert(booth.design, { hallId: booth.hallId, slotId: booth.slotId });
    for (const event of fair.events) await tx.events.insert(event);
  });
  return {
    expoId: fair.expo.id,
    categories: fair.categories.length,
    halls: fair.halls.length,
    exhibitors: fair.exhibitors.length,
    products: fair.products.length,
    boothDesigns: fair.boothDesigns.length,
    events: fair.events.length,
    ms: Math.round(performance.now() - started),
  };
}

/** Seeds the demo fair on first start (an empty store); returns null when there was data already. */
export async function seedIfEmpty(store: Store, seed: number = DEMO_SEED): Promise<SeedReport | null> {
  if (!(await store.isEmpty())) return null;
  return seedDemoExpo(store, seed);
}
