import { describe, expect, it } from 'vitest';
import { BoothDesignDocument, type BoothDesign } from '../../model';
import type { Draft, DraftKey, DraftStore } from '../core/draft-store';
import { addItem, setFasciaName } from './booth-commands';
import { BoothEditorSession } from './booth-session';

/**
 * The session against a DraftStore kept in a Map: the same interface as the IndexedDB store, which
 * the browser tests exercise (e2e/booth-draft-stale.test.ts reloads a page with a stale draft).
 * Records are cloned in and out, as IndexedDB's structured clone does.
 */
function memoryDraftStore(): DraftStore & { records: Map<string, Draft<unknown>> } {
  const records = new Map<string, Draft<unknown>>();
  return {
    records,
    get: async <D>(key: DraftKey) => structuredClone(records.get(key)) as Draft<D> | undefined,
    put: async <D>(draft: Draft<D>) => void records.set(draft.key, structuredClone(draft) as Draft<unknown>),
    delete: async (key: DraftKey) => void records.delete(key),
    close: () => undefined,
  };
}

const PUBLISHED: BoothDesign = BoothDesignDocument.parse({
  version: 1,
  id: 'acme-booth',
  exhibitorId: 'acme',
  templateId: 'inline-3x3',
  revision: 4,
  fasciaName: { 'zh-CN': '艾克米', en: 'ACME' },
  theme: { primaryColor: '#1a2b3c', accentColor: '#ffcc00', wallMaterial: 'wood' },
  items: [{ id: 'plant-1', kind: 'plant', x: 1, y: 0, z: 1, yaw: 0, scale: 1 }],
});

/** A draft saved on this device at revision 4 with one edit: the fascia renamed "Mine". */
async function draftAtRevision4(store: DraftStore): Promise<BoothDesign> {
  const session = await BoothEditorSession.open(store, [], PUBLISHED);
  session.execute(setFasciaName('en', 'Mine'));
  await session.flushed();
  return session.design;
}

/** Someone else published revision 6 from another device: a plant added, the fascia untouched. */
const THEIRS: BoothDesign = { ...addItem({ id: 'seating-1', kind: 'seating', x: -1, y: 0, z: 1, yaw: 0, scale: 1 }).apply(PUBLISHED), revision: 6 };

describe('BoothEditorSession.open with a draft the server moved past', () => {
  it('opens a draft on the published revision as it is, with nothing to settle', async () => {
    const store = memoryDraftStore();
    const mine = await draftAtRevision4(store);
    const session = await BoothEditorSession.open(store, [], PUBLISHED);
    expect(session.restored).toBe(true);
    expect(session.design).toEqual(mine);
    expect(session.baseRevision).toBe(4);
    expect(session.staleDraft).toBeUndefined();
  });

  it('keeps the draft and reports both versions instead of restoring silently', async () => {
    const store = memoryDraftStore();
    const mine = await draftAtRevision4(store);
    const saved = structuredClone(store.records.get('booth:acme-booth'));
    const session = await BoothEditorSession.open(store, [], THEIRS);
    expect(session.staleDraft).toEqual({ baseRevision: 4, revision: 6, theirs: THEIRS });
    expect(session.design).toEqual(mine);
    // Until the exhibitor decides, a publish still goes on revision 4 (and meets the conflict dialog).
    expect(session.baseRevision).toBe(4);
    session.resolveStaleDraft('later');
    await session.flushed();
    expect(session.staleDraft).toBeDefined();
    expect(store.records.get('booth:acme-booth')).toEqual(saved);
  });

  it('keep mine: the draft stays, now based on the published revision, and the saved draft says so', async () => {
    const store = memoryDraftStore();
    const mine = await draftAtRevision4(store);
    const session = await BoothEditorSession.open(store, [], THEIRS);
    session.resolveStaleDraft('mine');
    await session.flushed();
    expect(session.staleDraft).toBeUndefined();
    expect(session.design).toEqual(mine);
    expect(session.baseRevision).toBe(6);
    expect(store.records.get('booth:acme-booth')?.baseRevision).toBe(6);
    // A reload finds nothing stale any more.
    expect((await BoothEditorSession.open(store, [], THEIRS)).staleDraft).toBeUndefined();
  });

  it('take theirs: the published design replaces the draft as an undoable edit, so undo brings mine back', async () => {
    const store = memoryDraftStore();
    const mine = await draftAtRevision4(store);
    const session = await BoothEditorSession.open(store, [], THEIRS);
    session.resolveStaleDraft('theirs');
    await session.flushed();
    expect(session.design).toEqual(THEIRS);
    expect(session.baseRevision).toBe(6);
    expect(session.publishState).toEqual({ kind: 'tookTheirs', revision: 6 });
    expect(session.hasPendingPublish).toBe(false);
    session.history.undo();
    expect(session.design).toEqual(mine);
    await session.flushed();
    // Both versions are in the saved history after a reload too.
    const reopened = await BoothEditorSession.open(store, [], THEIRS);
    expect(reopened.design).toEqual(mine);
    expect(reopened.staleDraft).toBeUndefined();
    reopened.history.redo();
    expect(reopened.design).toEqual(THEIRS);
  });

  it('a draft whose content is already the published one moves its base on without asking', async () => {
    const store = memoryDraftStore();
    const mine = await draftAtRevision4(store);
    const publishedElsewhere = { ...mine, revision: 5 };
    const session = await BoothEditorSession.open(store, [], publishedElsewhere);
    expect(session.staleDraft).toBeUndefined();
    expect(session.baseRevision).toBe(5);
    await session.flushed();
    expect(store.records.get('booth:acme-booth')?.baseRevision).toBe(5);
  });

  it('also warns when the published revision went back (a reset server), rather than publishing over it blind', async () => {
    const store = memoryDraftStore();
    await draftAtRevision4(store);
    const session = await BoothEditorSession.open(store, [], { ...PUBLISHED, revision: 0 });
    expect(session.staleDraft).toMatchObject({ baseRevision: 4, revision: 0 });
  });
});
