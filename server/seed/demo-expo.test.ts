import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { boothTemplateForSlot, getHallTemplate } from '../../hall-templates';
import { BoothDesignDocument, ExhibitorDocument, HallLayoutDocument, LIMITS, ProductDocument } from '../../model';
import { DATA_TABLES, openStore, type Store } from '../store';
import { buildDemoExpo, DEMO_EXPO_ID } from './demo-expo';
import { MIN_PRODUCTS_PER_EXHIBITOR } from './demo-catalogue';
import { SeededRandom } from './prng';
import { seedDemoExpo } from './seed-demo-expo';

const modelsDir = fileURLToPath(new URL('../../assets/models/', import.meta.url));
const dirs: string[] = [];
const stores: Store[] = [];

afterAll(async () => {
  for (const store of stores) await store.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function seededStore(seed?: number): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-seed-'));
  dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  stores.push(store);
  await seedDemoExpo(store, seed);
  return store;
}

/** Every row of every data table, in primary-key order. */
async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of DATA_TABLES) {
    out[table] = await store.db.selectFrom(table).selectAll().orderBy('id').execute();
  }
  return out;
}

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('buildDemoExpo', () => {
  const fair = buildDemoExpo();

  it('is deterministic for a seed', () => {
    expect(buildDemoExpo()).toEqual(fair);
    expect(buildDemoExpo(7).exhibitors.map((e) => e.name)).not.toEqual(fair.exhibitors.map((e) => e.name));
  });

  it('makes hall-1 from standard-grid and hall-2 from premium-islands, one exhibitor on every slot', () => {
    expect(fair.halls.map((h) => h.id)).toEqual(['hall-1', 'hall-2']);
    const sources = [getHallTemplate('standard-grid')!, getHallTemplate('premium-islands')!];
    fair.halls.forEach((hall, i) => {
      expect(HallLayoutDocument.validate(hall).ok).toBe(true);
      expect(hall.slots.map(({ exhibitorId: _, ...slot }) => slot)).toEqual(sources[i]!.slots);
      expect(hall.slots.every((s) => s.exhibitorId)).toBe(true);
    });
    const placed = fair.halls.flatMap((h) => h.slots.map((s) => s.exhibitorId));
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length).toBeGreaterThanOrEqual(60);
    expect(fair.exhibitors.map((e) => e.id).sort()).toEqual([...placed].sort());
  });

  it('gives every exhibitor a distinct bilingual name, a valid profile and at least 8 products', () => {
    const zhNames = new Set(fair.exhibitors.map((e) => e.name['zh-CN']));
    const enNames = new Set(fair.exhibitors.map((e) => e.name.en));
    expect(zhNames.size).toBe(fair.exhibitors.length);
    expect(enNames.size).toBe(fair.exhibitors.length);
    for (const exhibitor of fair.exhibitors) {
      expect(ExhibitorDocument.validate(exhibitor).ok).toBe(true);
      expect(exhibitor.expoId).toBe(DEMO_EXPO_ID);
      expect(exhibitor.name['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(fair.products.filter((p) => p.exhibitorId === exhibitor.id).length).toBeGreaterThanOrEqual(MIN_PRODUCTS_PER_EXHIBITOR);
    }
    const countries = new Set(fair.exhibitors.map((e) => e.country));
    expect(countries.has('CN')).toBe(true);
    expect(countries.size).toBeGreaterThanOrEqual(4);
    expect(new Set(fair.exhibitors.map((e) => e.categories[0])).size).toBe(8);
  });

  it('makes searchable products: Chinese names, specs, model codes, and models that exist', () => {
    for (const product of fair.products) expect(ProductDocument.validate(product).ok).toBe(true);
    expect(fair.products.some((p) => p.name['zh-CN'].includes('智能制造设备'))).toBe(true);
    expect(fair.products.filter((p) => p.name['zh-CN'].includes('智能')).length).toBeGreaterThan(50);
    expect(fair.products.every((p) => p.specs.length > 0 && /^[A-Z]+-\d+$/.test(p.modelCode ?? ''))).toBe(true);
    const withModel = fair.products.filter((p) => p.glbUrl);
    expect(withModel.length / fair.products.length).toBeGreaterThan(0.5);
    for (const url of new Set(withModel.map((p) => p.glbUrl!))) {
      expect(url).toMatch(/^\/assets\/models\/[a-z0-9-]+\.glb$/);
      expect(fs.existsSync(path.join(modelsDir, path.basename(url))), url).toBe(true);
    }
  });

  it('designs every booth on the template for its slot, with the exhibitor’s products on the stands', () => {
    expect(fair.boothDesigns).toHaveLength(fair.exhibitors.length);
    for (const { hallId, slotId, design } of fair.boothDesigns) {
      const slot = fair.halls.find((h) => h.id === hallId)!.slots.find((s) => s.id === slotId)!;
      const template = boothTemplateForSlot(slot)!;
      expect(slot.exhibitorId).toBe(design.exhibitorId);
      expect(design.templateId).toBe(template.id);
      expect(BoothDesignDocument.validate(design).ok).toBe(true);
      expect(design.fasciaName.en.length).toBeLessThanOrEqual(LIMITS.shortText);
      const stands = template.anchors.filter((a) => a.kind === 'stand');
      const standItems = design.items.filter((i) => i.kind === 'product-stand');
      expect(standItems.map((i) => i.anchorId)).toEqual(stands.map((a) => a.id));
      const own = fair.products.filter((p) => p.exhibitorId === design.exhibitorId).map((p) => p.id);
      expect(standItems.map((i) => i.productId)).toEqual(own.slice(0, stands.length));
      const screens = template.anchors.filter((a) => a.kind === 'screen').length;
      expect(design.items.filter((i) => i.kind === 'screen')).toHaveLength(screens);
      expect(design.items.filter((i) => i.kind === 'counter')).toHaveLength(template.anchors.some((a) => a.kind === 'counter') ? 1 : 0);
    }
  });
});

describe('seedDemoExpo', () => {
  it('writes identical rows for the same seed into two fresh databases', async () => {
    const [a, b] = await Promise.all([seededStore(), seededStore()]);
    const rowsA = await dump(a);
    expect(rowsA.exhibitors!.length).toBeGreaterThanOrEqual(60);
    expect(rowsA.products!.length).toBeGreaterThanOrEqual(60 * 8);
    expect(await dump(b)).toEqual(rowsA);
  });

  it('writes nothing when the fair is already there', async () => {
    const store = await seededStore();
    const before = await dump(store);
    await expect(seedDemoExpo(store)).rejects.toThrow(/UNIQUE/);
    expect(await dump(store)).toEqual(before);
  });
});
