import { describe, expect, it } from 'vitest';
import { rememberedRemoval, rememberRemoval } from './hall-removal-memory';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('hall removal memory', () => {
  it('gives back the end of a removal from the same hall while it runs', () => {
    const storage = memoryStorage();
    rememberRemoval(storage, 'hall-1', 10_000);
    expect(rememberedRemoval(storage, 'hall-1', 9_999)).toBe(10_000);
    expect(rememberedRemoval(storage, 'hall-1', 10_000)).toBeUndefined();
    expect(rememberedRemoval(storage, 'hall-2', 0)).toBeUndefined();
  });

  it('ignores nothing stored, garbage and wrong shapes', () => {
    const storage = memoryStorage();
    expect(rememberedRemoval(storage, 'hall-1', 0)).toBeUndefined();
    storage.setItem('open-expo.hall-removal', '{not json');
    expect(rememberedRemoval(storage, 'hall-1', 0)).toBeUndefined();
    storage.setItem('open-expo.hall-removal', JSON.stringify({ hallId: 'hall-1', until: 'soon' }));
    expect(rememberedRemoval(storage, 'hall-1', 0)).toBeUndefined();
  });

  it('survives a storage that refuses to write', () => {
    const storage = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => rememberRemoval(storage, 'hall-1', 1)).not.toThrow();
  });
});
