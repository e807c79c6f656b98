import { afterAll, describe, expect, it } from 'vitest';
import type { Exhibitor } from '../../model';
import type { DataChange } from './database';
import { openStore, type Store } from './open-store';
import { createPostgresDatabase, describeEachStore, POSTGRES_TEST_URL } from './testing/test-stores';

const expo = { id: 'expo-a', name: { 'zh-CN': '测试展', en: 'Test Expo' }, startsAt: '2026-01-01T09:00:00+08:00', endsAt: '2026-01-02T17:00:00+08:00' };
const exhibitor = (id: string): Exhibitor => ({
  version: 1,
  id,
  expoId: 'expo-a',
  name: { 'zh-CN': '测试公司', en: 'Test Co.' },
  description: { 'zh-CN': '测试', en: 'Test' },
  country: 'CN',
  categories: ['testing'],
  status: 'approved',
});

/** Waits (polling, never a fixed sleep) until `check` holds or the deadline passes. */
async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describeEachStore('store change feed', (openFresh) => {
  const owned: Store[] = [];
  afterAll(async () => {
    for (const store of owned) await store.close();
  });

  it('reports each committed row once, a transaction all at once after commit, and nothing for a rollback', async () => {
    const store = await openFresh();
    owned.push(store);
    const seen: (readonly DataChange[] | 'many')[] = [];
    const stop = store.onChange((changes) => seen.push(changes));
    await store.expos.insert(expo);
    await expect(
      store.transaction(async (tx) => {
        await tx.exhibitors.insert(exhibitor('ex-rolled-back'));
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    await store.transaction(async (tx) => {
      await tx.exhibitors.insert(exhibitor('ex-1'));
      await tx.exhibitors.insert(exhibitor('ex-2'));
    });
    stop();
    await store.exhibitors.insert(exhibitor('ex-3'));
    expect(seen).toEqual([
      [{ table: 'expos', id: 'expo-a' }],
      [
        { table: 'exhibitors', id: 'ex-1' },
        { table: 'exhibitors', id: 'ex-2' },
      ],
    ]);
  });
});

describe.runIf(POSTGRES_TEST_URL)('store change feed across processes [postgres]', () => {
  it('tells another store on the same database which rows were written', async () => {
    const { url, drop } = await createPostgresDatabase();
    const writer = await openStore({ dataDir: '.', postgresUrl: url });
    const reader = await openStore({ dataDir: '.', postgresUrl: url });
    try {
      const seen: (readonly DataChange[] | 'many')[] = [];
      reader.onChange((changes) => seen.push(changes));
      const before = reader.dataVersion;
      await writer.expos.insert(expo);
      await writer.exhibitors.insert(exhibitor('ex-remote'));
      await eventually(() => seen.length === 2);
      expect(seen).toEqual([[{ table: 'expos', id: 'expo-a' }], [{ table: 'exhibitors', id: 'ex-remote' }]]);
      expect(reader.dataVersion).toBe(before + 2);
      // A write too large for one notification arrives as "many".
      await writer.transaction(async (tx) => {
        for (let i = 0; i < 200; i++) await tx.exhibitors.insert(exhibitor(`ex-bulk-${String(i).padStart(3, '0')}`));
      });
      await eventually(() => seen.length === 3);
      expect(seen[2]).toBe('many');
    } finally {
      await writer.close();
      await reader.close();
      await drop();
    }
  });
});
