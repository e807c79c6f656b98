import { isCjkTerm, segmentText } from './tokenize-for-search';

/**
 * How terms are keyed in MiniSearch's radix tree. The tree scans a node's children one by one, so
 * thousands of distinct CJK characters at its root made every insert and lookup slow, and let a
 * fuzzy search on a Latin word wander through every CJK bigram. A CJK term is therefore keyed as a
 * marker and five hex digits per character, all private-use characters (which the tokenizer never
 * emits): no node has more than 16 children, and a fuzzy Latin search gives up two steps into the
 * CJK branch. Latin terms are keyed as themselves.
 */

const CJK_MARKER = 0xe100;
const DIGIT_BASE = 0xe000;

// Keys are cached per character and per character pair: indexing a fair's catalogue keys about a
// million CJK terms, a few tens of thousands distinct, and building each anew was a large share of
// the work (and of the garbage).
const unigramKeys = new Map<number, string>();
const bigramKeys = new Map<number, Map<number, string>>();
const CACHE_LIMIT = 200_000;
let cached = 0;

function digitsOf(code: number): string {
  let digits = '';
  for (let shift = 16; shift >= 0; shift -= 4) digits += String.fromCharCode(DIGIT_BASE + ((code >> shift) & 15));
  return digits;
}

function unigramKey(code: number): string {
  let key = unigramKeys.get(code);
  if (key === undefined) {
    key = String.fromCharCode(CJK_MARKER) + digitsOf(code);
    if (cached++ < CACHE_LIMIT) unigramKeys.set(code, key);
  }
  return key;
}

function bigramKey(first: number, second: number): string {
  let seconds = bigramKeys.get(first);
  let key = seconds?.get(second);
  if (key === undefined) {
    key = unigramKey(first) + digitsOf(second);
    if (cached++ < CACHE_LIMIT) {
      if (!seconds) bigramKeys.set(first, (seconds = new Map()));
      seconds.set(second, key);
    }
  }
  return key;
}

/** The index key of a term from tokenizeForSearch. */
export function termKey(term: string): string {
  if (!isCjkTerm(term)) return term;
  const codes = Array.from(term, (char) => char.codePointAt(0)!);
  if (codes.length === 1) return unigramKey(codes[0]!);
  if (codes.length === 2) return bigramKey(codes[0]!, codes[1]!);
  return unigramKey(codes[0]!) + codes.slice(1).map(digitsOf).join('');
}

/** Whether a key is a CJK term's (never matched by prefix or fuzzily). */
export function isCjkKey(key: string): boolean {
  return key.charCodeAt(0) === CJK_MARKER;
}

/**
 * The index keys of `text`: termKey of every term tokenizeForSearch gives, in the same order.
 * With `characters: 'lone'`, a CJK run of two or more characters gives only its bigrams (see
 * LONG_TEXT_FIELDS); a one-character run still gives its character.
 */
export function indexKeysOf(text: string, characters: 'every' | 'lone' = 'every'): string[] {
  const keys: string[] = [];
  for (const segment of segmentText(text)) {
    if (segment.kind === 'cjk') {
      const { codes } = segment;
      const withCharacters = characters === 'every' || codes.length === 1;
      for (let i = 0; i < codes.length; i++) {
        if (withCharacters) keys.push(unigramKey(codes[i]!));
        if (i + 1 < codes.length) keys.push(bigramKey(codes[i]!, codes[i + 1]!));
      }
    } else {
      keys.push(segment.joined);
      for (const part of segment.parts) keys.push(part);
    }
  }
  return keys;
}
