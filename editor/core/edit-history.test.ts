import { describe, expect, it } from 'vitest';
import { EditHistory, type EditCommand } from './edit-history';

interface Doc {
  readonly items: readonly string[];
}

const add = (name: string): EditCommand<Doc> => ({ label: `add ${name}`, apply: (d) => ({ items: [...d.items, name] }) });
const noop: EditCommand<Doc> = { label: 'nothing', apply: (d) => d };

describe('EditHistory', () => {
  it('executes, undoes and redoes commands in order', () => {
    const h = new EditHistory<Doc>({ items: [] });
    expect(h.canUndo).toBe(false);
    h.execute(add('a'));
    h.execute(add('b'));
    expect(h.doc.items).toEqual(['a', 'b']);
    expect(h.undoLabel).toBe('add b');
    expect(h.undo().items).toEqual(['a']);
    expect(h.canRedo).toBe(true);
    expect(h.redoLabel).toBe('add b');
    expect(h.undo().items).toEqual([]);
    expect(h.canUndo).toBe(false);
    expect(h.undo().items).toEqual([]);
    expect(h.redo().items).toEqual(['a']);
    expect(h.redo().items).toEqual(['a', 'b']);
    expect(h.canRedo).toBe(false);
  });

  it('drops the redo branch on a new edit and records nothing for a no-op', () => {
    const h = new EditHistory<Doc>({ items: [] });
    h.execute(add('a'));
    h.execute(add('b'));
    h.undo();
    h.execute(add('c'));
    expect(h.doc.items).toEqual(['a', 'c']);
    expect(h.canRedo).toBe(false);
    const before = h.toJSON().entries.length;
    h.execute(noop);
    expect(h.toJSON().entries.length).toBe(before);
  });

  it('keeps at most `limit` entries, folding older ones into the base', () => {
    const h = new EditHistory<Doc>({ items: [] }, 3);
    for (const n of ['a', 'b', 'c', 'd', 'e']) h.execute(add(n));
    expect(h.toJSON().entries).toHaveLength(3);
    h.undo();
    h.undo();
    h.undo();
    expect(h.canUndo).toBe(false);
    expect(h.doc.items).toEqual(['a', 'b']);
  });

  it('round-trips through JSON with its cursor, so undo and redo still work after a reload', () => {
    const h = new EditHistory<Doc>({ items: [] });
    h.execute(add('a'));
    h.execute(add('b'));
    h.execute(add('c'));
    h.undo();
    const restored = EditHistory.fromJSON<Doc>(JSON.parse(JSON.stringify(h.toJSON())));
    expect(restored.doc.items).toEqual(['a', 'b']);
    expect(restored.canRedo).toBe(true);
    expect(restored.redo().items).toEqual(['a', 'b', 'c']);
    restored.undo();
    restored.undo();
    expect(restored.undo().items).toEqual([]);
  });

  it('clamps a damaged cursor', () => {
    const h = new EditHistory<Doc>({ items: [] });
    h.execute(add('a'));
    const restored = EditHistory.fromJSON<Doc>({ ...h.toJSON(), cursor: 99 });
    expect(restored.doc.items).toEqual(['a']);
  });

  it('tells listeners about every change until they unsubscribe', () => {
    const h = new EditHistory<Doc>({ items: [] });
    const seen: number[] = [];
    const off = h.onChange((doc) => seen.push(doc.items.length));
    h.execute(add('a'));
    h.undo();
    h.redo();
    off();
    h.execute(add('b'));
    expect(seen).toEqual([1, 0, 1]);
  });
});
