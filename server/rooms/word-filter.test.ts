import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordFilter, loadWordFilter, parseWordList } from './word-filter';

describe('word filter', () => {
  it('masks listed words case-insensitively, one ＊ per character, in CJK and Latin text', () => {
    const filter = createWordFilter(['spam', '赌博']);
    expect(filter.screen('Buy SPAM now')).toEqual({ text: 'Buy ＊＊＊＊ now', masked: true });
    expect(filter.screen('这里有赌博网站')).toEqual({ text: '这里有＊＊网站', masked: true });
    expect(filter.screen('hello 你好')).toEqual({ text: 'hello 你好', masked: false });
  });

  it('treats regular-expression characters in the list as plain text', () => {
    const filter = createWordFilter(['a.b']);
    expect(filter.screen('axb a.b')).toEqual({ text: 'axb ＊＊＊', masked: true });
  });

  it('reads a list file with comments and blank lines; the default list is not empty', () => {
    expect(parseWordList('# comment\n\n foo \r\nbar\n')).toEqual(['foo', 'bar']);
    const dir = mkdtempSync(join(tmpdir(), 'words-'));
    try {
      writeFileSync(join(dir, 'words.txt'), '# ours\nwidget\n');
      const custom = loadWordFilter(join(dir, 'words.txt'));
      expect(custom.screen('a widget').text).toBe('a ＊＊＊＊＊＊');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(loadWordFilter().size).toBeGreaterThan(5);
  });
});
