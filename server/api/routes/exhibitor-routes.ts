import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  ExhibitorDetail,
  ExhibitorPage,
  ExhibitorPrivate,
  ExhibitorProfileInput,
  ExhibitorQuery,
  ExhibitorSchema,
  Id,
  ProductInput,
  ProductPage,
  ProductQuery,
  ProductSchema,
  type Exhibitor,
  type Product,
} from '../../../model';
import { assertMayManageExhibitor, assertMaySee, assertOrganizerOf } from '../access';
import { ApiError, notFound } from '../api-error';
import { unknownCategories } from '../category-check';
import type { ApiContext } from '../api-context';
import type { SignedInUser } from '../authenticate';
import { approvedExhibitorIdsInHall } from '../hall-view';
import { route } from '../route';

const IdParams = z.object({ id: Id });

/** Exhibitors and their catalogues: public reads of approved, published data; owners and organizers write. */
/** A body naming categories the expo lacks is refused, each problem under its field. */
function refuseCategories(problems: string[]): void {
  if (problems.length > 0) throw new ApiError(400, 'bad_request', 'invalid request body', problems);
}

export function exhibitorRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;
  /** Product counts per (data version, hall, exhibitor) filter: at most one entry per hall and exhibitor. */
  const productTotals = new Map<string, number>();

  /** The exhibitor, or 404; also 404 for a hidden one unless `user` may manage it. */
  async function exhibitorFor(id: string, user: SignedInUser | undefined, need: 'public' | 'manage'): Promise<Exhibitor> {
    const exhibitor = await store.exhibitors.get(id);
    if (!exhibitor) throw notFound(`exhibitor "${id}" not found`);
    if (need === 'manage') assertMayManageExhibitor(user, exhibitor);
    else if (exhibitor.status !== 'approved') throw notFound(`exhibitor "${id}" not found`);
    return exhibitor;
  }

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/exhibitors',
      summary: 'A page of exhibitors (approved ones; organizers may ask for pending or rejected)',
      tag: 'exhibitors',
      access: 'public',
      query: ExhibitorQuery,
      success: { schema: ExhibitorPage },
      errors: [400, 401, 403],
    },
    async ({ query, user }) => {
      const status = query.status ?? 'approved';
      if (status !== 'approved') {
        if (!query.expo) throw new ApiError(400, 'bad_request', 'invalid query', ['expo: required when listing pending or rejected exhibitors']);
        assertOrganizerOf(user, query.expo);
      }
      const { items, total } = await store.exhibitors.page({ ...(query.expo ? { expoId: query.expo } : {}), status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
      return { items, page: query.page, pageSize: query.pageSize, total };
    },
  );

  route(
    router,
    registry,
    { method: 'get', path: '/exhibitors/:id', summary: 'An approved exhibitor with its published products', tag: 'exhibitors', access: 'public', params: IdParams, success: { schema: ExhibitorDetail }, errors: [404] },
    async ({ params, user }) => {
      const exhibitor = await exhibitorFor(params.id, user, 'public');
      return { exhibitor, products: await store.products.listByExhibitor(exhibitor.id) } satisfies ExhibitorDetail;
    },
  );

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/exhibitors/:id/private',
      summary: 'Profile, registration (contact details) and every product including drafts — the exhibitor itself and its organizers only',
      tag: 'exhibitors',
      access: 'signed-in',
      params: IdParams,
      success: { schema: ExhibitorPrivate },
      errors: [401, 403, 404],
      cacheControl: 'private, no-cache',
    },
    async ({ params, user }) => {
      const exhibitor = await exhibitorFor(params.id, user, 'manage');
      const registration = await store.exhibitorRegistrations.getByExhibitor(exhibitor.id);
      const products = await store.products.listByExhibitor(exhibitor.id, { includeDrafts: true });
      return { exhibitor, ...(registration ? { registration } : {}), products } satisfies ExhibitorPrivate;
    },
  );

  route(
    router,
    registry,
    {
      method: 'put',
      path: '/exhibitors/:id',
      summary: "Edit an exhibitor's public profile (its staff or its organizers)",
      tag: 'exhibitors',
      access: ['exhibitor', 'organizer'],
      params: IdParams,
      body: ExhibitorProfileInput,
      success: { schema: ExhibitorSchema },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      const exhibitor = await exhibitorFor(params.id, user, 'manage');
      const uses = body.categories.map((id, i) => ({ path: `categories[${i}]`, id }));
      refuseCategories(await unknownCategories(store, exhibitor.expoId, uses, exhibitor.categories));
      const updated = await store.exhibitors.update({ ...exhibitor, ...body });
      return updated;
    },
  );

  route(
    router,
    registry,
    { method: 'get', path: '/products', summary: 'A page of published products, by hall or exhibitor', tag: 'products', access: 'public', query: ProductQuery, success: { schema: ProductPage }, errors: [400, 404] },
    async ({ query }) => {
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
      // Counting every match scans the listing; the count only changes with the data, so keep it.
      const countKey = `${store.dataVersion}|${query.hall ?? ''}|${query.exhibitor ?? ''}`;
      const knownTotal = productTotals.get(countKey);
      const { items, total } = await store.products.page({ exhibitorIds, offset: (query.page - 1) * query.pageSize, limit: query.pageSize, ...(knownTotal !== undefined ? { knownTotal } : {}) });
      if (knownTotal === undefined) {
        if (productTotals.size > 1000) productTotals.clear();
        productTotals.set(countKey, total);
      }
      return { items, page: query.page, pageSize: query.pageSize, total } satisfies ProductPage;
    },
  );

  /** A product as `user` may see it: public when published by an approved exhibitor, else only to its managers. */
  async function productFor(id: string, user: SignedInUser | undefined, need: 'read' | 'manage'): Promise<{ product: Product; owner: Exhibitor }> {
    const product = await store.products.get(id);
    const owner = product && (await store.exhibitors.get(product.exhibitorId));
    if (!product || !owner) throw notFound(`product "${id}" not found`);
    if (need === 'manage') assertMayManageExhibitor(user, owner);
    else assertMaySee(user, owner, product.published && owner.status === 'approved', () => notFound(`product "${id}" not found`));
    return { product, owner };
  }

  route(
    router,
    registry,
    { method: 'get', path: '/products/:id', summary: 'One product (drafts only for their exhibitor and its organizers)', tag: 'products', access: 'public', params: IdParams, success: { schema: ProductSchema }, errors: [403, 404] },
    async ({ params, user }) => (await productFor(params.id, user, 'read')).product,
  );

  route(
    router,
    registry,
    {
      method: 'post',
      path: '/exhibitors/:id/products',
      summary: 'Add a product to an exhibitor’s catalogue',
      tag: 'products',
      access: ['exhibitor', 'organizer'],
      params: IdParams,
      body: ProductInput,
      bodyLimit: '256kb',
      success: { status: 201, schema: ProductSchema },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      const exhibitor = await exhibitorFor(params.id, user, 'manage');
      refuseCategories(await unknownCategories(store, exhibitor.expoId, [{ path: 'category', id: body.category }]));
      const product: Product = { ...body, id: `${exhibitor.id}-p${randomBytes(4).toString('hex')}`, exhibitorId: exhibitor.id };
      const stored = await store.products.insert(product, await store.products.nextPosition(exhibitor.id));
      return stored;
    },
  );

  route(
    router,
    registry,
    {
      method: 'put',
      path: '/products/:id',
      summary: 'Replace a product (its exhibitor or the organizers)',
      tag: 'products',
      access: ['exhibitor', 'organizer'],
      params: IdParams,
      body: ProductInput,
      bodyLimit: '256kb',
      success: { schema: ProductSchema },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      const { product, owner } = await productFor(params.id, user, 'manage');
      refuseCategories(await unknownCategories(store, owner.expoId, [{ path: 'category', id: body.category }], [product.category]));
      const next: Product = { ...body, id: product.id, exhibitorId: product.exhibitorId };
      await store.products.update(next);
      return (await store.products.get(next.id))!;
    },
  );

  route(
    router,
    registry,
    { method: 'delete', path: '/products/:id', summary: 'Delete a product', tag: 'products', access: ['exhibitor', 'organizer'], params: IdParams, success: { status: 204 }, errors: [401, 403, 404] },
    async ({ params, user, res }) => {
      await productFor(params.id, user, 'manage');
      await store.products.delete(params.id);
      res.status(204).end();
    },
  );
}
