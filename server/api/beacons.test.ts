import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BeaconResult, HallView, ProductPage } from '../../model';
import { hourOf } from '../store/analytics';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { expectApiError, startTestExpoServer, type Answer, type TestExpoServer } from './testing/test-expo-server';

/** `navigator.sendBeacon(url, string)` sends this type, not JSON. */
const SEND_BEACON_TYPE = 'text/plain;charset=UTF-8';

/**
 * Each test writes into its own UTC hour, so one test's aggregates never include another's events:
 * whole hours in the recent past, as the server refuses events over a day ahead or 30 days old.
 */
const BASE_HOUR = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 12 * 3_600_000;
const HOURS = {
  types: BASE_HOUR,
  invalid: BASE_HOUR + 3_600_000,
  limits: BASE_HOUR + 2 * 3_600_000,
  aggregates: BASE_HOUR + 3 * 3_600_000,
  burst: BASE_HOUR + 4 * 3_600_000,
  rateLimit: BASE_HOUR + 5 * 3_600_000,
} as const;

type RawEvent = Record<string, unknown>;

/** One analytics event as the hall page sends it (version 1), `minutes` into `hour`. */
function event(type: string, visitorId: string, hour: number, minutes: number, fields: RawEvent = {}): RawEvent {
  return { v: 1, type, visitorId, at: hour + minutes * 60_000, hallId: 'hall-1', ...fields };
}

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`POST /api/beacons [${dialect}]`, () => {
    let expo: TestExpoServer;
    let boothIds: string[];
    let productIds: string[];

    beforeAll(async () => {
      // A high limit: this file sends ~70 beacons from one address; the limit has its own test below.
      expo = await startTestExpoServer(dialect, { rateLimits: { beaconsPerMinute: 10_000 } });
      const hall = HallView.parse((await expo.call('GET', '/halls/hall-1')).body);
      boothIds = hall.booths.map((booth) => booth.design.id);
      productIds = ProductPage.parse((await expo.call('GET', '/products?pageSize=100')).body).items.map((product) => product.id);
      expect(boothIds.length).toBeGreaterThanOrEqual(2);
      expect(productIds.length).toBeGreaterThanOrEqual(2);
    }, 60_000);
    afterAll(() => expo?.close());

    const send = (body: unknown, contentType = 'application/json'): Promise<Answer> =>
      expo.call('POST', '/beacons', { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': contentType } });

    const stored = () => expo.server.store.analytics.count();

    const storedFor = (visitorPrefix: string) =>
      expo.server.store.db
        .selectFrom('analytics_events')
        .select(['type', 'visitor_id', 'at', 'booth_id', 'product_id', 'dwell_ms'])
        .where('visitor_id', 'like', `${visitorPrefix}%`)
        .orderBy('at')
        .execute();

    it('accepts and stores a batch of events of several types, sent as JSON or as sendBeacon’s text/plain', async () => {
      const [booth] = boothIds as [string];
      const [product] = productIds as [string];
      const h = HOURS.types;
      const events = [
        event('hall_enter', 'types-visitor-1', h, 0),
        event('booth_enter', 'types-visitor-1', h, 1, { boothId: booth }),
        event('product_view', 'types-visitor-1', h, 2, { productId: product, boothId: booth }),
        event('like', 'types-visitor-1', h, 3, { productId: product }),
        event('message', 'types-visitor-1', h, 4, { boothId: booth }),
        event('meeting_booked', 'types-visitor-1', h, 5, { boothId: booth }),
        event('booth_leave', 'types-visitor-1', h, 6, { boothId: booth, dwellMs: 300_000 }),
        event('search', 'types-visitor-1', h, 7, { query: 'robot arm', results: 4 }),
      ];
      const before = await stored();
      const json = await send({ events });
      expect(json.status, JSON.stringify(json.body)).toBe(200);
      expect(BeaconResult.parse(json.body)).toEqual({ accepted: events.length, rejected: 0, errors: [] });
      expect(await stored()).toBe(before + events.length);

      const plainEvents = [
        event('hall_enter', 'types-visitor-2', h, 10),
        event('booth_enter', 'types-visitor-2', h, 11, { boothId: booth }),
        event('inquiry', 'types-visitor-2', h, 12, { productId: product, boothId: booth }),
      ];
      const plain = await send(JSON.stringify({ events: plainEvents }), SEND_BEACON_TYPE);
      expect(plain.status, JSON.stringify(plain.body)).toBe(200);
      expect(BeaconResult.parse(plain.body)).toEqual({ accepted: 3, rejected: 0, errors: [] });
      expect(await stored()).toBe(before + events.length + 3);

      const rows = await storedFor('types-visitor-');
      expect(rows.map((r) => [r.visitor_id, r.type])).toEqual([...events, ...plainEvents].map((e) => [e.visitorId, e.type]));
      const leave = rows.find((r) => r.type === 'booth_leave')!;
      expect([leave.booth_id, Number(leave.dwell_ms)]).toEqual([booth, 300_000]);
    });

    it('drops invalid events one by one, saying which and why, and keeps the valid ones of the same batch', async () => {
      const [booth] = boothIds as [string];
      const [product] = productIds as [string];
      const h = HOURS.invalid;
      const events = [
        event('booth_enter', 'invalid-visitor-1', h, 0, { boothId: booth }),
        event('booth_enter', 'x', h, 1, { boothId: booth }),
        event('teleport', 'invalid-visitor-1', h, 2),
        event('product_view', 'invalid-visitor-1', h, 3, { productId: 'no-such-product' }),
        event('booth_enter', 'invalid-visitor-1', h, 4, { boothId: 'no-such-booth' }),
        event('booth_leave', 'invalid-visitor-1', h, 5, { boothId: booth, dwellMs: -5 }),
        event('product_view', 'invalid-visitor-2', h, 6, { productId: product }),
      ];
      const before = await stored();
      const answer = await send({ events });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const result = BeaconResult.parse(answer.body);
      expect([result.accepted, result.rejected]).toEqual([2, 5]);
      expect(result.errors).toHaveLength(5);
      expect(result.errors[0]).toMatch(/^events\[1\]: visitorId: /);
      expect(result.errors[1]).toMatch(/^events\[2\]: type: /);
      expect(result.errors[2]).toBe('events[3]: productId: no product "no-such-product"');
      expect(result.errors[3]).toBe('events[4]: boothId: no booth "no-such-booth"');
      expect(result.errors[4]).toMatch(/^events\[5\]: dwellMs: /);

      expect(await stored()).toBe(before + 2);
      const rows = await storedFor('invalid-visitor-');
      expect(rows.map((r) => [r.visitor_id, r.type, r.booth_id ?? r.product_id])).toEqual([
        ['invalid-visitor-1', 'booth_enter', booth],
        ['invalid-visitor-2', 'product_view', product],
      ]);
    });

    it('drops an event whose time no Date can hold, and keeps the rest of its beacon', async () => {
      const [booth] = boothIds as [string];
      // A safe integer ≥ 0, so `at` passes as a number, but past the last instant a Date holds (8.64e15 ms).
      const beyondDates = 9_000_000_000_000_000;
      const events = [
        event('booth_enter', 'time-visitor-1', HOURS.invalid, 30, { boothId: booth }),
        event('booth_enter', 'time-visitor-2', HOURS.invalid, 31, { boothId: booth, at: beyondDates }),
        event('booth_enter', 'time-visitor-3', HOURS.invalid, 32, { boothId: booth, at: Date.now() + 2 * 86_400_000 }),
        event('booth_enter', 'time-visitor-4', HOURS.invalid, 33, { boothId: booth, at: Date.now() - 40 * 86_400_000 }),
      ];
      const before = await stored();
      const answer = await send({ events });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const result = BeaconResult.parse(answer.body);
      expect([result.accepted, result.rejected]).toEqual([1, 3]);
      expect(result.errors[0]).toMatch(/^events\[1\]: at: /);
      expect(result.errors.slice(1)).toEqual(['events[2]: at: more than a day in the future', 'events[3]: at: more than 30 days old']);
      expect(await stored()).toBe(before + 1);
    });

    it('refuses a whole beacon that is too long, too large or not JSON, with the API error shape', async () => {
      const [booth] = boothIds as [string];
      const h = HOURS.limits;
      const many = (n: number, visitor: string) => Array.from({ length: n }, (_, i) => event('booth_enter', visitor, h, i % 60, { boothId: booth }));
      const before = await stored();

      const tooMany = expectApiError(await send({ events: many(101, 'limits-visitor-101') }), 400, 'bad_request');
      expect(tooMany.error.details?.join('\n')).toMatch(/events: at most 100 events per beacon/);
      expect(await stored()).toBe(before);

      // 100 is still one beacon: the limit is exactly 100, not less.
      const hundred = await send({ events: many(100, 'limits-visitor-100') });
      expect(BeaconResult.parse(hundred.body)).toEqual({ accepted: 100, rejected: 0, errors: [] });
      expect(await stored()).toBe(before + 100);

      const oversized = JSON.stringify({ events: many(1, 'limits-visitor-big'), padding: 'x'.repeat(65 * 1024) });
      expectApiError(await send(oversized), 413);
      expectApiError(await send(oversized, SEND_BEACON_TYPE), 413);

      expectApiError(await send('{"events": [ this is not JSON'), 400, 'bad_request');
      expectApiError(await send('not json at all', SEND_BEACON_TYPE), 400, 'bad_request');
      expectApiError(await send({ events: 'none' }), 400, 'bad_request');
      expect(await stored()).toBe(before + 100);
    });

    it('folds events into hourly aggregates per booth and product, counting each visitor once per hour', async () => {
      const [, booth] = boothIds as [string, string];
      const [, product] = productIds as [string, string];
      const h = HOURS.aggregates;
      const hour = hourOf(h);
      const first = [
        event('booth_enter', 'agg-visitor-1', h, 1, { boothId: booth }),
        event('booth_enter', 'agg-visitor-1', h, 2, { boothId: booth }),
        event('booth_enter', 'agg-visitor-2', h, 3, { boothId: booth }),
        event('booth_leave', 'agg-visitor-1', h, 4, { boothId: booth, dwellMs: 1000 }),
        event('product_view', 'agg-visitor-3', h, 5, { productId: product, boothId: booth }),
      ];
      const second = [
        event('booth_leave', 'agg-visitor-2', h, 6, { boothId: booth, dwellMs: 3000 }),
        event('product_view', 'agg-visitor-3', h, 7, { productId: product, boothId: booth }),
        event('like', 'agg-visitor-3', h, 8, { productId: product, boothId: booth }),
        event('inquiry', 'agg-visitor-3', h, 9, { productId: product, boothId: booth }),
      ];
      for (const events of [first, second]) {
        const answer = await send({ events });
        expect(BeaconResult.parse(answer.body)).toEqual({ accepted: events.length, rejected: 0, errors: [] });
      }

      const boothRow = { hour, targetKind: 'booth', targetId: booth };
      const productRow = { hour, targetKind: 'product', targetId: product };
      const analytics = expo.server.store.analytics;
      expect(await analytics.hourly('booth', [booth])).toEqual([
        { ...boothRow, views: 3, uniqueVisitors: 2, dwellTotalMs: 4000, dwellMeanMs: 2000, likes: 1, inquiries: 1 },
      ]);
      expect(await analytics.hourly('product', [product])).toEqual([
        { ...productRow, views: 2, uniqueVisitors: 1, dwellTotalMs: 0, dwellMeanMs: 0, likes: 1, inquiries: 1 },
      ]);

      // The same visitors again, in a later beacon: more views, no more unique visitors.
      await send({ events: [event('booth_enter', 'agg-visitor-1', h, 20, { boothId: booth }), event('product_view', 'agg-visitor-3', h, 21, { productId: product })] });
      expect(await analytics.hourly('booth', [booth])).toEqual([{ ...boothRow, views: 4, uniqueVisitors: 2, dwellTotalMs: 4000, dwellMeanMs: 2000, likes: 1, inquiries: 1 }]);
      expect(await analytics.hourly('product', [product])).toEqual([{ ...productRow, views: 3, uniqueVisitors: 1, dwellTotalMs: 0, dwellMeanMs: 0, likes: 1, inquiries: 1 }]);

      // A new visitor in a later beacon does count.
      await send({ events: [event('booth_enter', 'agg-visitor-4', h, 30, { boothId: booth })] });
      expect((await analytics.hourly('booth', [booth]))[0]).toMatchObject({ views: 5, uniqueVisitors: 3 });
    });

    it('stores every event of 50 concurrent beacons exactly once (group commit)', async () => {
      const [booth] = boothIds as [string];
      const h = HOURS.burst;
      const beacons = Array.from({ length: 50 }, (_, b) =>
        Array.from({ length: 20 }, (_, i) => event('booth_enter', `burst-visitor-${String(b).padStart(2, '0')}`, h, 0, { boothId: booth, at: h + b * 20 + i })),
      );
      const before = await stored();
      const answers = await Promise.all(beacons.map((events) => send({ events })));
      for (const answer of answers) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        expect(BeaconResult.parse(answer.body)).toEqual({ accepted: 20, rejected: 0, errors: [] });
      }
      // Each beacon answers after its events are committed, so everything is there now.
      expect(await stored()).toBe(before + 1000);
      const rows = await storedFor('burst-visitor-');
      expect(rows).toHaveLength(1000);
      expect(new Set(rows.map((r) => `${r.visitor_id}@${Number(r.at)}`)).size).toBe(1000);
      expect(await expo.server.store.analytics.hourly('booth', [booth], { from: hourOf(h), to: hourOf(h) })).toEqual([
        { hour: hourOf(h), targetKind: 'booth', targetId: booth, views: 1000, uniqueVisitors: 50, dwellTotalMs: 0, dwellMeanMs: 0, likes: 0, inquiries: 0 },
      ]);
    });

    it('limits beacons per client and minute: the one over the limit answers 429 and is not stored', async () => {
      const limited = await startTestExpoServer(dialect, { rateLimits: { beaconsPerMinute: 3 } });
      try {
        const [booth] = boothIds as [string];
        const before = await limited.server.store.analytics.count();
        const beacon = (n: number) =>
          limited.call('POST', '/beacons', { body: { events: [event('booth_enter', `rate-visitor-${n}`, HOURS.rateLimit, n, { boothId: booth })] } });
        for (let n = 1; n <= 3; n++) expect((await beacon(n)).status).toBe(200);
        const refused = await beacon(4);
        expectApiError(refused, 429, 'too_many_requests');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await limited.server.store.analytics.count()).toBe(before + 3);
      } finally {
        await limited.close();
      }
    }, 60_000);
  });
}
