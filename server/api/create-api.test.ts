import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boothTemplateForSlot, getHallTemplate } from '../../hall-templates';
import { ApiErrorBody, CategoryList, ExhibitorDetail, HallList, HallView, ProductDocument, ProductPage, type Exhibitor, type Product } from '../../model';
import { seedIfEmpty } from '../seed';
import { openStore, type Store } from '../store';
import { createApi } from './create-api';

interface Running {
  store: Store;
  server: Server;
  base: string;
  errors: unknown[];
  dir: string;
}

/** A real HTTP server on a free port with the API mounted at /api, as the app mounts it. */
async function start(seed: boolean): Promise<Running> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-api-'));
  const store = await openStore({ dataDir: dir });
  if (seed) await seedIfEmpty(store);
  const errors: unknown[] = [];
  const app = express();
  app.use('/api', createApi(store, { dataDir: dir, version: '9.9.9-test', logError: (e) => errors.push(e) }).router);
  const server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { store, server, base: `http://127.0.0.1:${port}/api`, errors, dir };
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  await new Promise<void>((done) => running.server.close(() => done()));
  await running.store.close();
  fs.rmSync(running.dir, { recursive: true, force: true });
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function expectError(url: string, status: number, code: string, init?: RequestInit): Promise<ApiErrorBody> {
  const res = await getJson(url, init);
  expect(res.status, url).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = ApiErrorBody.parse(res.body);
  expect(body.error.code).toBe(code);
  return body;
}

describe('API on a real port (seeded demo fair)', () => {
  let api: Running;
  beforeAll(async () => {
    api = await start(true);
  });
  afterAll(() => stop(api));

  it('GET /health', async () => {
    const res = await getJson(`${api.base}/health`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, version: '9.9.9-test', uptimeS: expect.any(Number), db: 'sqlite' });
  });

  it('GET /halls lists both halls with their counts', async () => {
    const res = await getJson(`${api.base}/halls`);
    expect(res.status).toBe(200);
    const list = HallList.parse(res.body);
    const grid = getHallTemplate('standard-grid')!.slots.length;
    const premium = getHallTemplate('premium-islands')!.slots.length;
    expect(list.items.map((h) => [h.id, h.expoId, h.slotCount, h.exhibitorCount])).toEqual([
      ['hall-1', 'demo-expo', grid, grid],
      ['hall-2', 'demo-expo', premium, premium],
    ]);
    expect(list.items[0]!.name['zh-CN']).toContain('1号馆');
  });

  it('GET /halls/:id returns everything needed to build the hall', async () => {
    const res = await getJson(`${api.base}/halls/hall-2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const view = HallView.parse(res.body);
    expect(view.layout.id).toBe('hall-2');
    expect(view.booths).toHaveLength(view.layout.slots.length);
    const used = new Set(getHallTemplate('premium-islands')!.slots.map((slot) => boothTemplateForSlot(slot)!.id));
    expect(view.boothTemplates.map((t) => t.id)).toEqual([...used].sort());
    expect(used.size).toBeGreaterThan(1);
    for (const booth of view.booths) {
      const slot = view.layout.slots.find((s) => s.id === booth.slotId)!;
      expect(slot.exhibitorId).toBe(booth.exhibitorId);
      expect(booth.design.exhibitorId).toBe(booth.exhibitorId);
      expect(booth.exhibitorName['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    const summaries = new Map(view.products.map((p) => [p.id, p]));
    const linked = view.booths.flatMap((b) => b.design.items.flatMap((i) => (i.productId ? [i.productId] : [])));
    expect(new Set(linked).size).toBe(view.products.length);
    for (const id of linked) expect(summaries.has(id), id).toBe(true);
    expect(view.products.some((p) => p.glbUrl?.startsWith('/assets/models/'))).toBe(true);
  });

  it('answers If-None-Match with 304 and an unchanged hall with the same ETag', async () => {
    const first = await fetch(`${api.base}/halls/hall-1`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    await first.arrayBuffer();

    const again = await fetch(`${api.base}/halls/hall-1`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    // A write elsewhere invalidates the cache; the rebuilt view is identical, so is its ETag.
    await api.store.events.insert({
      version: 1,
      id: 'ev-cache-test',
      expoId: 'demo-expo',
      kind: 'talk',
      title: { 'zh-CN': '缓存测试', en: 'Cache test' },
      startsAt: '2026-09-16T16:00:00+08:00',
      endsAt: '2026-09-16T17:00:00+08:00',
    });
    const rebuilt = await fetch(`${api.base}/halls/hall-1`, { headers: { 'If-None-Match': etag! } });
    expect(rebuilt.status).toBe(304);

    const other = await fetch(`${api.base}/halls/hall-2`, { headers: { 'If-None-Match': etag! } });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it('GET /halls/:id: 400 for a malformed id, 404 for an unknown one', async () => {
    const bad = await expectError(`${api.base}/halls/Hall_1`, 400, 'bad_request');
    expect(bad.error.details).toEqual(['id: must be lowercase letters, digits and dashes, starting with a letter or digit']);
    await expectError(`${api.base}/halls/hall-9`, 404, 'not_found');
    await expectError(`${api.base}/halls/%E0%A4%A`, 400, 'bad_request');
  });

  it('GET /categories names every category the fair’s products and exhibitors use', async () => {
    const res = await getJson(`${api.base}/categories`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const list = CategoryList.parse(res.body);
    expect(list.items.every((c) => c.expoId === 'demo-expo')).toBe(true);
    const byId = new Map(list.items.map((c) => [c.id, c]));
    expect(byId.get('cnc-machines')).toEqual({
      version: 1,
      id: 'cnc-machines',
      expoId: 'demo-expo',
      name: { 'zh-CN': '数控机床', en: 'CNC machines' },
      parentId: 'smart-manufacturing',
    });
    expect(byId.get('smart-manufacturing')?.parentId).toBeUndefined();
    for (const c of list.items) if (c.parentId) expect(byId.has(c.parentId), c.id).toBe(true);

    const hall = HallView.parse((await getJson(`${api.base}/halls/hall-1`)).body);
    for (const product of hall.products) expect(byId.has(product.category), product.category).toBe(true);
    const exhibitor = ExhibitorDetail.parse((await getJson(`${api.base}/exhibitors/ex-001`)).body).exhibitor;
    for (const slug of exhibitor.categories) expect(byId.has(slug), slug).toBe(true);

    const one = await fetch(`${api.base}/categories?expo=demo-expo`);
    expect(CategoryList.parse(await one.json())).toEqual(list);
    const again = await fetch(`${api.base}/categories?expo=demo-expo`, { headers: { 'If-None-Match': one.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('GET /categories: 400 for a malformed expo id, 404 for an unknown one', async () => {
    const bad = await expectError(`${api.base}/categories?expo=Demo_Expo`, 400, 'bad_request');
    expect(bad.error.details).toEqual(['expo: must be lowercase letters, digits and dashes, starting with a letter or digit']);
    const twice = await expectError(`${api.base}/categories?expo=demo-expo&expo=other`, 400, 'bad_request');
    expect(twice.error.details![0]).toMatch(/^expo: /);
    const unknown = await expectError(`${api.base}/categories?expo=no-such-expo`, 404, 'not_found');
    expect(unknown.error.message).toBe('expo "no-such-expo" not found');
  });

  it('GET /exhibitors/:id returns the profile and the whole catalogue', async () => {
    const res = await getJson(`${api.base}/exhibitors/ex-001`);
    expect(res.status).toBe(200);
    const detail = ExhibitorDetail.parse(res.body);
    expect(detail.exhibitor.id).toBe('ex-001');
    expect(detail.products.length).toBeGreaterThanOrEqual(8);
    expect(detail.products.every((p) => p.exhibitorId === 'ex-001')).toBe(true);
    expect(detail.products.map((p) => p.id)).toEqual([...detail.products.map((p) => p.id)].sort());
    await expectError(`${api.base}/exhibitors/ex-999`, 404, 'not_found');
    await expectError(`${api.base}/exhibitors/EX`, 400, 'bad_request');
  });

  it('GET /products pages through one hall in a stable order', async () => {
    const hall = HallView.parse((await getJson(`${api.base}/halls/hall-2`)).body);
    const inHall = new Set(hall.booths.map((b) => b.exhibitorId));

    const all: Product[] = [];
    let total = 0;
    for (let page = 1; ; page++) {
      const res = await getJson(`${api.base}/products?hall=hall-2&page=${page}&pageSize=100`);
      expect(res.status).toBe(200);
      const body = ProductPage.parse(res.body);
      expect(body.page).toBe(page);
      total = body.total;
      all.push(...body.items);
      if (body.items.length < 100) break;
    }
    expect(all.length).toBe(total);
    expect(new Set(all.map((p) => p.id)).size).toBe(total);
    expect(all.every((p) => inHall.has(p.exhibitorId))).toBe(true);
    expect(new Set(all.map((p) => p.exhibitorId))).toEqual(inHall);

    const page2 = ProductPage.parse((await getJson(`${api.base}/products?hall=hall-2&page=2&pageSize=10`)).body);
    expect(page2.items.map((p) => p.id)).toEqual(all.slice(10, 20).map((p) => p.id));
    expect(page2.pageSize).toBe(10);

    const defaults = ProductPage.parse((await getJson(`${api.base}/products`)).body);
    expect([defaults.page, defaults.pageSize, defaults.items.length]).toEqual([1, 24, 24]);
    expect(defaults.total).toBeGreaterThan(total);

    const beyond = ProductPage.parse((await getJson(`${api.base}/products?hall=hall-2&page=999`)).body);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(total);
  });

  it('GET /products filters by exhibitor, alone or within a hall', async () => {
    const detail = ExhibitorDetail.parse((await getJson(`${api.base}/exhibitors/ex-002`)).body);
    const mine = ProductPage.parse((await getJson(`${api.base}/products?exhibitor=ex-002&pageSize=100`)).body);
    expect(mine.items).toEqual(detail.products);
    expect(mine.total).toBe(detail.products.length);

    const hallOf = (await getJson(`${api.base}/products?hall=hall-1&exhibitor=ex-002&pageSize=100`)).body;
    expect(ProductPage.parse(hallOf).total).toBe(mine.total); // ex-002 stands in hall 1
    const otherHall = ProductPage.parse((await getJson(`${api.base}/products?hall=hall-2&exhibitor=ex-002`)).body);
    expect(otherHall).toEqual({ items: [], page: 1, pageSize: 24, total: 0 });

    await expectError(`${api.base}/products?hall=hall-9`, 404, 'not_found');
    await expectError(`${api.base}/products?exhibitor=ex-999`, 404, 'not_found');
  });

  it('GET /products: 400 with messages that name the parameter', async () => {
    const cases: [string, string[]][] = [
      ['page=0', ['page: pages start at 1']],
      ['page=abc', ['page: must be a page number']],
      ['page=1.5', ['page: must be a whole number']],
      ['hall=Hall%201', ['hall: must be lowercase letters, digits and dashes, starting with a letter or digit']],
    ];
    for (const [query, details] of cases) {
      const body = await expectError(`${api.base}/products?${query}`, 400, 'bad_request');
      expect(body.error.details, query).toEqual(details);
    }
    const tooBig = await expectError(`${api.base}/products?pageSize=500`, 400, 'bad_request');
    expect(tooBig.error.details).toHaveLength(1);
    expect(tooBig.error.details![0]).toMatch(/^pageSize: /);
    const twice = await expectError(`${api.base}/products?page=1&page=2`, 400, 'bad_request');
    expect(twice.error.details![0]).toMatch(/^page: /);
  });

  it('GET /products/:id returns the full product', async () => {
    const res = await getJson(`${api.base}/products/ex-001-p01`);
    expect(res.status).toBe(200);
    const product = ProductDocument.parse(res.body);
    expect(product).toMatchObject({ id: 'ex-001-p01', exhibitorId: 'ex-001' });
    await expectError(`${api.base}/products/ex-001-p99`, 404, 'not_found');
    await expectError(`${api.base}/products/-bad`, 400, 'bad_request');
  });

  it('answers unknown API routes and methods with JSON 404s', async () => {
    const body = await expectError(`${api.base}/booths`, 404, 'not_found');
    expect(body.error.message).toBe('no API route for GET /api/booths');
    await expectError(`${api.base}/halls`, 404, 'not_found', { method: 'POST' });
    await expectError(`${api.base}/halls/hall-1/extra`, 404, 'not_found');
    expect(api.errors).toEqual([]);
  });
});

describe('API errors and visibility (hand-made data)', () => {
  let api: Running;
  beforeAll(async () => {
    api = await start(false);
    const { store } = api;
    await store.expos.insert({ id: 'expo-b', name: { 'zh-CN': '测试展', en: 'Test' }, startsAt: '2026-01-01T09:00:00Z', endsAt: '2026-01-02T09:00:00Z' });
    const exhibitor: Exhibitor = {
      version: 1,
      id: 'ex-pending',
      expoId: 'expo-b',
      name: { 'zh-CN': '待审核有限公司', en: 'Pending Co., Ltd.' },
      description: { 'zh-CN': '待审核', en: 'Pending review' },
      country: 'CN',
      categories: ['testing'],
      status: 'pending',
    };
    await store.exhibitors.insert(exhibitor);
    await store.products.insert(
      { version: 1, id: 'pending-p1', exhibitorId: 'ex-pending', name: { 'zh-CN': '样品', en: 'Sample' }, description: { 'zh-CN': '样品', en: 'Sample' }, category: 'testing', tags: [], specs: [], media: [], published: true },
      1,
    );
    // A row the model refuses, as if written by a broken tool: it must never reach a client.
    await store.db
      .insertInto('halls')
      .values({ id: 'hall-broken', expo_id: 'expo-b', position: 1, name_zh: '坏', name_en: 'Broken', layout: '{"version":1,"id":"hall-broken"}', revision: 1 })
      .execute();
  });
  afterAll(() => stop(api));

  it('hides exhibitors that are not approved, and their products', async () => {
    await expectError(`${api.base}/exhibitors/ex-pending`, 404, 'not_found');
    await expectError(`${api.base}/products/pending-p1`, 404, 'not_found');
    await expectError(`${api.base}/products?exhibitor=ex-pending`, 404, 'not_found');
    expect(ProductPage.parse((await getJson(`${api.base}/products`)).body).total).toBe(0);
  });

  it('GET /categories lists one expo’s categories and sees new ones at once', async () => {
    expect(CategoryList.parse((await getJson(`${api.base}/categories?expo=expo-b`)).body)).toEqual({ items: [] });
    const testing = { version: 1 as const, id: 'testing', expoId: 'expo-b', name: { 'zh-CN': '检测认证', en: 'Testing & certification' } };
    await api.store.categories.insert(testing);
    expect(CategoryList.parse((await getJson(`${api.base}/categories?expo=expo-b`)).body)).toEqual({ items: [testing] });
    expect(CategoryList.parse((await getJson(`${api.base}/categories`)).body)).toEqual({ items: [testing] });
  });

  it('answers a stored document that fails validation with a bare 500 and logs it', async () => {
    const body = await expectError(`${api.base}/halls/hall-broken`, 500, 'internal');
    expect(body).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    const raw = await (await fetch(`${api.base}/halls`)).text();
    expect(raw).not.toMatch(/at \w+ \(|\.ts:\d+|HallLayout|size/);
    expect(api.errors.length).toBeGreaterThanOrEqual(2);
    expect(String(api.errors[0])).toMatch(/halls\/hall-broken/);
  });
});
