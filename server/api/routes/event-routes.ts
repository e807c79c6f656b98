import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EventPage, EventQuery, ExpoEventInput, ExpoEventSchema, Id, type ExpoEvent } from '../../../model';
import { assertMayManageExhibitor, assertOrganizerOf } from '../access';
import { ApiError, notFound } from '../api-error';
import type { ApiContext } from '../api-context';
import type { SignedInUser } from '../authenticate';
import { route } from '../route';

const IdParams = z.object({ id: Id });

/** Talks, launches and meeting slots: everyone reads; organizers manage any in their expo, exhibitors their own. */
export function eventRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;

  /** Who may write an event: the expo's organizers, or the exhibitor it belongs to (launches and meeting slots). */
  async function assertMayWrite(user: SignedInUser | undefined, expoId: string, event: Pick<ExpoEvent, 'exhibitorId' | 'kind'>): Promise<void> {
    if (user?.role === 'organizer') return assertOrganizerOf(user, expoId);
    if (!event.exhibitorId || event.kind === 'talk') throw new ApiError(403, 'forbidden', 'only organizers schedule talks and events without an exhibitor');
    const exhibitor = await store.exhibitors.get(event.exhibitorId);
    if (!exhibitor || exhibitor.expoId !== expoId) throw new ApiError(400, 'bad_request', 'invalid request body', [`exhibitorId: no exhibitor "${event.exhibitorId}" in this expo`]);
    assertMayManageExhibitor(user, exhibitor);
  }

  route(
    router,
    registry,
    { method: 'get', path: '/events', summary: 'A page of events in start order', tag: 'events', access: 'public', query: EventQuery, success: { schema: EventPage }, errors: [400] },
    async ({ query }) => {
      const { items, total } = await store.events.page({
        ...(query.expo ? { expoId: query.expo } : {}),
        ...(query.hall ? { hallId: query.hall } : {}),
        ...(query.exhibitor ? { exhibitorId: query.exhibitor } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return { items, page: query.page, pageSize: query.pageSize, total } satisfies EventPage;
    },
  );

  route(router, registry, { method: 'get', path: '/events/:id', summary: 'One event', tag: 'events', access: 'public', params: IdParams, success: { schema: ExpoEventSchema }, errors: [404] }, async ({ params }) => {
    const event = await store.events.get(params.id);
    if (!event) throw notFound(`event "${params.id}" not found`);
    return event;
  });

  route(
    router,
    registry,
    {
      method: 'post',
      path: '/expos/:id/events',
      summary: 'Schedule a talk (organizers), or a launch or meeting slot (its exhibitor)',
      tag: 'events',
      access: ['organizer', 'exhibitor'],
      params: IdParams,
      body: ExpoEventInput,
      success: { status: 201, schema: ExpoEventSchema },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      if (!(await store.expos.get(params.id))) throw notFound(`expo "${params.id}" not found`);
      await assertMayWrite(user, params.id, body);
      return store.events.insert({ ...body, id: `ev-${randomBytes(5).toString('hex')}`, expoId: params.id });
    },
  );

  route(
    router,
    registry,
    { method: 'put', path: '/events/:id', summary: 'Replace an event', tag: 'events', access: ['organizer', 'exhibitor'], params: IdParams, body: ExpoEventInput, success: { schema: ExpoEventSchema }, errors: [400, 401, 403, 404] },
    async ({ params, body, user }) => {
      const current = await store.events.get(params.id);
      if (!current) throw notFound(`event "${params.id}" not found`);
      await assertMayWrite(user, current.expoId, current);
      await assertMayWrite(user, current.expoId, body);
      return store.events.update({ ...body, id: current.id, expoId: current.expoId });
    },
  );

  route(
    router,
    registry,
    { method: 'delete', path: '/events/:id', summary: 'Cancel an event', tag: 'events', access: ['organizer', 'exhibitor'], params: IdParams, success: { status: 204 }, errors: [401, 403, 404] },
    async ({ params, user, res }) => {
      const current = await store.events.get(params.id);
      if (!current) throw notFound(`event "${params.id}" not found`);
      await assertMayWrite(user, current.expoId, current);
      await store.events.delete(current.id);
      res.status(204).end();
    },
  );
}
