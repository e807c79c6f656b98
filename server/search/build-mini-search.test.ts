import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildMiniSearch, type BulkOptions } from './build-mini-search';
import { sampleCatalogue } from './sample-catalogue';
import { syntheticCatalogue } from './synthetic-catalogue';
import { indexKeysOf, termKey } from './term-key';
import { tokenizeForSearch } from './tokenize-for-search';

interface FlatDocument {
  key: string;
  name: string;
  company: string;
  description: string;
  tags: string[];
  code?: string;
}

const OPTIONS: BulkOptions<FlatDocument> = {
  idField: 'key',
  fields: ['name', 'company', 'description', 'tags', 'code'],
  storeFields: [],
  extractField: (doc, field) => doc[field as keyof FlatDocument],
  stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
  tokenize: tokenizeForSearch,
  processTerm: termKey,
};

function documents(): FlatDocument[] {
  return [...sampleCatalogue(), ...syntheticCatalogue({ exhibitors: 12, products: 300 })].map((doc) => ({
    key: `${doc.kind}:${doc.id}`,
    name: Object.values(doc.name).join('\n'),
    company: Object.values(doc.exhibitorName).join('\n'),
    description: Object.values(doc.description).join('\n'),
    tags: doc.tags,
    // Left out of some documents, which MiniSearch then skips for that field.
    ...(doc.modelCode === undefined ? {} : { code: doc.modelCode }),
  }));
}

describe('buildMiniSearch', () => {
  it('builds exactly the index that addAll builds', () => {
    const docs = documents();
    const added = new MiniSearch(OPTIONS);
    added.addAll(docs);
    const { index: built, documentFrequency } = buildMiniSearch(docs, OPTIONS);
    // Same terms, postings, field lengths and (to the last bit) average field lengths.
    expect(JSON.parse(JSON.stringify(built))).toEqual(JSON.parse(JSON.stringify(added)));
    // Queries given as index keys, so that CJK keys are not tokenized again.
    const asKeys = { tokenize: (key: string) => [key], processTerm: (key: string) => key };
    for (const query of ['robot', 'mach', termKey('机器'), 'xk5200']) {
      const options = { ...asKeys, prefix: true, fuzzy: 0.2 };
      expect(built.search(query, options)).toEqual(added.search(query, options));
    }
    // Document frequencies count documents, not occurrences or fields.
    for (const key of ['robot', termKey('机器'), 'xk5200', 'the']) {
      expect(documentFrequency.get(key)).toBe(added.search(key, asKeys).length);
      expect(documentFrequency.get(key)).toBeGreaterThan(0);
    }
  });

  it('builds the same index from keys, tokenizing repeated texts once', () => {
    const docs = documents();
    const options: BulkOptions<FlatDocument> = { ...OPTIONS, tokenize: (text) => indexKeysOf(text), processTerm: (key) => key, repeatedFields: ['company'] };
    const added = new MiniSearch(options);
    added.addAll(docs);
    expect(JSON.parse(JSON.stringify(buildMiniSearch(docs, options).index))).toEqual(JSON.parse(JSON.stringify(added)));
  });

  it('stays a normal index that documents can be added to and removed from', () => {
    const docs = documents();
    const built = buildMiniSearch(docs.slice(1), OPTIONS).index;
    built.add(docs[0]!);
    built.remove(docs[1]!);
    const added = new MiniSearch(OPTIONS);
    added.addAll([...docs.slice(2), docs[0]!]);
    expect(built.documentCount).toBe(added.documentCount);
    expect(built.search('robot').map((r) => r.id).sort()).toEqual(added.search('robot').map((r) => r.id).sort());
  });

  it('refuses stored fields, which it does not build', () => {
    expect(() => buildMiniSearch([], { ...OPTIONS, storeFields: ['name'] })).toThrow(/store/);
  });
});
