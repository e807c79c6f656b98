import { describe, expect, it } from 'vitest';
import { CatalogueSearch, type SearchDocument, type SearchFilters } from './index';
import { sampleCatalogue } from './sample-catalogue';

const ALL = { offset: 0, limit: 100 };

/** The ids of a search's hits, best first (sample ids are unique across kinds: e01…, p01…). */
function ids(search: CatalogueSearch, query: string, filters: SearchFilters = {}): string[] {
  return search.search(query, filters, ALL).hits.map((hit) => hit.id);
}

describe('CatalogueSearch in Chinese', () => {
  const search = new CatalogueSearch(sampleCatalogue());

  it('finds 「智能制造设备」 by 「智能」, and not a text that only has 能', () => {
    const found = ids(search, '智能');
    expect(found).toContain('p01');
    expect(found).not.toContain('p08');
    // 能 alone is a word too, and finds the compressor (节能型).
    expect(ids(search, '能')).toContain('p08');
  });

  it('finds 「工业机器人手臂」 by 「机器人」 and by a single character', () => {
    expect(ids(search, '机器人')).toEqual(expect.arrayContaining(['p03', 'p04', 'e02']));
    expect(ids(search, '臂')).toEqual(expect.arrayContaining(['p03', 'p15']));
  });

  it('ranks a text holding the whole phrase first when no text has it', () => {
    // No document has 「智能机器人手臂」; the relaxed query still finds the robot arm first.
    expect(ids(search, '智能机器人手臂')[0]).toBe('p03');
  });

  it('searches mixed Chinese and English', () => {
    expect(ids(search, '5G 智能手机')).toEqual(['p05']);
  });

  it('finds a company by its Chinese name, the exhibitor first', () => {
    const found = ids(search, '华东精密机械');
    expect(found[0]).toBe('e01');
    expect(found).toContain('p02');
  });

  it('finds by country name', () => {
    expect(ids(search, '德国')).toEqual(['e02', 'p04', 'p09', 'p10']);
  });
});

describe('CatalogueSearch in English', () => {
  const search = new CatalogueSearch(sampleCatalogue());

  it('matches a prefix', () => {
    expect(ids(search, 'mach')).toEqual(expect.arrayContaining(['p02', 'p07', 'p09', 'e01']));
  });

  it('tolerates typos', () => {
    expect(ids(search, 'machne').slice(0, 2).sort()).toEqual(['p09', 'p15']);
    expect(ids(search, 'robto arm')[0]).toBe('p03');
  });

  it('ignores case', () => {
    expect(ids(search, 'ROBOT ARM')).toEqual(ids(search, 'robot arm'));
    expect(ids(search, 'ROBOT ARM')[0]).toBe('p03');
  });

  it('ranks exact above prefix above fuzzy matches', () => {
    // Drill (exact) above Drilling (prefix); Grill is not a typo of a word the catalogue has.
    expect(ids(search, 'drill')).toEqual(['p14', 'p15']);
    // "drilli": Drilling (prefix) above Drill (one edit) above Grill (two edits).
    expect(ids(search, 'drilli')).toEqual(['p15', 'p14', 'p16']);
    const robot = ids(search, 'robot');
    expect(robot.indexOf('p04')).toBeGreaterThanOrEqual(0);
    expect(robot.indexOf('p04')).toBeLessThan(robot.indexOf('p10'));
  });

  it('finds a company by name, the exhibitor first and then its products', () => {
    const found = ids(search, 'East China Precision Machinery');
    expect(found[0]).toBe('e01');
    expect(found.slice(1)).toEqual(expect.arrayContaining(['p01', 'p02', 'p03', 'p08', 'p11']));
    expect(ids(search, 'muller')[0]).toBe('e02');
  });
});

describe('CatalogueSearch by model code', () => {
  const search = new CatalogueSearch(sampleCatalogue());

  it.each(['XK-5200', 'xk5200', '5200', 'XK 5200', 'ＸＫ－５２００'])('finds XK-5200 by %s and not XK-5300', (query) => {
    expect(ids(search, query)).toEqual(['p02']);
  });

  it('finds both XK codes by their common prefix', () => {
    expect(ids(search, 'xk')).toEqual(expect.arrayContaining(['p02', 'p07']));
  });
});

describe('CatalogueSearch filters', () => {
  const search = new CatalogueSearch(sampleCatalogue());

  it('by kind', () => {
    expect(ids(search, '机器人', { kind: 'exhibitor' })).toEqual(['e02']);
    expect(ids(search, '机器人', { kind: 'product' })).not.toContain('e02');
  });

  it('by category, an exhibitor matching any of its categories', () => {
    expect(ids(search, '', { category: 'cnc-machines' })).toEqual(['e01', 'e04', 'p02', 'p07', 'p14', 'p15']);
    expect(ids(search, 'machining', { category: 'cnc-machines', kind: 'product' })).toEqual(['p02', 'p07']);
    expect(ids(search, '', { category: 'kitchen-appliances' })).toEqual(['e03', 'p16']);
  });

  it('by tag', () => {
    expect(ids(search, '', { tag: 'robot' })).toEqual(['p03', 'p04']);
  });

  it('by country, in any case', () => {
    expect(ids(search, '', { country: 'de' })).toEqual(['e02', 'p04', 'p09', 'p10']);
    expect(ids(search, 'robot', { country: 'CN' })).toEqual(['p03']);
  });

  it('by expo', () => {
    expect(ids(search, '', { expoId: 'expo-2024' })).toEqual(['e04', 'p07']);
    expect(ids(search, 'machining', { expoId: 'expo-2024' })).toEqual(['p07']);
  });
});

describe('CatalogueSearch edge cases', () => {
  it('answers from an empty index', () => {
    const search = new CatalogueSearch();
    expect(search.size).toBe(0);
    expect(search.search('robot', {}, ALL)).toEqual({ hits: [], total: 0 });
    expect(search.search('', {}, ALL)).toEqual({ hits: [], total: 0 });
  });

  it('matches nothing for punctuation, and clamps odd paging', () => {
    const search = new CatalogueSearch(sampleCatalogue());
    expect(search.search('!!! ——', {}, ALL)).toEqual({ hits: [], total: 0 });
    const { total } = search.search('', {}, ALL);
    expect(search.search('', {}, { offset: -5, limit: 2 }).hits.map((h) => h.id)).toEqual(['e01', 'e02']);
    expect(search.search('', {}, { offset: 0, limit: 0 })).toEqual({ hits: [], total });
  });
});

describe('CatalogueSearch paging and order', () => {
  const documents = sampleCatalogue();

  it('lists everything for a blank query, exhibitors then products by id', () => {
    const result = new CatalogueSearch(documents).search('   ', {}, ALL);
    expect(result.total).toBe(documents.length);
    expect(result.hits.slice(0, 5).map((h) => `${h.kind}:${h.id}`)).toEqual(['exhibitor:e01', 'exhibitor:e02', 'exhibitor:e03', 'exhibitor:e04', 'product:p01']);
    expect(result.hits.every((h) => h.score === 0)).toBe(true);
  });

  it('rounds scores so that float noise cannot reorder ties', () => {
    const { hits } = new CatalogueSearch(documents).search('mach 加工', {}, ALL);
    expect(hits.length).toBeGreaterThan(0);
    for (const { score } of hits) expect(Math.abs(score * 1e4 - Math.round(score * 1e4))).toBeLessThan(1e-6);
  });

  it('pages through the matches and counts them all', () => {
    const search = new CatalogueSearch(documents);
    const all = search.search('mach', {}, ALL);
    expect(all.total).toBeGreaterThan(5);
    const offsets = Array.from({ length: Math.ceil(all.total / 3) }, (_, i) => i * 3);
    const pages = offsets.map((offset) => search.search('mach', {}, { offset, limit: 3 }));
    expect(pages.every((p) => p.total === all.total)).toBe(true);
    expect(pages.flatMap((p) => p.hits)).toEqual(all.hits);
    expect(pages[0]!.hits).toHaveLength(3);
    expect(search.search('mach', {}, { offset: all.total, limit: 3 })).toEqual({ hits: [], total: all.total });
  });

  it('gives the same hits whatever order the documents arrived in', () => {
    const forward = new CatalogueSearch();
    for (const doc of documents) forward.upsert(doc);
    const backward = new CatalogueSearch();
    for (const doc of [...documents].reverse()) backward.upsert(doc);
    for (const query of ['hydraulic press', '液压机', 'mach', '机器人', 'robto', 'xk', '', 'east china']) {
      expect(backward.search(query, {}, ALL)).toEqual(forward.search(query, {}, ALL));
    }
    // Two products with the same text tie on score and are ordered by id.
    const press = forward.search('hydraulic press', {}, ALL).hits;
    expect(press.map((h) => h.id)).toEqual(['p12', 'p13']);
    expect(press[0]!.score).toBe(press[1]!.score);
  });
});

describe('CatalogueSearch updates', () => {
  it('replaces a document on upsert', () => {
    const search = new CatalogueSearch(sampleCatalogue());
    const earbuds = sampleCatalogue().find((d) => d.id === 'p06')!;
    const headphones: SearchDocument = {
      ...earbuds,
      name: { 'zh-CN': '降噪头戴耳机', en: 'Noise Cancelling Headphones' },
      description: { 'zh-CN': '主动降噪。', en: 'Active noise cancelling.' },
    };
    search.upsert(headphones);
    expect(search.size).toBe(sampleCatalogue().length);
    expect(ids(search, 'earbuds')).toEqual([]);
    expect(ids(search, '蓝牙')).toEqual([]);
    expect(ids(search, 'headphones')).toEqual(['p06']);
    // Scored as if built with the new text from the start: nothing of the old text lingers.
    const fresh = new CatalogueSearch(sampleCatalogue().map((d) => (d.id === 'p06' ? headphones : d)));
    for (const query of ['headphones', '耳机', 'wireless', 'huaxin']) {
      expect(search.search(query, {}, ALL)).toEqual(fresh.search(query, {}, ALL));
    }
  });

  it('does not see later changes to a document it was given', () => {
    const documents = sampleCatalogue();
    const search = new CatalogueSearch(documents);
    documents[4]!.name.en = 'Changed';
    documents[4]!.tags.push('changed');
    expect(ids(search, 'changed')).toEqual([]);
    expect(ids(search, '', { tag: 'changed' })).toEqual([]);
  });

  it('removes a document, and scores the rest as if it had never been there', () => {
    const documents = sampleCatalogue();
    const search = new CatalogueSearch(documents);
    search.remove('product', 'p03');
    search.remove('product', 'p03'); // a second time is a no-op
    search.remove('exhibitor', 'p04'); // wrong kind: nothing to remove
    expect(search.size).toBe(documents.length - 1);
    expect(ids(search, 'robot arm')).not.toContain('p03');
    const fresh = new CatalogueSearch(documents.filter((d) => d.id !== 'p03'));
    for (const query of ['robot', '机器人', 'mach', '']) {
      expect(search.search(query, {}, ALL)).toEqual(fresh.search(query, {}, ALL));
    }
  });
});
