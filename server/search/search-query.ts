import type { Query, SearchOptions } from 'minisearch';
import {
  FIELD_BOOSTS,
  FUZZY_MIN_LENGTH,
  FUZZY_TWO_EDITS_MIN_LENGTH,
  MATCH_WEIGHTS,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  PREFIX_MIN_LENGTH,
} from './search-tuning';
import { isCjkKey, termKey } from './term-key';
import { bigramsOf, charsOf, segmentText } from './tokenize-for-search';

/**
 * One part of a query that every match must hold: a CJK bigram, a single CJK character, a Latin
 * word (matched exactly, by prefix or fuzzily), or a code ("XK-5200": whole, or its parts).
 */
export interface QueryUnit {
  query: Query;
  /** The term (or for a code, the whole code) whose document frequency sizes the unit. */
  term: string;
  /** A code's parts, all required when the whole code is not found. */
  parts: readonly string[];
}

/** A user's query, as MiniSearch expression trees whose leaves are already terms. */
export interface CompiledQuery {
  /**
   * Every unit must match. A CJK run must contain all its bigrams, so 「智能」 needs 智能 together
   * and a text holding only 能 is not a match; a single CJK character matches as itself.
   */
  units: QueryUnit[];
  /**
   * Any of these may match, for when the units together find nothing ("robot arm blue",
   * 「智能机器人手臂」 against 「智能工业机器人手臂」). MiniSearch multiplies a score by the number of
   * query terms matched, so texts matching most of the query still come first.
   */
  relaxedTerms: string[];
}

/** The searchable terms of `text` as query units; `undefined` when it has none. */
export function compileQuery(text: string): CompiledQuery | undefined {
  const units = new Map<string, QueryUnit>();
  const relaxed = new Set<string>();
  for (const segment of segmentText(text.slice(0, MAX_QUERY_LENGTH))) {
    if (segment.kind === 'cjk') {
      const chars = charsOf(segment.codes);
      for (const term of chars.length === 1 ? chars : bigramsOf(chars)) {
        units.set(term, { query: term, term, parts: [] });
        relaxed.add(term);
      }
    } else {
      const { joined, parts } = segment;
      // "XK-5200" finds the code written whole, or its parts apart ("XK 5200"); whole counts more.
      const query = parts.length === 0 ? joined : any([joined, all(parts)]);
      units.set(joined, { query, term: joined, parts });
      for (const term of [joined, ...parts]) relaxed.add(term);
    }
  }
  if (units.size === 0) return undefined;
  return { units: [...units.values()].slice(0, MAX_QUERY_TERMS), relaxedTerms: [...relaxed].slice(0, MAX_QUERY_TERMS) };
}

/** Documents per index key, or with `prefix` per key prefix (see DocumentFrequency). */
export type Frequency = (key: string, prefix: boolean) => number;

/**
 * A query that matches every document `unit` matches, and few more, sized from `frequency`: the
 * unit itself, or for a code its whole form or its rarest part ("9534" rather than "sc" for
 * "SC-9534"), where the code's own query would score every "sc…" document.
 */
export function narrowing(unit: QueryUnit, frequency: Frequency): { query: Query; documents: number } {
  const whole = documentsFor(unit.term, frequency);
  if (unit.parts.length === 0) return { query: unit.query, documents: whole };
  const rarest = unit.parts.reduce((best, part) => (documentsFor(part, frequency) < documentsFor(best, frequency) ? part : best));
  return { query: any([unit.term, rarest]), documents: whole + documentsFor(rarest, frequency) };
}

function documentsFor(term: string, frequency: Frequency): number {
  const key = termKey(term);
  return frequency(key, usesPrefix(key));
}

/** All of `queries` must match. */
export function all(queries: Query[]): Query {
  return queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries };
}

/** Any of `queries` may match. */
export function any(queries: Query[]): Query {
  return queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries };
}

/** Whether a query term (by key) also matches as a prefix: Latin terms of PREFIX_MIN_LENGTH. */
export function usesPrefix(key: string): boolean {
  return key.length >= PREFIX_MIN_LENGTH && !isCjkKey(key);
}

/**
 * How many edits a query term (by key) may be away from an index term, at most: typo tolerance
 * is for Latin words without digits (one edit from "XK-5200" is another model), and never for CJK
 * (a "near" character is a different word). The caller only asks for words the index lacks.
 */
export function fuzzyEdits(key: string): number | false {
  if (key.length < FUZZY_MIN_LENGTH || isCjkKey(key) || /\p{N}/u.test(key)) return false;
  return key.length >= FUZZY_TWO_EDITS_MIN_LENGTH ? 2 : 1;
}

/**
 * Search options for compiled queries. Leaves are terms already, so the query-side tokenizer
 * passes them through; they are keyed as in the index (so `prefix` and `fuzzy` see keys).
 */
export const COMPILED_QUERY_OPTIONS: SearchOptions = {
  tokenize: (term) => [term],
  processTerm: termKey,
  boost: { ...FIELD_BOOSTS },
  weights: { ...MATCH_WEIGHTS },
  prefix: usesPrefix,
  fuzzy: fuzzyEdits,
};
