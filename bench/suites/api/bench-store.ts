import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openStore, seedDemoExpo } from '../../../server';
import { generateCatalogue, type CatalogueOwner } from './generated-catalogue';

export interface BenchStoreReport {
  /** The SQLite file the server will open. */
  databaseFile: string;
  seedMs: number;
  /** Building the generated products in memory. */
  generateMs: number;
  /** Inserting them, in one transaction. */
  insertMs: number;
  demoProducts: number;
  generatedProducts: number;
  approvedExhibitors: number;
  /** Distinct categories the generated products use (all taken from demo products). */
  categories: number;
}

/**
 * Seeds the demo fair into a fresh store in `dataDir` and adds `products` generated products,
 * spread over its approved exhibitors, in one transaction; closes the store before returning.
 */
export async function buildBenchStore(dataDir: string, options: { products: number; seed: number }): Promise<BenchStoreReport> {
  const store = await openStore({ dataDir });
  try {
    const seed = await seedDemoExpo(store);
    const exhibitors = await store.exhibitors.listByExpo(seed.expoId, 'approved');
    const owners: CatalogueOwner[] = [];
    for (const exhibitor of exhibitors) {
      owners.push({
        exhibitorId: exhibitor.id,
        products: await store.products.listByExhibitor(exhibitor.id, { includeDrafts: true }),
        nextPosition: await store.products.nextPosition(exhibitor.id),
      });
    }

    const t0 = performance.now();
    const placed = generateCatalogue({ count: options.products, seed: options.seed, owners });
    const t1 = performance.now();
    await store.transaction(async (tx) => {
      for (const { product, position } of placed) await tx.products.insert(product, position);
    });
    const t2 = performance.now();

    return {
      databaseFile: store.location,
      seedMs: seed.ms,
      generateMs: Math.round(t1 - t0),
      insertMs: Math.round(t2 - t1),
      demoProducts: seed.products,
      generatedProducts: placed.length,
      approvedExhibitors: exhibitors.length,
      categories: new Set(placed.map((p) => p.product.category)).size,
    };
  } finally {
    await store.close();
  }
}

/**
 * Rows in `analytics_events`, read from the SQLite file with a read-only connection. Call it after
 * the server has stopped, so every committed beacon is in the file.
 */
export function countStoredEvents(databaseFile: string): number {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM analytics_events').get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
