import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentError, type Category, type Exhibitor } from '../../model';
import { seedIfEmpty } from '../seed';
import { migrationProvider } from './migrations';
import { openStore, type Store } from './open-store';
import { describeEachStore } from './testing/test-stores';

const dirs: string[] = [];
const stores: Store[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-store-'));
  dirs.push(dir);
  return dir;
}

async function open(dataDir: string): Promise<Store> {
  const store = await openStore({ dataDir });
  stores.push(store);
  return store;
}

afterAll(async () => {
  for (const store of stores) await store.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const exhibitor = (overrides: Partial<Exhibitor> = {}): Exhibitor => ({
  version: 1,
  id: 'ex-test',
  expoId: 'expo-a',
  name: { 'zh-CN': '测试科技有限公司', en: 'Test Technology Co., Ltd.' },
  description: { 'zh-CN': '测试', en: 'Test' },
  country: 'CN',
  categories: ['testing'],
  status: 'approved',
  ...overrides,
});

const expoA = { id: 'expo-a', name: { 'zh-CN': '测试展', en: 'Test Expo' }, startsAt: '2026-01-01T09:00:00+08:00', endsAt: '2026-01-02T17:00:00+08:00' };

describe('openStore on SQLite', () => {
  it('creates the data folder and the SQLite file, migrates, and sets WAL, NORMAL sync and foreign keys', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const store = await open(dataDir);
    expect(store.dialect).toBe('sqlite');
    expect(store.location).toBe(path.join(dataDir, 'expo.sqlite'));
    expect(fs.existsSync(store.location)).toBe(true);
    expect(await store.isEmpty()).toBe(true);

    const migrations = await new Migrator({ db: store.db, provider: migrationProvider('sqlite') }).getMigrations();
    expect(migrations.map((m) => [m.name, m.executedAt instanceof Date])).toEqual([
      ['0001-initial', true],
      ['0002-accounts-uploads-analytics', true],
      ['0003-listing-indexes', true],
    ]);

    const pragma = async (name: 'journal_mode' | 'synchronous' | 'foreign_keys') =>
      Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(1); // NORMAL
    expect(await pragma('foreign_keys')).toBe(1);
  });

  it('seeds on first start only; a second start reuses the file', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    const report = await seedIfEmpty(first);
    expect(report).not.toBeNull();
    expect(report!.exhibitors).toBeGreaterThanOrEqual(60);
    expect(await first.isEmpty()).toBe(false);
    const hallsBefore = await first.halls.list();
    const ex1 = await first.exhibitors.get('ex-001');
    await first.close();

    const second = await open(dataDir);
    expect(await second.isEmpty()).toBe(false);
    expect(await seedIfEmpty(second)).toBeNull();
    expect(await second.halls.list()).toEqual(hallsBefore);
    expect(await second.exhibitors.get('ex-001')).toEqual(ex1);
    const products = await second.products.page({ offset: 0, limit: 1 });
    expect(products.total).toBe(report!.products);
    expect(await second.halls.findLayout('hall-1')).toEqual(hallsBefore[0]!.layout);
    expect(await second.halls.findLayout('no-such-hall')).toBeUndefined();
  });
});

describeEachStore('store', (openFresh) => {
  const owned: Store[] = [];
  const fresh = async () => {
    const store = await openFresh();
    owned.push(store);
    return store;
  };
  afterAll(async () => {
    for (const store of owned) await store.close();
  });

  it('validates documents before writing and writes nothing that fails', async () => {
    const store = await fresh();
    await store.expos.insert(expoA);
    const bad = exhibitor({ country: 'China' as never });
    await expect(store.exhibitors.insert(bad)).rejects.toThrow(DocumentError);
    await expect(store.exhibitors.insert(bad)).rejects.toThrow(/country: must be a two-letter country code/);
    expect(await store.exhibitors.get('ex-test')).toBeUndefined();
  });

  it('enforces foreign keys', async () => {
    const store = await fresh();
    await expect(store.exhibitors.insert(exhibitor({ expoId: 'no-such-expo' }))).rejects.toThrow(/FOREIGN KEY|foreign key/);
  });

  it('validates documents read back, naming the row', async () => {
    const store = await fresh();
    await store.expos.insert(expoA);
    await store.exhibitors.insert(exhibitor());
    await store.db.updateTable('exhibitors').set({ doc: JSON.stringify({ ...exhibitor(), categories: [] }) }).where('id', '=', 'ex-test').execute();
    await expect(store.exhibitors.get('ex-test')).rejects.toThrow(/exhibitors\/ex-test: categories/);
    await store.db.updateTable('exhibitors').set({ doc: '{not json' }).where('id', '=', 'ex-test').execute();
    await expect(store.exhibitors.get('ex-test')).rejects.toThrow(/stored JSON does not parse/);
    await store.db.updateTable('exhibitors').set({ doc: JSON.stringify({ ...exhibitor(), version: 99 }) }).where('id', '=', 'ex-test').execute();
    await expect(store.exhibitors.get('ex-test')).rejects.toThrow(/newer than this build supports/);
  });

  it('rolls a transaction back as a whole and moves dataVersion only on commit', async () => {
    const store = await fresh();
    const before = store.dataVersion;
    await expect(
      store.transaction(async (tx) => {
        await tx.expos.insert(expoA);
        await tx.exhibitors.insert(exhibitor({ country: 'nope' as never }));
      }),
    ).rejects.toThrow(DocumentError);
    expect(await store.isEmpty()).toBe(true);
    expect(store.dataVersion).toBe(before);

    await store.transaction(async (tx) => {
      await tx.expos.insert(expoA);
      await tx.exhibitors.insert(exhibitor());
    });
    expect(store.dataVersion).toBe(before + 1);
    await store.exhibitors.insert(exhibitor({ id: 'ex-other' }));
    expect(store.dataVersion).toBe(before + 2);
  });

  it('keeps each expo’s categories apart and needs a category’s parent in the same expo', async () => {
    const store = await fresh();
    const expoB = { ...expoA, id: 'expo-b' };
    await store.expos.insert(expoA);
    await store.expos.insert(expoB);
    const category = (overrides: Partial<Category> = {}): Category => ({
      version: 1,
      id: 'robotics',
      expoId: 'expo-a',
      name: { 'zh-CN': '机器人', en: 'Robotics' },
      ...overrides,
    });
    const cobots = category({ id: 'collaborative-robots', parentId: 'robotics', name: { 'zh-CN': '协作机器人', en: 'Collaborative robots' } });

    await expect(store.categories.insert(cobots)).rejects.toThrow(/FOREIGN KEY|foreign key/);
    await store.categories.insert(category());
    await store.categories.insert(cobots);
    // The same slug in another expo is another category; its parent must be there too.
    await expect(store.categories.insert({ ...cobots, expoId: 'expo-b' })).rejects.toThrow(/FOREIGN KEY|foreign key/);
    await store.categories.insert(category({ expoId: 'expo-b', name: { 'zh-CN': '机器人展区', en: 'Robot zone' } }));
    await expect(store.categories.insert(category())).rejects.toThrow(/UNIQUE|duplicate key/);
    await expect(store.categories.insert(category({ id: 'Robots' }))).rejects.toThrow(/id: must be lowercase/);

    expect(await store.categories.get('expo-a', 'collaborative-robots')).toEqual(cobots);
    expect((await store.categories.get('expo-b', 'robotics'))?.name.en).toBe('Robot zone');
    expect(await store.categories.get('expo-b', 'collaborative-robots')).toBeUndefined();
    expect((await store.categories.list('expo-a')).map((c) => c.id)).toEqual(['collaborative-robots', 'robotics']);
    expect((await store.categories.list()).map((c) => `${c.expoId}/${c.id}`)).toEqual(['expo-a/collaborative-robots', 'expo-a/robotics', 'expo-b/robotics']);

    await store.db.updateTable('categories').set({ doc: JSON.stringify({ ...cobots, name: { en: 'Cobots' } }) }).where('id', '=', 'collaborative-robots').execute();
    await expect(store.categories.list('expo-a')).rejects.toThrow(/categories\/expo-a\/collaborative-robots: name\.zh-CN/);
  });

  it('refuses a booth design that does not fit its template', async () => {
    const store = await fresh();
    await store.expos.insert(expoA);
    await store.exhibitors.insert(exhibitor());
    const design = {
      version: 1 as const,
      id: 'booth-ex-test',
      exhibitorId: 'ex-test',
      templateId: 'inline-3x3',
      revision: 1,
      fasciaName: { 'zh-CN': '测试', en: 'Test' },
      theme: { primaryColor: '#112233', accentColor: '#445566', wallMaterial: 'paint' as const },
      items: [{ id: 'plant-1', kind: 'plant' as const, x: 5, y: 0, z: 0, yaw: 0, scale: 1 }],
    };
    await expect(store.boothDesigns.insert(design, null)).rejects.toThrow(/items\[0\]\.x: item is 3\.50 m outside the booth footprint/);
    await expect(store.boothDesigns.insert({ ...design, templateId: 'no-such-template' }, null)).rejects.toThrow(/no booth template "no-such-template"/);
    await store.boothDesigns.insert({ ...design, items: [{ ...design.items[0]!, x: 1 }] }, null);
    expect((await store.boothDesigns.listByExhibitor('ex-test')).map((d) => d.id)).toEqual(['booth-ex-test']);
  });
});
