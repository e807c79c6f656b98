import { z } from 'zod';
import { CategoryList, CategoryQuery, ExpoDetail, ExpoList, ExpoSettings, HallList, HallView, Id, type ExpoSummary } from '../../../model';
import { assertOrganizerOf } from '../access';
import { notFound } from '../api-error';
import type { ApiContext } from '../api-context';
import { buildHallList, buildHallView } from '../hall-view';
import { route } from '../route';
import { sendCached } from '../send-json';

const IdParams = z.object({ id: Id });

/** Public reads of the fair: expos, halls (cached, serialized once per data version), categories. */
export function catalogueRoutes(ctx: ApiContext): void {
  const { router, registry, store, cache } = ctx;

  route(router, registry, { method: 'get', path: '/expos', summary: 'Every expo', tag: 'catalogue', access: 'public', success: { schema: ExpoList } }, async () => ({
    items: (await store.expos.list()).map((e): ExpoSummary => ({ id: e.id, name: e.name, startsAt: e.startsAt, endsAt: e.endsAt })),
  }));

  route(
    router,
    registry,
    { method: 'get', path: '/expos/:id', summary: 'One expo with its halls (settings for its organizers)', tag: 'catalogue', access: 'public', params: IdParams, success: { schema: ExpoDetail }, errors: [404] },
    async ({ params, user }) => {
      const expo = await store.expos.get(params.id);
      if (!expo) throw notFound(`expo "${params.id}" not found`);
      const hallIds = (await store.halls.list()).filter((h) => h.expoId === expo.id).map((h) => h.layout.id);
      const detail: ExpoDetail = { id: expo.id, name: expo.name, startsAt: expo.startsAt, endsAt: expo.endsAt, hallIds };
      if (user?.role === 'organizer' && user.expoId === expo.id) detail.settings = (await store.expos.settings(expo.id))!;
      return detail;
    },
  );

  route(
    router,
    registry,
    {
      method: 'put',
      path: '/expos/:id/settings',
      summary: "Change an expo's settings (organizers of that expo)",
      tag: 'catalogue',
      access: ['organizer'],
      params: IdParams,
      body: ExpoSettings,
      success: { schema: ExpoSettings },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      if (!(await store.expos.get(params.id))) throw notFound(`expo "${params.id}" not found`);
      assertOrganizerOf(user, params.id);
      await store.expos.updateSettings(params.id, body);
      return body;
    },
  );

  route(router, registry, { method: 'get', path: '/halls', summary: 'Every hall with a plan thumbnail', tag: 'catalogue', access: 'public', success: { schema: HallList } }, async ({ req, res }) => {
    const cached = await cache.get('halls', () => buildHallList(store));
    sendCached(req, res, cached!);
  });

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/halls/:id',
      summary: 'Everything needed to build a hall in 3D (cached; ETag + 304)',
      tag: 'catalogue',
      access: 'public',
      params: IdParams,
      success: { schema: HallView },
      errors: [404],
    },
    async ({ params, req, res }) => {
      const cached = await cache.get(`hall:${params.id}`, () => buildHallView(store, params.id));
      if (!cached) throw notFound(`hall "${params.id}" not found`);
      sendCached(req, res, cached);
    },
  );

  route(
    router,
    registry,
    { method: 'get', path: '/categories', summary: "An expo's category taxonomy (or every expo's)", tag: 'catalogue', access: 'public', query: CategoryQuery, success: { schema: CategoryList }, errors: [404] },
    async ({ query, req, res }) => {
      const { expo } = query;
      const cached = await cache.get(expo ? `categories:${expo}` : 'categories', async (): Promise<CategoryList | undefined> => {
        if (expo && !(await store.expos.get(expo))) return undefined;
        return { items: await store.categories.list(expo) };
      });
      if (!cached) throw notFound(`expo "${expo}" not found`);
      sendCached(req, res, cached);
    },
  );
}
