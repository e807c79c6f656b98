import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, migrateDraft } from './draft-store';

// The IndexedDB part runs in the browser (e2e/booth-editor.test.ts reloads the page and finds
// its draft); here the pure check of what comes back out of the database.
const good = {
  key: 'booth:b-1',
  kind: 'booth',
  baseRevision: 3,
  history: { base: { n: 1 }, entries: [], cursor: 0, limit: 100 },
  savedAt: 1,
  schemaVersion: DRAFT_SCHEMA_VERSION,
  publishPending: false,
};

describe('migrateDraft', () => {
  it('accepts a current draft as it is', () => {
    expect(migrateDraft(good)).toEqual(good);
  });

  it('refuses drafts from a newer build, unknown old versions and damaged records', () => {
    expect(migrateDraft({ ...good, schemaVersion: DRAFT_SCHEMA_VERSION + 1 })).toBeUndefined();
    expect(migrateDraft({ ...good, schemaVersion: 0 })).toBeUndefined();
    expect(migrateDraft({ ...good, key: 'nothing' })).toBeUndefined();
    expect(migrateDraft({ ...good, history: { entries: 'x', cursor: 0 } })).toBeUndefined();
    expect(migrateDraft({ ...good, publishPending: 'yes' })).toBeUndefined();
  });
});
