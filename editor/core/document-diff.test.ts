import { describe, expect, it } from 'vitest';
import { documentDifferences } from './document-diff';

describe('documentDifferences', () => {
  it('lists changed, added and removed leaves, matching items by id and skipping the revision', () => {
    const mine = { revision: 1, theme: { primaryColor: '#111111' }, items: [{ id: 'a', x: 1 }, { id: 'b', x: 2 }] };
    const theirs = { revision: 4, theme: { primaryColor: '#222222' }, items: [{ id: 'b', x: 2 }, { id: 'c', x: 3 }] };
    expect(documentDifferences(mine, theirs)).toEqual([
      { path: 'theme.primaryColor', mine: '#111111', theirs: '#222222' },
      { path: 'items[a]', mine: { id: 'a', x: 1 }, theirs: undefined },
      { path: 'items[c]', mine: undefined, theirs: { id: 'c', x: 3 } },
    ]);
  });

  it('finds nothing between equal documents and compares plain arrays by index', () => {
    expect(documentDifferences({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
    expect(documentDifferences({ a: [1, 2] }, { a: [1] })).toEqual([{ path: 'a[1]', mine: 2, theirs: undefined }]);
  });
});
