import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchPage } from '../../model';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

const QUERIES = ['智能', '机器人', '数控', 'machine', 'mach', 'machne', 'robto arm', 'ZM-3100', 'zm3100', '包装', 'Donghai', '东海智能'];

/** Every dialect's answers to the same queries, to compare them at the end. */
const answers = new Map<string, unknown[]>();

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`GET /api/search [${dialect}]`, () => {
    let api: TestExpoServer;
    const search = async (query: string) => {
      const res = await api.call('GET', `/search?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return SearchPage.parse(res.body);
    };
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
    });
    afterAll(() => api?.close());

    it('finds Chinese substrings, ranked by name first', async () => {
      const page = await search(`q=${encodeURIComponent('智能')}&pageSize=5`);
      expect(page.total).toBeGreaterThan(10);
      expect(page.items[0]!.name['zh-CN']).toContain('智能');
      const product = await search(`q=${encodeURIComponent('智能制造')}&kind=product&pageSize=3`);
      expect(product.items[0]!.name['zh-CN']).toBe('智能制造设备');
    });

    it('finds English by prefix and despite typos, and model codes however they are typed', async () => {
      const exact = await search('q=machine&pageSize=5');
      expect(exact.items.length).toBe(5);
      expect(exact.items.every((h) => /machin/i.test(`${h.name.en} ${h.exhibitorName.en}`))).toBe(true);
      expect((await search('q=mach&pageSize=5')).items[0]!.name.en).toMatch(/machin/i);
      const typo = await search('q=machne&pageSize=5');
      expect(typo.items[0]!.name.en).toMatch(/machine/i);
      for (const code of ['ZM-3100', 'zm3100', 'zm-3100']) {
        const hit = await search(`q=${code}&pageSize=3`);
        expect(hit.items[0]?.modelCode, code).toBe('ZM-3100');
      }
    });

    it('finds a company by name and filters by kind, category, country and tag', async () => {
      const company = await search(`q=${encodeURIComponent('东海智能')}&pageSize=3`);
      expect(company.items[0]).toMatchObject({ kind: 'exhibitor', name: { 'zh-CN': '东海智能装备有限公司' } });
      const onlyProducts = await search(`q=${encodeURIComponent('东海智能')}&kind=product&pageSize=50`);
      expect(onlyProducts.items.every((h) => h.kind === 'product' && h.exhibitorName['zh-CN'] === '东海智能装备有限公司')).toBe(true);
      const category = await search('category=packaging-machinery&kind=product&pageSize=100');
      expect(category.total).toBeGreaterThan(0);
      expect(category.items.every((h) => h.category === 'packaging-machinery')).toBe(true);
      const countries = new Set((await search('kind=exhibitor&pageSize=100')).items.map((h) => h.country));
      for (const country of countries) {
        const only = await search(`country=${country}&kind=exhibitor&pageSize=100`);
        expect(only.items.every((h) => h.country === country)).toBe(true);
      }
      expectApiError(await api.call('GET', '/search?country=china'), 400, 'bad_request');
      expectApiError(await api.call('GET', `/search?q=${'x'.repeat(101)}`), 400, 'bad_request');
    });

    it('pages without overlap and counts every match', async () => {
      const first = await search('q=machine&page=1&pageSize=10');
      const second = await search('q=machine&page=2&pageSize=10');
      const all = await search('q=machine&page=1&pageSize=100');
      expect(first.total).toBe(all.total);
      expect([...first.items, ...second.items].map((h) => h.id)).toEqual(all.items.slice(0, 20).map((h) => h.id));
    });

    it('sees products as soon as they are published, and not while they are drafts', async () => {
      const token = await api.login(DEMO_ACCOUNTS.exhibitor);
      const product = {
        version: 1,
        name: { 'zh-CN': '量子焊接机器人', en: 'Quantum welding robot' },
        description: { 'zh-CN': '新品', en: 'New' },
        category: 'industrial-robots',
        tags: [],
        specs: [],
        modelCode: 'QW-9000',
        published: false,
      };
      const created = await api.call('POST', '/exhibitors/ex-001/products', { token, body: product });
      const ids = async (q: string) => (await search(`q=${encodeURIComponent(q)}&pageSize=100`)).items.map((h) => h.id);
      expect(await ids('QW-9000')).not.toContain(created.body.id);
      const listed = async () => (await api.call('GET', '/products?exhibitor=ex-001')).body.total as number;
      const draftTotal = await listed();
      await api.call('PUT', `/products/${created.body.id}`, { token, body: { ...product, published: true } });
      // The cached product count follows the data too.
      expect(await listed()).toBe(draftTotal + 1);
      expect((await search(`q=${encodeURIComponent('量子焊接')}`)).items[0]?.id).toBe(created.body.id);
      expect((await search('q=QW-9000')).items[0]?.id).toBe(created.body.id);
      await api.call('DELETE', `/products/${created.body.id}`, { token });
      expect(await ids('QW-9000')).not.toContain(created.body.id);
    });

    it('records its answers for the cross-database comparison', async () => {
      const results: unknown[] = [];
      for (const q of QUERIES) results.push((await search(`q=${encodeURIComponent(q)}&pageSize=20`)).items.map((h) => [h.kind, h.id, h.score]));
      answers.set(dialect, results);
    });
  });
}

describe.runIf(DIALECTS_UNDER_TEST.length > 1)('search on SQLite and PostgreSQL', () => {
  it('gives the same ranked results for the same data', () => {
    expect(answers.get('postgres')).toEqual(answers.get('sqlite'));
    expect((answers.get('sqlite') as unknown[][]).every((r) => r.length > 0)).toBe(true);
  });
});
