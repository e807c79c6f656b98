import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothDesignSchema, ConflictBody, HallView } from '../../model';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`publishing booths and halls [${dialect}]`, () => {
    let api: TestExpoServer;
    let exhibitor: string;
    let organizer: string;
    let boothId: string;
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      [exhibitor, organizer] = await Promise.all([api.login(DEMO_ACCOUNTS.exhibitor), api.login(DEMO_ACCOUNTS.organizer)]);
      const hall = HallView.parse((await api.call('GET', '/halls/hall-1')).body);
      boothId = hall.booths.find((b) => b.exhibitorId === 'ex-001')!.design.id;
    });
    afterAll(() => api?.close());

    it('publishes a new revision, refuses a stale one with 409 and the current design, and never overwrites silently', async () => {
      const hallBefore = await api.call('GET', '/halls/hall-1');
      const etagBefore = hallBefore.headers.get('etag')!;
      const base = BoothDesignSchema.parse((await api.call('GET', `/booths/${boothId}`)).body);

      const mine = { ...base, fasciaName: { 'zh-CN': '新的招牌', en: 'New fascia' } };
      const published = await api.call('PUT', `/booths/${boothId}`, { token: exhibitor, body: mine });
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      expect(published.body).toMatchObject({ revision: base.revision + 1, fasciaName: { en: 'New fascia' } });

      // A second editor still on the old revision.
      const theirs = { ...base, fasciaName: { 'zh-CN': '旧的招牌', en: 'Stale fascia' } };
      const conflict = await api.call('PUT', `/booths/${boothId}`, { token: exhibitor, body: theirs });
      expect(conflict.status).toBe(409);
      const body = ConflictBody.parse(conflict.body);
      expect(body.error.code).toBe('conflict');
      expect(body.current.revision).toBe(base.revision + 1);
      expect((body.current.document as { fasciaName: { en: string } }).fasciaName.en).toBe('New fascia');
      expect((await api.call('GET', `/booths/${boothId}`)).body.fasciaName.en).toBe('New fascia');

      // The hall view was rebuilt: new ETag, the old one no longer answers 304.
      const hallAfter = await api.call('GET', '/halls/hall-1', { headers: { 'if-none-match': etagBefore } });
      expect(hallAfter.status).toBe(200);
      expect(hallAfter.headers.get('etag')).not.toBe(etagBefore);
      expect(HallView.parse(hallAfter.body).booths.find((b) => b.design.id === boothId)!.design.fasciaName.en).toBe('New fascia');
      expect((await api.call('GET', '/halls/hall-1', { headers: { 'if-none-match': hallAfter.headers.get('etag')! } })).status).toBe(304);
    });

    it('refuses a design that leaves its booth, naming the item, and keeps the id and owner from the path', async () => {
      const base = BoothDesignSchema.parse((await api.call('GET', `/booths/${boothId}`)).body);
      const outside = { ...base, items: [{ id: 'far-plant', kind: 'plant', x: 40, y: 0, z: 0, yaw: 0, scale: 1 }] };
      const refused = expectApiError(await api.call('PUT', `/booths/${boothId}`, { token: exhibitor, body: outside }), 400, 'bad_request');
      expect(refused.error.details!.join('\n')).toMatch(/items\[0\]\.x: item is .* outside the booth footprint/);
      const moved = await api.call('PUT', `/booths/${boothId}`, { token: exhibitor, body: { ...base, id: 'someone-elses-booth', exhibitorId: 'ex-002' } });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ id: boothId, exhibitorId: 'ex-001', revision: base.revision + 1 });
    });

    it('publishes hall layouts with the same revision check, and validates them', async () => {
      const { revision, layout } = (await api.call('GET', '/halls/hall-2/layout')).body;
      const renamed = { ...layout, name: { ...layout.name, en: 'Premium Hall (renamed)' } };
      expectApiError(await api.call('PUT', '/halls/hall-2/layout', { token: exhibitor, body: { revision, layout: renamed } }), 403, 'forbidden');
      const ok = await api.call('PUT', '/halls/hall-2/layout', { token: organizer, body: { revision, layout: renamed } });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.revision).toBe(revision + 1);
      const stale = await api.call('PUT', '/halls/hall-2/layout', { token: organizer, body: { revision, layout } });
      expect(stale.status).toBe(409);
      expect(ConflictBody.parse(stale.body).current.revision).toBe(revision + 1);
      expect((await api.call('GET', '/halls')).body.items.find((h: { id: string }) => h.id === 'hall-2').name.en).toBe('Premium Hall (renamed)');

      const [first, second] = layout.slots;
      const overlapping = { ...renamed, slots: [first, { ...second, x: first.x, z: first.z }, ...layout.slots.slice(2)] };
      const refused = expectApiError(await api.call('PUT', '/halls/hall-2/layout', { token: organizer, body: { revision: revision + 1, layout: overlapping } }), 400, 'bad_request');
      expect(refused.error.details!.join('\n')).toMatch(/overlap/);
      expectApiError(await api.call('PUT', '/halls/hall-2/layout', { token: organizer, body: { revision: revision + 1, layout: { ...renamed, id: 'hall-1' } } }), 400, 'bad_request');
    });
  });
}
