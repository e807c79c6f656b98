import { readFileSync } from 'node:fs';

/** Masks each character of a sensitive word with this (full-width, so it reads in CJK text too). */
export const MASK_CHAR = '＊';

export interface WordFilter {
  /** The text with every listed word masked, and whether anything was. */
  screen(text: string): { text: string; masked: boolean };
  readonly size: number;
}

/** Parses a word list: one entry per line, `#` comments and blank lines ignored. */
export function parseWordList(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/**
 * A filter over `words`, matched case-insensitively anywhere in the text (CJK has no word
 * boundaries). Longer entries win where entries overlap.
 */
export function createWordFilter(words: readonly string[]): WordFilter {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return { screen: (text) => ({ text, masked: false }), size: 0 };
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'giu');
  return {
    size: unique.length,
    screen(text) {
      let masked = false;
      const out = text.replace(pattern, (match) => {
        masked = true;
        return MASK_CHAR.repeat([...match].length);
      });
      return { text: out, masked };
    },
  };
}

/** The list in `file`, or the default list beside this module. */
export function loadWordFilter(file?: string): WordFilter {
  const source = readFileSync(file ?? new URL('./sensitive-words.txt', import.meta.url), 'utf8');
  return createWordFilter(parseWordList(source));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
