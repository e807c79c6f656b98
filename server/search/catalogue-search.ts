import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import { buildMiniSearch, type BulkOptions } from './build-mini-search';
import { countryNames } from './country-names';
import { DocumentFrequency } from './document-frequency';
import { all, any, COMPILED_QUERY_OPTIONS, compileQuery, fuzzyEdits, narrowing, usesPrefix, type QueryUnit } from './search-query';
import type { LocalizedText } from '../../model';
import type { SearchDocument, SearchFilters, SearchHit, SearchResult } from './search-document';
import { COMMON_TERM_MIN_DOCUMENTS, COMMON_TERM_SHARE, LONG_TEXT_FIELDS, SCORE_DECIMALS, SEARCH_FIELDS } from './search-tuning';
import { indexKeysOf, termKey } from './term-key';

type Kind = SearchDocument['kind'];

/**
 * What the index holds per document: the text fields exactly as MiniSearch tokenized them (its
 * `remove` re-tokenizes them, so they must not change under it even if the caller mutates its
 * document) and copies of the fields that filters read.
 */
interface IndexedDocument {
  key: string;
  kind: Kind;
  id: string;
  expoId: string;
  name: string;
  exhibitorName: string;
  description: string;
  modelCode: string;
  categories: readonly string[];
  tags: readonly string[];
  /** The country's names, for keyword search. */
  country: string;
  /** Upper-case alpha-2, for the filter. */
  countryCode: string;
}

const SCORE_SCALE = 10 ** SCORE_DECIMALS;

const INDEX_OPTIONS: BulkOptions<IndexedDocument> = {
  idField: 'key',
  fields: SEARCH_FIELDS,
  storeFields: [],
  extractField: (doc, field) => doc[field as keyof IndexedDocument],
  stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
  // Index keys straight from the text (see term-key.ts); queries key their terms with termKey.
  tokenize: (text, field) => indexKeysOf(text, field && LONG_TEXT_FIELDS.includes(field) ? 'lone' : 'every'),
  processTerm: (key) => key,
  repeatedFields: ['exhibitorName', 'country', 'categories'],
  searchOptions: COMPILED_QUERY_OPTIONS,
  // Documents leave with remove(), never discard(), so there is nothing to vacuum.
  autoVacuum: false,
};

/**
 * Full-text search over a catalogue's exhibitors and products, in Chinese and Latin scripts, with
 * filters and paging. Results are deterministic: equal (rounded) scores are ordered by kind, then
 * id, so the same documents give the same pages whatever order they were loaded in.
 */
export class CatalogueSearch {
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly frequency: DocumentFrequency;
  private readonly documents = new Map<string, IndexedDocument>();
  /** Every document in (kind, id) order, for empty queries; rebuilt after a change. */
  private listing: IndexedDocument[] | undefined;

  /** Indexes `documents`; a later duplicate of a kind+id replaces an earlier one. */
  constructor(documents: Iterable<SearchDocument> = []) {
    for (const doc of documents) {
      const indexed = toIndexed(doc);
      this.documents.set(indexed.key, indexed);
    }
    // Indexing in a fixed order makes the index's float statistics independent of the input order.
    this.listing = [...this.documents.values()].sort(compareDocuments);
    const built = buildMiniSearch(this.listing, INDEX_OPTIONS);
    this.index = built.index;
    this.frequency = new DocumentFrequency(built.documentFrequency);
  }

  /** The number of documents indexed. */
  get size(): number {
    return this.documents.size;
  }

  /** Adds or replaces one document (same kind+id replaces). */
  upsert(doc: SearchDocument): void {
    const indexed = toIndexed(doc);
    const previous = this.documents.get(indexed.key);
    // remove() rather than discard(): discarded documents would still count in term statistics
    // until a vacuum, and scores would then differ from an index freshly built from the same data.
    if (previous) {
      this.index.remove(previous);
      this.frequency.remove(keysOf(previous));
    }
    this.index.add(indexed);
    this.frequency.add(keysOf(indexed));
    this.documents.set(indexed.key, indexed);
    this.listing = undefined;
  }

  /** Removes one document; does nothing if it is not indexed. */
  remove(kind: Kind, id: string): void {
    const key = keyOf(kind, id);
    const previous = this.documents.get(key);
    if (!previous) return;
    this.index.remove(previous);
    this.frequency.remove(keysOf(previous));
    this.documents.delete(key);
    this.listing = undefined;
  }

  /**
   * One page of the documents matching `query` and `filters`, best first. An empty or blank query
   * lists every document matching the filters in (kind, id) order, with score 0. A query with no
   * searchable term (punctuation only) matches nothing.
   */
  search(query: string, filters: SearchFilters, page: { offset: number; limit: number }): SearchResult {
    const offset = Math.max(0, Math.floor(page.offset) || 0);
    const limit = Math.max(0, Math.floor(page.limit) || 0);
    const accepts = filterFor(filters);
    let hits: SearchHit[];
    if (query.trim() === '') {
      const listed = accepts ? this.sortedDocuments().filter(accepts) : this.sortedDocuments();
      hits = listed.map((doc) => ({ kind: doc.kind, id: doc.id, score: 0 }));
    } else {
      const compiled = compileQuery(query);
      if (!compiled) return { hits: [], total: 0 };
      const allowed = accepts && ((key: string): boolean => accepts(this.documents.get(key)!));
      hits = this.matchEveryUnit(compiled.units, allowed);
      if (hits.length === 0 && compiled.relaxedTerms.length > 1) hits = this.matchAnyTerm(compiled.relaxedTerms, allowed);
      orderTies(hits, offset + limit);
    }
    return { hits: hits.slice(offset, offset + limit), total: hits.length };
  }

  /**
   * Documents matching every unit. MiniSearch scores each part of a query over all documents
   * holding it before combining, so 「青岛…有限公司」 would build result entries for most of the
   * catalogue. Stop words aside (COMMON_TERM_SHARE), the rarest unit is matched first; the full
   * query then skips (through boostDocument, before any entry is made) every document outside
   * that set, which changes neither the matches nor their scores.
   */
  private matchEveryUnit(units: QueryUnit[], allowed: Allowed): SearchHit[] {
    const frequency = (key: string, prefix: boolean): number => this.frequency.estimate(key, prefix);
    const narrowings = units.map((unit) => narrowing(unit, frequency));
    const rare = units.filter((_, i) => !this.isCommon(narrowings[i]!.documents));
    const required = rare.length > 0 ? rare : units;
    const everything = all(required.map((unit) => unit.query));
    const start = narrowings
      .filter((_, i) => required.includes(units[i]!))
      .reduce((best, candidate) => (candidate.documents < best.documents ? candidate : best));
    // Narrowing to most of the catalogue, or by the very query that follows, saves nothing.
    if (start.documents > this.documents.size / 2 || start.query === everything) return this.run(everything, allowed);
    const candidates = new Set<string>();
    for (const result of this.index.search(start.query, this.optionsFor(allowed))) candidates.add(result.id as string);
    return candidates.size === 0 ? [] : this.run(everything, (key) => candidates.has(key));
  }

  /** Documents matching any of `terms`, stop words aside while rarer terms remain. */
  private matchAnyTerm(terms: string[], allowed: Allowed): SearchHit[] {
    const rare = terms.filter((term) => {
      const key = termKey(term);
      return !this.isCommon(this.frequency.estimate(key, usesPrefix(key)));
    });
    return this.run(any(rare.length > 0 ? rare : terms), allowed);
  }

  /** Whether a term held by about `documents` documents is a stop word (COMMON_TERM_SHARE). */
  private isCommon(documents: number): boolean {
    return documents >= COMMON_TERM_MIN_DOCUMENTS && documents > COMMON_TERM_SHARE * this.documents.size;
  }

  /** Hits in MiniSearch's order: by descending score. */
  private run(query: Query, allowed: Allowed): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const result of this.index.search(query, this.optionsFor(allowed))) {
      const doc = this.documents.get(result.id as string)!;
      hits.push({ kind: doc.kind, id: doc.id, score: Math.round(result.score * SCORE_SCALE) / SCORE_SCALE });
    }
    return hits;
  }

  private optionsFor(allowed: Allowed): SearchOptions {
    // Typo tolerance only for words the catalogue lacks (see FUZZY_MIN_LENGTH).
    const fuzzy = (key: string): number | false => (this.frequency.estimate(key, false) > 0 ? false : fuzzyEdits(key));
    // boostDocument 0 drops a document before MiniSearch makes a result entry for it.
    return allowed ? { fuzzy, boostDocument: (key: string) => (allowed(key) ? 1 : 0) } : { fuzzy };
  }

  private sortedDocuments(): IndexedDocument[] {
    this.listing ??= [...this.documents.values()].sort(compareDocuments);
    return this.listing;
  }
}

/** The distinct index keys of a document, over all its fields. */
function keysOf(doc: IndexedDocument): Set<string> {
  const keys = new Set<string>();
  for (const field of SEARCH_FIELDS) {
    for (const key of INDEX_OPTIONS.tokenize(INDEX_OPTIONS.stringifyField(doc[field], field), field)) keys.add(key);
  }
  return keys;
}

function keyOf(kind: Kind, id: string): string {
  return `${kind}:${id}`;
}

function toIndexed(doc: SearchDocument): IndexedDocument {
  return {
    key: keyOf(doc.kind, doc.id),
    kind: doc.kind,
    id: doc.id,
    expoId: doc.expoId,
    name: allLocales(doc.name),
    exhibitorName: allLocales(doc.exhibitorName),
    description: allLocales(doc.description),
    modelCode: doc.modelCode ?? '',
    categories: [...doc.categories],
    tags: [...doc.tags],
    country: countryNames(doc.country),
    countryCode: doc.country.toUpperCase(),
  };
}

/** Every locale's text, each once: a brand spelled alike in zh-CN and en should not count twice. */
function allLocales(text: LocalizedText): string {
  return [...new Set(Object.values(text))].join('\n');
}

/** Which documents (by index key) a search may return; undefined: all. */
type Allowed = ((key: string) => boolean) | undefined;

/** The filters as a test of a document; undefined when none is set. */
function filterFor(filters: SearchFilters): ((doc: IndexedDocument) => boolean) | undefined {
  const { kind, category, tag, expoId } = filters;
  const country = filters.country?.toUpperCase();
  if (!kind && !category && !tag && !expoId && !country) return undefined;
  return (doc) =>
    (!kind || doc.kind === kind) &&
    (!expoId || doc.expoId === expoId) &&
    (!country || doc.countryCode === country) &&
    (!category || doc.categories.includes(category)) &&
    (!tag || doc.tags.includes(tag));
}

/** Code-unit order, not localeCompare: the same in every process whatever its locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDocuments(a: { kind: Kind; id: string }, b: { kind: Kind; id: string }): number {
  return compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || compareDocuments(a, b);
}

/**
 * Puts equal scores in (kind, id) order, as far as `end`: MiniSearch returns hits by descending
 * score, ties in the order documents were added, so only runs of ties need sorting, and only
 * those a page up to `end` shows. Sorts everything if the hits turn out not to be in score order.
 */
function orderTies(hits: SearchHit[], end: number): void {
  for (let i = 1; i < hits.length; i++) {
    if (hits[i]!.score > hits[i - 1]!.score) {
      hits.sort(compareHits);
      return;
    }
  }
  for (let start = 0; start < hits.length && start < end; ) {
    let stop = start + 1;
    while (stop < hits.length && hits[stop]!.score === hits[start]!.score) stop++;
    if (stop - start > 1) {
      const run = hits.slice(start, stop).sort(compareDocuments);
      for (let i = 0; i < run.length; i++) hits[start + i] = run[i]!;
    }
    start = stop;
  }
}
