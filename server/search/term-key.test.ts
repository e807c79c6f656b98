import { describe, expect, it } from 'vitest';
import { indexKeysOf, isCjkKey, termKey } from './term-key';
import { tokenizeForSearch } from './tokenize-for-search';

describe('termKey', () => {
  it('keys Latin terms as themselves and CJK terms in private-use digits', () => {
    expect(termKey('xk5200')).toBe('xk5200');
    expect(isCjkKey(termKey('xk5200'))).toBe(false);
    const key = termKey('智能');
    expect(isCjkKey(key)).toBe(true);
    expect(key).toHaveLength(11);
    expect([...key].every((char) => char.charCodeAt(0) >= 0xe000 && char.charCodeAt(0) <= 0xe100)).toBe(true);
  });

  it('keeps a character a prefix of its bigrams, and distinct terms distinct', () => {
    expect(termKey('智能').startsWith(termKey('智'))).toBe(true);
    const terms = ['智', '能', '智能', '能智', '𠀀', '𠀀𠀁', 'ロボ', '로봇'];
    expect(new Set(terms.map(termKey)).size).toBe(terms.length);
  });

  it('gives the keys of the tokenizer terms, in order, straight from text', () => {
    for (const text of ['智能制造设备 XK-5200', '5G 智能手机，𠀀𠀁', 'Müller Robotik GmbH ロボット']) {
      expect(indexKeysOf(text)).toEqual(tokenizeForSearch(text).map(termKey));
    }
  });

  it('can leave out the characters of longer CJK runs, keeping their bigrams', () => {
    expect(indexKeysOf('智能设备 机 XK', 'lone')).toEqual(['智能', '能设', '设备', '机', 'xk'].map(termKey));
  });
});
