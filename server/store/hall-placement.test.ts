import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedDemoExpo } from '../seed';
import type { Store } from './open-store';
import { describeEachStore } from './testing/test-stores';

/** The repository methods the hall layout editor's create and publish use. */
describeEachStore('hall creation and booth placement', (openFresh) => {
  let store: Store;
  beforeEach(async () => {
    store = await openFresh();
    await seedDemoExpo(store);
  });
  afterEach(() => store.close());

  it('numbers a new hall after the last one and tells taken ids', async () => {
    const halls = await store.halls.list();
    expect(await store.halls.nextPosition()).toBe(halls.length + 1);
    expect(await store.halls.exists('hall-1')).toBe(true);
    expect(await store.halls.exists('hall-99')).toBe(false);
    const layout = { ...halls[0]!.layout, id: 'hall-99' };
    await store.halls.insert('demo-expo', layout, await store.halls.nextPosition());
    expect((await store.halls.list()).at(-1)!.layout.id).toBe('hall-99');
    expect(await store.halls.nextPosition()).toBe(halls.length + 2);
  });

  it('moves a design off its slot and onto another, inside a transaction, and lists designs with where they stand', async () => {
    expect(await store.boothDesigns.exists('booth-ex-001')).toBe(true);
    expect(await store.boothDesigns.exists('booth-nobody')).toBe(false);
    const before = await store.boothDesigns.listWithPlacement(['ex-001', 'ex-002', 'ex-001']);
    expect(before.map((d) => [d.design.id, d.placement?.hallId])).toEqual([
      ['booth-ex-001', 'hall-1'],
      ['booth-ex-002', 'hall-1'],
    ]);
    const version = store.dataVersion;
    await store.transaction(async (tx) => {
      await tx.boothDesigns.setPlacement('booth-ex-001', null);
      await tx.boothDesigns.setPlacement('booth-ex-001', { hallId: 'hall-2', slotId: 'free-slot' });
    });
    expect(await store.boothDesigns.placement('booth-ex-001')).toEqual({ hallId: 'hall-2', slotId: 'free-slot' });
    expect(store.dataVersion).not.toBe(version);
    await store.boothDesigns.setPlacement('booth-ex-001', null);
    expect((await store.boothDesigns.listWithPlacement(['ex-001']))[0]!.placement).toBeNull();
    expect(await store.boothDesigns.listWithPlacement([])).toEqual([]);
  });
});
