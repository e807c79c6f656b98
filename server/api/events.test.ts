import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventPage, ExpoEventSchema } from '../../model';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

const talk = {
  version: 1,
  kind: 'talk',
  title: { 'zh-CN': '智能制造的下一个十年', en: 'The next decade of smart manufacturing' },
  startsAt: '2026-09-16T10:00:00+08:00',
  endsAt: '2026-09-16T10:45:00+08:00',
  hallId: 'hall-1',
  capacity: 200,
};
const launch = { ...talk, kind: 'launch', title: { 'zh-CN': '新品发布', en: 'Product launch' }, exhibitorId: 'ex-001' };

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`events [${dialect}]`, () => {
    let api: TestExpoServer;
    let organizer: string;
    let exhibitor: string;
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      [organizer, exhibitor] = await Promise.all([api.login(DEMO_ACCOUNTS.organizer), api.login(DEMO_ACCOUNTS.exhibitor)]);
    });
    afterAll(() => api?.close());

    it('lets organizers schedule talks and exhibitors their own launches, and nothing else', async () => {
      const created = await api.call('POST', '/expos/demo-expo/events', { token: organizer, body: talk });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const stored = ExpoEventSchema.parse(created.body);
      expect(stored).toMatchObject({ expoId: 'demo-expo', kind: 'talk', capacity: 200 });

      expectApiError(await api.call('POST', '/expos/demo-expo/events', { token: exhibitor, body: talk }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/expos/demo-expo/events', { token: exhibitor, body: { ...launch, exhibitorId: 'ex-002' } }), 403, 'forbidden');
      const own = await api.call('POST', '/expos/demo-expo/events', { token: exhibitor, body: launch });
      expect(own.status).toBe(201);
      expectApiError(await api.call('PUT', `/events/${stored.id}`, { token: exhibitor, body: launch }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/expos/demo-expo/events', { body: talk }), 401, 'unauthorized');

      const wrongTimes = expectApiError(await api.call('POST', '/expos/demo-expo/events', { token: organizer, body: { ...talk, endsAt: talk.startsAt } }), 400, 'bad_request');
      expect(wrongTimes.error.details).toEqual(['endsAt: must be after startsAt']);
      const slot = expectApiError(await api.call('POST', '/expos/demo-expo/events', { token: organizer, body: { ...talk, kind: 'meeting-slot' } }), 400, 'bad_request');
      expect(slot.error.details).toEqual(['exhibitorId: a meeting slot belongs to an exhibitor']);

      const moved = await api.call('PUT', `/events/${own.body.id}`, { token: exhibitor, body: { ...launch, startsAt: '2026-09-17T14:00:00+08:00', endsAt: '2026-09-17T14:30:00+08:00' } });
      expect(moved.body.startsAt).toBe('2026-09-17T14:00:00+08:00');
      expect((await api.call('DELETE', `/events/${own.body.id}`, { token: exhibitor })).status).toBe(204);
      expectApiError(await api.call('GET', `/events/${own.body.id}`), 404, 'not_found');
    });

    it('lists events in start order, paged and filtered, with ETags', async () => {
      const all = EventPage.parse((await api.call('GET', '/events?expo=demo-expo&pageSize=100')).body);
      expect(all.total).toBeGreaterThan(1);
      const starts = all.items.map((e) => Date.parse(e.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const talks = EventPage.parse((await api.call('GET', '/events?expo=demo-expo&kind=talk&pageSize=100')).body);
      expect(talks.items.every((e) => e.kind === 'talk')).toBe(true);
      const first = await api.call('GET', '/events?expo=demo-expo&page=1&pageSize=2');
      const second = await api.call('GET', '/events?expo=demo-expo&page=2&pageSize=2');
      expect([...first.body.items, ...second.body.items].map((e: { id: string }) => e.id)).toEqual(all.items.slice(0, 4).map((e) => e.id));
      const etag = first.headers.get('etag')!;
      expect((await api.call('GET', '/events?expo=demo-expo&page=1&pageSize=2', { headers: { 'if-none-match': etag } })).status).toBe(304);
      expectApiError(await api.call('GET', '/events?pageSize=1000'), 400, 'bad_request');
    });
  });
}
