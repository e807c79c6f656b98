/**
 * Splits catalogue text into search terms. MiniSearch's default tokenizer splits on spaces and
 * punctuation only, which leaves a Chinese sentence as one unsearchable term, so:
 * - a run of CJK characters (Han, kana, hangul) becomes every single character and every
 *   overlapping bigram — no dictionary needed, and a query's bigrams pin down word order;
 * - a Latin/digit word becomes one lowercase term, and a compound such as a model code ("XK-5200",
 *   "OEM/ODM", "5G") becomes its parts joined without punctuation plus each part, split at
 *   punctuation and letter↔digit changes, so "XK-5200", "xk5200" and "5200" all meet it.
 */

/** One run of text: CJK characters (as code points), or one Latin/digit word or compound. */
export type TextSegment =
  | { kind: 'cjk'; codes: number[] }
  | { kind: 'latin'; joined: string; parts: string[] };

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Punctuation that joins the parts of a code or compound rather than separating words. */
const JOINER_CHARS = "-_./&'’+";
const LATIN_ACCENT = /(\p{Script=Latin})\p{M}+/gu;

// Character classes. Building the index tokenizes every character of the catalogue, so text is
// scanned by hand: regular expressions with Unicode properties took several times longer.
const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
const JOINER = 3;
const CJK = 4;
const OTHER_WORD = 5; // a non-ASCII letter, mark or number

const ASCII_CLASSES = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[a-zA-Z]/.test(char)) return LETTER;
  if (/[0-9]/.test(char)) return DIGIT;
  return JOINER_CHARS.includes(char) ? JOINER : SEPARATOR;
});
/** Non-ASCII code point → class, filled on first sight; text uses a few thousand at most. */
const classCache = new Map<number, number>();
const CLASS_CACHE_LIMIT = 65_536;

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASSES[code]!;
  if (code >= 0x4e00 && code <= 0x9fff) return CJK; // CJK Unified Ideographs: most of Chinese text
  let charClass = classCache.get(code);
  if (charClass === undefined) {
    const char = String.fromCodePoint(code);
    charClass = CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? OTHER_WORD : JOINER_CHARS.includes(char) ? JOINER : SEPARATOR;
    if (classCache.size < CLASS_CACHE_LIMIT) classCache.set(code, charClass);
  }
  return charClass;
}

const isWordClass = (charClass: number): boolean => charClass === LETTER || charClass === DIGIT || charClass === OTHER_WORD;

/**
 * Normalizes and segments `text`: NFKC first, so full-width "ＸＫ－５２００" typed with a Chinese
 * input method reads as "XK-5200", then lowercase, and Latin accents dropped ("Müller" = "muller").
 * A word is a run of letters and digits, or several joined by single JOINER_CHARS.
 */
export function segmentText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const normalized = text.normalize('NFKC').toLowerCase();
  const length = normalized.length;
  let i = 0;
  while (i < length) {
    const code = normalized.codePointAt(i)!;
    const charClass = classOf(code);
    if (charClass === CJK) {
      const codes: number[] = [];
      let next = code;
      while (i < length && classOf(next) === CJK) {
        codes.push(next);
        i += next > 0xffff ? 2 : 1;
        if (i < length) next = normalized.codePointAt(i)!;
      }
      segments.push({ kind: 'cjk', codes });
    } else if (isWordClass(charClass)) {
      // A word, split into parts at joiners and where digits meet letters: "xk-5200" → xk, 5200.
      const parts: string[] = [];
      let partStart = i;
      let previous = charClass;
      let accented = false;
      while (i < length) {
        const wordCode = normalized.codePointAt(i)!;
        const wordClass = classOf(wordCode);
        const width = wordCode > 0xffff ? 2 : 1;
        if (isWordClass(wordClass)) {
          if (i > partStart && (wordClass === DIGIT) !== (previous === DIGIT)) {
            parts.push(normalized.slice(partStart, i));
            partStart = i;
          }
          accented ||= wordClass === OTHER_WORD;
          previous = wordClass;
          i += width;
        } else if (wordClass === JOINER && i + width < length && isWordClass(classOf(normalized.codePointAt(i + width)!))) {
          parts.push(normalized.slice(partStart, i));
          i += width;
          partStart = i;
        } else break;
      }
      parts.push(normalized.slice(partStart, i));
      segments.push(latinSegment(accented ? parts.map(foldAccents) : parts));
    } else {
      i += code > 0xffff ? 2 : 1;
    }
  }
  return segments;
}

function latinSegment(parts: string[]): TextSegment {
  return parts.length === 1 ? { kind: 'latin', joined: parts[0]!, parts: [] } : { kind: 'latin', joined: parts.join(''), parts };
}

/** "müller" → "muller"; other scripts' marks (Devanagari vowel signs…) are letters' parts and stay. */
function foldAccents(part: string): string {
  return part.normalize('NFD').replace(LATIN_ACCENT, '$1').normalize('NFC');
}

/** The characters of a CJK run of code points. */
export function charsOf(codes: readonly number[]): string[] {
  return codes.map((code) => String.fromCodePoint(code));
}

/** The overlapping character pairs of a CJK run of two or more characters. */
export function bigramsOf(chars: readonly string[]): string[] {
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i]! + chars[i + 1]!);
  return bigrams;
}

/** Whether a term came from CJK text (so it is never matched by prefix or fuzzily). */
export function isCjkTerm(term: string): boolean {
  return term.length > 0 && classOf(term.codePointAt(0)!) === CJK;
}

/**
 * The terms of `text`: per CJK run every character and every bigram; per Latin word the
 * lowercase word, and for a compound its joined form plus its parts. The index stores these terms
 * by key (term-key.ts), descriptions without the single characters of longer CJK runs
 * (LONG_TEXT_FIELDS); queries use the same segmentation. Exported for tests.
 */
export function tokenizeForSearch(text: string): string[] {
  const terms: string[] = [];
  for (const segment of segmentText(text)) {
    if (segment.kind === 'cjk') {
      const chars = charsOf(segment.codes);
      for (let i = 0; i < chars.length; i++) {
        terms.push(chars[i]!);
        if (i + 1 < chars.length) terms.push(chars[i]! + chars[i + 1]!);
      }
    } else {
      terms.push(segment.joined);
      for (const part of segment.parts) terms.push(part);
    }
  }
  return terms;
}
