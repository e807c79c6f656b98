import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitorBoothLocation, HallList, HallView } from '../../../model';
import { DIALECTS_UNDER_TEST } from '../../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from '../testing/test-expo-server';

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`GET /exhibitors/:id/booth [${dialect}]`, () => {
    let api: TestExpoServer;
    let exhibitor: string;
    let organizer: string;
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      [exhibitor, organizer] = await Promise.all([api.login(DEMO_ACCOUNTS.exhibitor), api.login(DEMO_ACCOUNTS.organizer)]);
    });
    afterAll(() => api?.close());

    it('agrees with the hall views for every booth a visitor can see, signed out', async () => {
      const halls = HallList.parse((await api.call('GET', '/halls')).body);
      let checked = 0;
      for (const hall of halls.items) {
        const view = HallView.parse((await api.call('GET', `/halls/${hall.id}`)).body);
        for (const booth of view.booths) {
          const answer = await api.call('GET', `/exhibitors/${booth.exhibitorId}/booth`);
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          expect(ExhibitorBoothLocation.parse(answer.body)).toEqual({ hallId: hall.id, slotId: booth.slotId, boothId: booth.design.id, revision: booth.design.revision });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });

    it('follows a publish: the revision it names is the published one', async () => {
      const before = ExhibitorBoothLocation.parse((await api.call('GET', '/exhibitors/ex-001/booth', { token: exhibitor })).body);
      const design = (await api.call('GET', `/booths/${before.boothId}`)).body;
      const published = await api.call('PUT', `/booths/${before.boothId}`, { token: exhibitor, body: { ...design, fasciaName: { 'zh-CN': '新招牌', en: 'New fascia' } } });
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      const after = ExhibitorBoothLocation.parse((await api.call('GET', '/exhibitors/ex-001/booth', { token: exhibitor })).body);
      expect(after).toEqual({ ...before, revision: before.revision + 1 });
    });

    it('404 with a clear message when there is no booth; hidden exhibitors stay hidden from strangers; 400 for a bad id', async () => {
      const none = expectApiError(await api.call('GET', '/exhibitors/ex-pending-1/booth', { token: organizer }), 404, 'not_found');
      expect(none.error.message).toBe('exhibitor "ex-pending-1" has no booth in a hall yet: an organizer assigns it a slot in a hall layout');
      // Signed out, a pending exhibitor does not exist; another exhibitor's staff is told it is not theirs.
      expect(expectApiError(await api.call('GET', '/exhibitors/ex-pending-1/booth'), 404, 'not_found').error.message).toBe('exhibitor "ex-pending-1" not found');
      expectApiError(await api.call('GET', '/exhibitors/ex-pending-1/booth', { token: exhibitor }), 403, 'forbidden');
      expectApiError(await api.call('GET', '/exhibitors/no-such-exhibitor/booth'), 404, 'not_found');
      expect(expectApiError(await api.call('GET', '/exhibitors/Not_An_Id/booth'), 400, 'bad_request').error.details!.join('\n')).toMatch(/^id: /);
    });

    it('a design taken off its slot is no longer the booth', async () => {
      const { boothId, hallId, slotId } = ExhibitorBoothLocation.parse((await api.call('GET', '/exhibitors/ex-001/booth')).body);
      await api.server.store.boothDesigns.setPlacement(boothId, null);
      try {
        expectApiError(await api.call('GET', '/exhibitors/ex-001/booth'), 404, 'not_found');
      } finally {
        await api.server.store.boothDesigns.setPlacement(boothId, { hallId, slotId });
      }
      expect((await api.call('GET', '/exhibitors/ex-001/booth')).status).toBe(200);
    });

    it('is listed in the OpenAPI document with its answer schema', async () => {
      const doc = (await api.call('GET', '/openapi.json')).body;
      const op = doc.paths['/api/exhibitors/{id}/booth'].get;
      expect(op.security).toEqual([]);
      expect(Object.keys(op.responses['200'].content['application/json'].schema.properties).sort()).toEqual(['boothId', 'hallId', 'revision', 'slotId']);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '404']));
    });
  });
}
