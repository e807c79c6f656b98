import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { boothTemplateForSlot, getHallTemplate } from '../../hall-templates';
import { BoothDesignDocument, CategoryDocument, DocumentError, ExhibitorDocument, HallLayoutDocument, LIMITS, ProductDocument } from '../../model';
import { DATA_TABLES, openStore, type Store } from '../store';
import { CATEGORY_NAMES } from './category-names';
import { buildDemoExpo, DEMO_EXPO_ID, validateDemoExpo } from './demo-expo';
import { MIN_PRODUCTS_PER_EXHIBITOR } from './demo-catalogue';
import { INDUSTRIES } from './industries';
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

describe('demo categories', () => {
  const fair = buildDemoExpo();

  it('names every industry and every product kind’s category, in Chinese and English, and nothing else', () => {
    const slugs = new Set([...INDUSTRIES.map((i) => i.id), ...INDUSTRIES.flatMap((i) => i.products.map((k) => k.category))]);
    const unnamed = [...slugs].filter((slug) => !CATEGORY_NAMES[slug]);
    expect(unnamed, 'add these to server/seed/category-names.ts').toEqual([]);
    expect(Object.keys(CATEGORY_NAMES).filter((slug) => !slugs.has(slug)), 'names no industry or product kind uses').toEqual([]);
    for (const [slug, name] of Object.entries(CATEGORY_NAMES)) {
      expect(name.zh, slug).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(name.en, slug).toMatch(/^[A-Z][A-Za-z &-]+$/);
    }
    // Names are distinct in each language, so a visitor never sees two categories called the same.
    expect(new Set(Object.values(CATEGORY_NAMES).map((n) => n.zh)).size).toBe(slugs.size);
    expect(new Set(Object.values(CATEGORY_NAMES).map((n) => n.en)).size).toBe(slugs.size);
  });

  it('has a Category for every slug a seeded product or exhibitor uses, under the right industry', () => {
    const byId = new Map(fair.categories.map((c) => [c.id, c]));
    expect(byId.size).toBe(fair.categories.length);
    for (const category of fair.categories) {
      expect(CategoryDocument.validate(category).ok, category.id).toBe(true);
      expect(category.expoId).toBe(DEMO_EXPO_ID);
      expect(category.name).toEqual({ 'zh-CN': CATEGORY_NAMES[category.id]!.zh, en: CATEGORY_NAMES[category.id]!.en });
    }
    for (const exhibitor of fair.exhibitors) {
      const [industry, ...productCategories] = exhibitor.categories;
      expect(byId.get(industry!)?.parentId, `${exhibitor.id} industry ${industry}`).toBeUndefined();
      expect(byId.has(industry!), `${exhibitor.id} industry ${industry}`).toBe(true);
      for (const slug of productCategories) expect(byId.get(slug)?.parentId, `${exhibitor.id}: ${slug}`).toBe(industry);
    }
    const industryOf = new Map(fair.exhibitors.map((e) => [e.id, e.categories[0]]));
    for (const product of fair.products) {
      expect(byId.get(product.category)?.parentId, `${product.id}: ${product.category}`).toBe(industryOf.get(product.exhibitorId));
    }
    // Parents are listed before their children, and the default seed uses the whole table.
    const position = new Map(fair.categories.map((c, i) => [c.id, i]));
    for (const c of fair.categories) if (c.parentId) expect(position.get(c.parentId)!).toBeLessThan(position.get(c.id)!);
    expect(fair.categories.filter((c) => !c.parentId)).toHaveLength(INDUSTRIES.length);
    expect(fair.categories).toHaveLength(Object.keys(CATEGORY_NAMES).length);
  });

  it('refuses a fair whose products use a category it does not name', () => {
    const withoutCnc = { ...fair, categories: fair.categories.filter((c) => c.id !== 'cnc-machines') };
    expect(() => validateDemoExpo(withoutCnc)).toThrow(DocumentError);
    expect(() => validateDemoExpo(withoutCnc)).toThrow(/: no category "cnc-machines" \(name it in server\/seed\/category-names\.ts\)/);
    const orphan = { ...fair, categories: fair.categories.filter((c) => c.id !== 'robotics') };
    expect(() => validateDemoExpo(orphan)).toThrow(/categories\/industrial-robots: parentId: no category "robotics"/);
  });
});

describe('seedDemoExpo', () => {
  it('writes identical rows for the same seed into two fresh databases', async () => {
    const [a, b] = await Promise.all([seededStore(), seededStore()]);
    const rowsA = await dump(a);
    expect(rowsA.exhibitors!.length).toBeGreaterThanOrEqual(60);
    expect(rowsA.products!.length).toBeGreaterThanOrEqual(60 * 8);
    expect(rowsA.categories!.length).toBe(Object.keys(CATEGORY_NAMES).length);
    expect(await dump(b)).toEqual(rowsA);
  });

  it('writes nothing when the fair is already there', async () => {
    const store = await seededStore();
    const before = await dump(store);
    await expect(seedDemoExpo(store)).rejects.toThrow(/UNIQUE/);
    expect(await dump(store)).toEqual(before);
  });
});
