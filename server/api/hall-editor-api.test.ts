import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHallLayout, ExpoDetail, HallLayoutRecord, HallList, HallTemplateList, HallView, type HallLayout } from '../../model';
import { DEMO_EXPO_ID } from '../seed';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

const newHall = { templateId: 'pavilion-12', name: { 'zh-CN': '新展馆', en: 'New Hall' } };

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`hall set-up by organizers [${dialect}]`, () => {
    let api: TestExpoServer;
    let organizer: string;
    let exhibitor: string;
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
      [organizer, exhibitor] = await Promise.all([api.login(DEMO_ACCOUNTS.organizer), api.login(DEMO_ACCOUNTS.exhibitor)]);
      await api.server.store.expos.insert({ id: 'other-expo', name: { 'zh-CN': '别的展会', en: 'Other fair' }, startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-03T00:00:00Z' });
    });
    afterAll(() => api?.close());

    it('lists the hall templates with plans, and the booth templates; every template keeps the layout rules', async () => {
      const answer = await api.call('GET', '/hall-templates');
      expect(answer.status).toBe(200);
      const list = HallTemplateList.parse(answer.body);
      expect(list.halls.map((h) => h.id)).toEqual(['standard-grid', 'premium-islands', 'two-zone-stage', 'pavilion-12']);
      const pavilion = list.halls.find((h) => h.id === 'pavilion-12')!;
      expect(pavilion.plan.booths).toHaveLength(pavilion.slotCount);
      expect(list.boothTemplates.map((b) => b.id)).toContain('inline-3x3');
      for (const { id } of list.halls) {
        const created = await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, templateId: id } });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const { layout } = HallLayoutRecord.parse(created.body);
        expect(checkHallLayout(layout, { boothTemplates: list.boothTemplates })).toEqual([]);
      }
    });

    it('lets only the organizers of the expo create a hall, and validates the request', async () => {
      expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { body: newHall }), 401, 'unauthorized');
      expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: exhibitor, body: newHall }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/expos/other-expo/halls', { token: organizer, body: newHall }), 403, 'forbidden');
      expectApiError(await api.call('POST', '/expos/no-such-expo/halls', { token: organizer, body: newHall }), 404, 'not_found');

      const unknown = expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, templateId: 'no-such-template' } }), 400);
      expect(unknown.error.details).toEqual(['templateId: no hall template "no-such-template"']);
      const unnamed = expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, name: { 'zh-CN': '', en: 'x' } } }), 400);
      expect(unnamed.error.details!.join('\n')).toMatch(/name\.zh-CN: must not be empty/);
      // Pavilion 12 is 30 × 24 m; at 20 m wide its east booths would stand outside.
      const shrunk = expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, size: { width: 20, depth: 24 } } }), 400);
      expect(shrunk.error.details!.join('\n')).toMatch(/beyond the hall's east wall/);
      expectApiError(await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, size: { width: 9000, depth: 24 } } }), 400);
    });

    it('creates a hall that the lobby and the expo list, grown to the asked size', async () => {
      const created = await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: { ...newHall, size: { width: 40, depth: 30 } } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const { revision, layout } = HallLayoutRecord.parse(created.body);
      expect(revision).toBe(1);
      expect(layout.size).toMatchObject({ width: 40, depth: 30 });
      expect(layout.name.en).toBe('New Hall');
      expect(layout.slots.every((s) => s.exhibitorId === undefined)).toBe(true);

      const lobby = HallList.parse((await api.call('GET', '/halls')).body);
      expect(lobby.items.at(-1)).toMatchObject({ id: layout.id, expoId: DEMO_EXPO_ID, width: 40, slotCount: layout.slots.length });
      expect(ExpoDetail.parse((await api.call('GET', `/expos/${DEMO_EXPO_ID}`)).body).hallIds).toContain(layout.id);
      const view = HallView.parse((await api.call('GET', `/halls/${layout.id}`)).body);
      expect(view.booths).toEqual([]);
    });

    it('puts a booth on each assigned slot when a layout is published, and moves or removes it with the assignment', async () => {
      const { layout } = HallLayoutRecord.parse((await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: newHall })).body);
      let revision = 1;
      const publish = async (next: HallLayout) => {
        const answer = await api.call('PUT', `/halls/${layout.id}/layout`, { token: organizer, body: { revision, layout: next } });
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        revision = HallLayoutRecord.parse(answer.body).revision;
        return HallView.parse((await api.call('GET', `/halls/${layout.id}`)).body);
      };
      const assign = (slotIndex: number, exhibitorId?: string): HallLayout => ({
        ...layout,
        slots: layout.slots.map((s, i) => (i === slotIndex && exhibitorId ? { ...s, exhibitorId } : s)),
      });

      // ex-001 already has a booth in hall 1: this slot gets a second, new design.
      const first = await publish(assign(0, 'ex-001'));
      expect(first.booths.map((b) => [b.slotId, b.exhibitorId])).toEqual([[layout.slots[0]!.id, 'ex-001']]);
      const designId = first.booths[0]!.design.id;
      expect(designId).not.toBe('booth-ex-001');
      expect(first.booths[0]!.design.templateId).toBe('inline-3x3');
      const hallOne = HallView.parse((await api.call('GET', '/halls/hall-1')).body);
      expect(hallOne.booths.some((b) => b.design.id === 'booth-ex-001')).toBe(true);

      // Reassigned to another slot of the same size: the same design follows.
      const twin = layout.slots.findIndex((s, i) => i > 0 && s.kind === 'inline' && s.width === 3 && s.depth === 3);
      const moved = await publish(assign(twin, 'ex-001'));
      expect(moved.booths.map((b) => [b.slotId, b.design.id])).toEqual([[layout.slots[twin]!.id, designId]]);
      // To a corner slot: that design does not fit there, so a corner booth is made and the inline one waits unplaced.
      const corner = layout.slots.findIndex((s) => s.kind === 'corner');
      const onCorner = await publish(assign(corner, 'ex-001'));
      expect(onCorner.booths.map((b) => [b.slotId, b.design.templateId])).toEqual([[layout.slots[corner]!.id, 'corner-6x3']]);
      expect(await api.server.store.boothDesigns.placement(designId)).toBeNull();

      // Unassigned: the booth leaves the hall, the design is kept.
      const cornerDesign = onCorner.booths[0]!.design.id;
      const cleared = await publish(assign(0));
      expect(cleared.booths).toEqual([]);
      expect((await api.call('GET', `/booths/${cornerDesign}`)).status).toBe(200);
      expect(await api.server.store.boothDesigns.placement(cornerDesign)).toBeNull();
    });

    it('refuses a publish that breaks the layout rules or assigns unknown or unapproved exhibitors, naming the slot', async () => {
      const { layout } = HallLayoutRecord.parse((await api.call('POST', `/expos/${DEMO_EXPO_ID}/halls`, { token: organizer, body: newHall })).body);
      const put = (next: HallLayout) => api.call('PUT', `/halls/${layout.id}/layout`, { token: organizer, body: { revision: 1, layout: next } });
      const withSlot = (i: number, change: Partial<HallLayout['slots'][number]>): HallLayout => ({
        ...layout,
        slots: layout.slots.map((s, k) => (k === i ? { ...s, ...change } : s)),
      });

      // a-01 (x 7.5..10.5) stands beside a-02; 1 m further west it leaves a 1 m gap between them.
      const first = layout.slots[0]!;
      const narrow = expectApiError(await put(withSlot(0, { x: first.x - 1 })), 400, 'bad_request');
      expect(narrow.error.details).toContain('slots[1]: the aisle between slots "a-01" and "a-02" is 1 m wide; aisles must be at least 3 m (or 0 m: booths back to back)');

      const stranger = expectApiError(await put(withSlot(0, { exhibitorId: 'no-such-exhibitor' })), 400);
      expect(stranger.error.details).toEqual(['slots[0].exhibitorId: no exhibitor "no-such-exhibitor" in this expo']);
      const pending = expectApiError(await put(withSlot(0, { exhibitorId: 'ex-pending-1' })), 400);
      expect(pending.error.details).toEqual(['slots[0].exhibitorId: exhibitor "ex-pending-1" is not approved yet']);
      const odd = expectApiError(await put(withSlot(0, { exhibitorId: 'ex-002', width: 2.5 })), 400);
      expect(odd.error.details!.join('\n')).toMatch(/no booth template fits a 2.5 × 3 m inline slot/);
      // Nothing of it was stored.
      expect(HallLayoutRecord.parse((await api.call('GET', `/halls/${layout.id}/layout`)).body).revision).toBe(1);
    });
  });
}
