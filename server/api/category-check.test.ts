import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

const product = (category: string) => ({
  version: 1,
  name: { 'zh-CN': '样机', en: 'Sample machine' },
  description: { 'zh-CN': '说明', en: 'About it' },
  category,
  tags: [],
  specs: [],
  published: false,
});

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`categories in product and exhibitor bodies [${dialect}]`, () => {
    let api: TestExpoServer;
    let token: string;

    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      token = await api.login(DEMO_ACCOUNTS.exhibitor);
    }, 60_000);
    afterAll(() => api?.close());

    const productCount = async () => (await api.call('GET', '/exhibitors/ex-001/private', { token })).body.products.length as number;

    it('a new product must take a category of the fair’s taxonomy; nothing is stored otherwise', async () => {
      const before = await productCount();
      const refused = expectApiError(await api.call('POST', '/exhibitors/ex-001/products', { token, body: product('no-such-category') }), 400, 'bad_request');
      expect(refused.error.details).toEqual(['category: no category "no-such-category" in this expo']);
      expect(await productCount()).toBe(before);
      const created = await api.call('POST', '/exhibitors/ex-001/products', { token, body: product('industrial-robots') });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(await productCount()).toBe(before + 1);
    });

    it('an edit may keep a category the taxonomy has since dropped, but not choose a new unknown one', async () => {
      const created = await api.call('POST', '/exhibitors/ex-001/products', { token, body: product('industrial-robots') });
      const id = created.body.id as string;
      const put = (category: string) => api.call('PUT', `/products/${id}`, { token, body: product(category) });
      expectApiError(await put('made-up'), 400, 'bad_request');
      expect((await put('cnc-machines')).status).toBe(200);
      // A category the organizers retired after the product took it (written as an older release would have).
      const { store } = api.server;
      await store.products.update({ ...(await store.products.get(id))!, category: 'retired-category' });
      expect((await put('retired-category')).status).toBe(200);
      const moved = expectApiError(await put('another-made-up'), 400);
      expect(moved.error.details).toEqual(['category: no category "another-made-up" in this expo']);
    });

    it('an exhibitor profile names only the fair’s categories, each problem under its own field', async () => {
      const current = (await api.call('GET', '/exhibitors/ex-001', {})).body.exhibitor;
      const profile = { name: current.name, description: current.description, country: current.country, categories: [...current.categories, 'not-a-category'] };
      const refused = expectApiError(await api.call('PUT', '/exhibitors/ex-001', { token, body: profile }), 400, 'bad_request');
      expect(refused.error.details).toEqual([`categories[${current.categories.length}]: no category "not-a-category" in this expo`]);
      const kept = await api.call('PUT', '/exhibitors/ex-001', { token, body: { ...profile, categories: current.categories } });
      expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    });
  });
}
