import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

/** The second exhibitor: one of the seeded pending registrations (same demo password as the exhibitor). */
const OTHER_EXHIBITOR = { email: 'pending1@expo.example', password: DEMO_ACCOUNTS.exhibitor.password };
const FOREIGN_ORGANIZER = { email: 'organizer@other-fair.example', password: 'other fair organizer' };

const draftProduct = {
  version: 1,
  name: { 'zh-CN': '未发布的新品', en: 'Unreleased prototype' },
  description: { 'zh-CN': '保密', en: 'Confidential until launch' },
  category: 'industrial-robots',
  tags: ['prototype'],
  specs: [],
  modelCode: 'SECRET-1',
  published: false,
};

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`authorization [${dialect}]`, () => {
    let api: TestExpoServer;
    let exhibitor: string;
    let other: string;
    let organizer: string;
    let foreign: string;
    let draftId: string;
    let boothId: string;

    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      // A second fair with its own organizer, who must not reach into the demo fair.
      const { store } = api.server;
      await store.expos.insert({ id: 'other-fair', name: { 'zh-CN': '另一个展会', en: 'Another fair' }, startsAt: '2027-01-01T09:00:00+08:00', endsAt: '2027-01-03T17:00:00+08:00' });
      await store.users.insert({
        id: 'u-foreign',
        email: FOREIGN_ORGANIZER.email,
        passwordHash: await hashPassword(FOREIGN_ORGANIZER.password),
        role: 'organizer',
        expoId: 'other-fair',
        displayName: 'Foreign organizer',
        createdAt: new Date().toISOString(),
      });
      [exhibitor, other, organizer, foreign] = await Promise.all([
        api.login(DEMO_ACCOUNTS.exhibitor),
        api.login(OTHER_EXHIBITOR),
        api.login(DEMO_ACCOUNTS.organizer),
        api.login(FOREIGN_ORGANIZER),
      ]);
      const created = await api.call('POST', '/exhibitors/ex-001/products', { token: exhibitor, body: draftProduct });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      draftId = created.body.id;
      const hall = await api.call('GET', '/halls/hall-1');
      boothId = hall.body.booths.find((b: { exhibitorId: string }) => b.exhibitorId === 'ex-001').design.id;
    });
    afterAll(() => api?.close());

    it('lets an exhibitor read and change only its own drafts, booth and products', async () => {
      expect((await api.call('GET', `/products/${draftId}`, { token: exhibitor })).body.modelCode).toBe('SECRET-1');
      expectApiError(await api.call('GET', `/products/${draftId}`), 404, 'not_found');
      expectApiError(await api.call('GET', `/products/${draftId}`, { token: other }), 403, 'forbidden');
      expectApiError(await api.call('GET', '/exhibitors/ex-001/private', { token: other }), 403, 'forbidden');
      expectApiError(await api.call('PUT', `/products/${draftId}`, { token: other, body: { ...draftProduct, modelCode: 'STOLEN' } }), 403, 'forbidden');
      expectApiError(await api.call('DELETE', `/products/${draftId}`, { token: other }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/exhibitors/ex-001/products', { token: other, body: draftProduct }), 403, 'forbidden');
      const booth = (await api.call('GET', `/booths/${boothId}`)).body;
      expectApiError(await api.call('PUT', `/booths/${boothId}`, { token: other, body: booth }), 403, 'forbidden');
      const profile = (await api.call('GET', '/exhibitors/ex-001')).body.exhibitor;
      const { id: _id, expoId: _expo, status: _status, version: _v, ...editable } = profile;
      expectApiError(await api.call('PUT', '/exhibitors/ex-001', { token: other, body: { ...editable, name: { 'zh-CN': '被篡改', en: 'Defaced' } } }), 403, 'forbidden');

      // Nothing changed, and the owner still can.
      expect((await api.call('GET', `/products/${draftId}`, { token: exhibitor })).body.modelCode).toBe('SECRET-1');
      expect((await api.call('GET', '/exhibitors/ex-001')).body.exhibitor.name).toEqual(profile.name);
      const own = await api.call('GET', '/exhibitors/ex-001/private', { token: exhibitor });
      expect(own.body.products.map((p: { id: string }) => p.id)).toContain(draftId);
      // A draft stays out of every public list.
      const publicCatalogue = await api.call('GET', '/exhibitors/ex-001');
      expect(publicCatalogue.body.products.map((p: { id: string }) => p.id)).not.toContain(draftId);
      expect((await api.call('GET', '/search?q=SECRET-1&pageSize=100')).body.items.map((h: { id: string }) => h.id)).not.toContain(draftId);
    });

    it('keeps writes behind a sign-in', async () => {
      expectApiError(await api.call('POST', '/exhibitors/ex-001/products', { body: draftProduct }), 401, 'unauthorized');
      expectApiError(await api.call('PUT', `/products/${draftId}`, { body: draftProduct }), 401, 'unauthorized');
      expectApiError(await api.call('PUT', '/halls/hall-1/layout', { body: {} }), 401, 'unauthorized');
      expectApiError(await api.call('GET', '/expos/demo-expo/exhibitor-registrations'), 401, 'unauthorized');
      expectApiError(await api.call('GET', '/me', { token: 'not-a-token' }), 401, 'unauthorized');
      const visitor = await api.login(DEMO_ACCOUNTS.visitor);
      expectApiError(await api.call('POST', '/exhibitors/ex-001/products', { token: visitor, body: draftProduct }), 403, 'forbidden');
      expectApiError(await api.call('GET', '/expos/demo-expo/exhibitor-registrations', { token: visitor }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/exhibitor-registrations/reg-pending-1/review', { token: exhibitor, body: { decision: 'approve' } }), 403, 'forbidden');
    });

    it("keeps a visitor's registration from other visitors", async () => {
      const signUp = async (email: string) => {
        const res = await api.call('POST', '/expos/demo-expo/visitor-registrations', {
          body: { displayName: email.split('@')[0], email, password: 'a long enough password', phone: '13912345678', country: 'CN', acceptTerms: true },
        });
        expect(res.status).toBe(201);
        return res.body.token as string;
      };
      const alice = await signUp('alice@buyers.example');
      const bob = await signUp('bob@buyers.example');
      const list = await api.call('GET', '/expos/demo-expo/visitor-registrations?status=approved&pageSize=100', { token: organizer });
      const aliceRegistration = list.body.items.find((r: { email: string }) => r.email === 'alice@buyers.example');
      expect((await api.call('GET', `/visitor-registrations/${aliceRegistration.id}`, { token: alice })).body.phone).toBe('13912345678');
      expectApiError(await api.call('GET', `/visitor-registrations/${aliceRegistration.id}`, { token: bob }), 403, 'forbidden');
      expectApiError(await api.call('GET', `/visitor-registrations/${aliceRegistration.id}`, { token: exhibitor }), 403, 'forbidden');
      expectApiError(await api.call('GET', `/visitor-registrations/${aliceRegistration.id}`, { token: foreign }), 403, 'forbidden');
    });

    it('lets an organizer do everything for its own expo and nothing for another', async () => {
      expect((await api.call('GET', `/products/${draftId}`, { token: organizer })).status).toBe(200);
      expect((await api.call('GET', '/exhibitors/ex-001/private', { token: organizer })).status).toBe(200);
      const edited = await api.call('PUT', `/products/${draftId}`, { token: organizer, body: { ...draftProduct, modelCode: 'SECRET-2' } });
      expect(edited.body.modelCode).toBe('SECRET-2');
      const layout = await api.call('GET', '/halls/hall-1/layout');

      expectApiError(await api.call('GET', `/products/${draftId}`, { token: foreign }), 403, 'forbidden');
      expectApiError(await api.call('GET', '/exhibitors/ex-001/private', { token: foreign }), 403, 'forbidden');
      expectApiError(await api.call('PUT', `/products/${draftId}`, { token: foreign, body: draftProduct }), 403, 'forbidden');
      expectApiError(await api.call('DELETE', `/products/${draftId}`, { token: foreign }), 403, 'forbidden');
      expectApiError(await api.call('PUT', '/halls/hall-1/layout', { token: foreign, body: layout.body }), 403, 'forbidden');
      expectApiError(await api.call('GET', '/expos/demo-expo/exhibitor-registrations', { token: foreign }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/exhibitor-registrations/reg-pending-2/review', { token: foreign, body: { decision: 'approve' } }), 403, 'forbidden');
      expectApiError(await api.call('PUT', '/expos/demo-expo/settings', { token: foreign, body: { visitorReview: 'manual' } }), 403, 'forbidden');
      expect((await api.call('GET', '/exhibitors/ex-pending-2/private', { token: organizer })).body.registration.status).toBe('pending');

      expect((await api.call('DELETE', `/products/${draftId}`, { token: organizer })).status).toBe(204);
      expectApiError(await api.call('GET', `/products/${draftId}`, { token: exhibitor }), 404, 'not_found');
    });
  });
}
