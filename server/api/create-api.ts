import { readFileSync } from 'node:fs';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { CategoryQuery, Id, ProductQuery, type CategoryList, type ExhibitorDetail, type ProductPage } from '../../model';
import type { Store } from '../store';
import { apiErrorHandler, notFound, parseInput, unknownRoute } from './api-error';
import { approvedExhibitorIdsInHall, buildHallList, buildHallView } from './hall-view';
import { ResponseCache, type CachedBody } from './response-cache';

export interface ApiOptions {
  /** Reported by `/health`; defaults to the version in package.json. */
  version?: string;
  /** Receives unexpected errors (those answered with 500). Defaults to `console.error`. */
  logError?: (error: unknown) => void;
}

const IdParams = z.object({ id: Id });

/**
 * The HTTP API, to be mounted at `/api`:
 *
 * - `GET /health` → `{ ok, version, uptimeS, db }`
 * - `GET /halls` → `HallList`
 * - `GET /halls/:id` → `HallView` (cached serialized per hall; `ETag` + `Cache-Control: no-cache`, 304 on `If-None-Match`)
 * - `GET /categories?expo=` → `CategoryList`: one expo's taxonomy, or every expo's (cached like `/halls`)
 * - `GET /exhibitors/:id` → `ExhibitorDetail`
 * - `GET /products?hall=&exhibitor=&page=&pageSize=` → `ProductPage`
 * - `GET /products/:id` → `Product`
 *
 * Errors answer with `ApiErrorBody`: 400 `bad_request` (details name the field), 404 `not_found`,
 * 500 `internal`. Only approved exhibitors and their products are visible.
 */
export function createApi(store: Store, options: ApiOptions = {}): Router {
  const version = options.version ?? readPackageVersion();
  const logError = options.logError ?? ((error: unknown) => console.error('[api] unexpected error:', error));
  const cache = new ResponseCache(() => store.dataVersion);
  const router = express.Router();

  router.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true, version, uptimeS: Math.round(process.uptime()), db: store.dialect });
  });

  router.get('/halls', async (req, res) => {
    const cached = await cache.get('halls', () => buildHallList(store));
    sendCached(req, res, cached!);
  });

  router.get('/halls/:id', async (req, res) => {
    const { id } = parseInput(IdParams, req.params, 'hall id');
    const cached = await cache.get(`hall:${id}`, () => buildHallView(store, id));
    if (!cached) throw notFound(`hall "${id}" not found`);
    sendCached(req, res, cached);
  });

  router.get('/categories', async (req, res) => {
    const { expo } = parseInput(CategoryQuery, req.query, 'category query');
    const cached = await cache.get(expo ? `categories:${expo}` : 'categories', async (): Promise<CategoryList | undefined> => {
      if (expo && !(await store.expos.get(expo))) return undefined;
      return { items: await store.categories.list(expo) };
    });
    if (!cached) throw notFound(`expo "${expo}" not found`);
    sendCached(req, res, cached);
  });

  router.get('/exhibitors/:id', async (req, res) => {
    const { id } = parseInput(IdParams, req.params, 'exhibitor id');
    const exhibitor = await store.exhibitors.get(id);
    if (!exhibitor || exhibitor.status !== 'approved') throw notFound(`exhibitor "${id}" not found`);
    const body: ExhibitorDetail = { exhibitor, products: await store.products.listByExhibitor(id) };
    res.set('Cache-Control', 'no-cache').json(body);
  });

  router.get('/products', async (req, res) => {
    const query = parseInput(ProductQuery, req.query, 'product query');
    let exhibitorIds: string[] | undefined;
    if (query.hall) {
      const hall = await store.halls.get(query.hall);
      if (!hall) throw notFound(`hall "${query.hall}" not found`);
      exhibitorIds = await approvedExhibitorIdsInHall(store, hall.layout);
    }
    if (query.exhibitor) {
      const exhibitor = await store.exhibitors.get(query.exhibitor);
      if (!exhibitor || exhibitor.status !== 'approved') throw notFound(`exhibitor "${query.exhibitor}" not found`);
      exhibitorIds = exhibitorIds ? exhibitorIds.filter((id) => id === exhibitor.id) : [exhibitor.id];
    }
    const { items, total } = await store.products.page({
      exhibitorIds,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const body: ProductPage = { items, page: query.page, pageSize: query.pageSize, total };
    res.set('Cache-Control', 'no-cache').json(body);
  });

  router.get('/products/:id', async (req, res) => {
    const { id } = parseInput(IdParams, req.params, 'product id');
    const product = await store.products.get(id);
    const owner = product && (await store.exhibitors.get(product.exhibitorId));
    if (!product || owner?.status !== 'approved') throw notFound(`product "${id}" not found`);
    res.set('Cache-Control', 'no-cache').json(product);
  });

  router.use(unknownRoute);
  router.use(apiErrorHandler(logError));
  return router;
}

/** Answers from a cached body: 304 when the client's `If-None-Match` names it, else the JSON. */
function sendCached(req: Request, res: Response, cached: CachedBody): void {
  res.set({ 'Cache-Control': 'no-cache', ETag: cached.etag, 'Content-Type': 'application/json; charset=utf-8' });
  if (ifNoneMatchHits(req.get('If-None-Match'), cached.etag)) {
    res.status(304).end();
    return;
  }
  res.send(cached.body);
}

/**
 * RFC 9110 §13.1.2 with weak comparison. Not `req.fresh`: that also demands the request carry no
 * `Cache-Control: no-cache`, which `fetch()` adds whenever a script sets If-None-Match itself —
 * exactly how the app revalidates a hall it keeps offline.
 */
function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function readPackageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
