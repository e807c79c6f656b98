import { z } from 'zod';
import { BoothDesignSchema, HallLayoutSchema, Id, type ConflictBody as Conflict } from '../../../model';
import { assertMayManageExhibitor, assertMaySee, assertOrganizerOf } from '../access';
import { notFound } from '../api-error';
import { assertPublishable, placeAssignedBooths } from '../hall-publish';
import type { ApiContext } from '../api-context';
import { route } from '../route';

const IdParams = z.object({ id: Id });
const HallLayoutPut = z.object({ revision: z.number().int().min(0), layout: HallLayoutSchema });
const HallLayoutRecord = z.object({ revision: z.number().int(), layout: HallLayoutSchema });

function conflict(res: import('express').Response, message: string, revision: number, document: unknown): void {
  const body: Conflict = { error: { code: 'conflict', message }, current: { revision, document } };
  res.status(409).set('Cache-Control', 'no-store').json(body);
}

/**
 * Booth designs and hall layouts: published with optimistic concurrency. A `PUT` says which
 * revision it was based on; if someone published since, it gets 409 with the current document,
 * never a silent overwrite.
 */
export function boothRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;

  async function boothWithOwner(id: string) {
    const design = await store.boothDesigns.get(id);
    const owner = design && (await store.exhibitors.get(design.exhibitorId));
    if (!design || !owner) throw notFound(`booth "${id}" not found`);
    return { design, owner };
  }

  route(
    router,
    registry,
    { method: 'get', path: '/booths/:id', summary: 'A booth design (public once its exhibitor is approved)', tag: 'booths', access: 'public', params: IdParams, success: { schema: BoothDesignSchema }, errors: [403, 404] },
    async ({ params, user }) => {
      const { design, owner } = await boothWithOwner(params.id);
      assertMaySee(user, owner, owner.status === 'approved', () => notFound(`booth "${params.id}" not found`));
      return design;
    },
  );

  route(
    router,
    registry,
    {
      method: 'put',
      path: '/booths/:id',
      summary: 'Publish a booth design; `revision` is the revision it was based on (409 with the current design on conflict)',
      tag: 'booths',
      access: ['exhibitor', 'organizer'],
      params: IdParams,
      body: BoothDesignSchema,
      bodyLimit: '1mb',
      success: { schema: BoothDesignSchema },
      errors: [400, 401, 403, 404, 409],
    },
    async ({ params, body, user, res }) => {
      const { design: current, owner } = await boothWithOwner(params.id);
      assertMayManageExhibitor(user, owner);
      // The path names the booth; the body may not move it to another id or owner.
      const result = await store.boothDesigns.update({ ...body, id: current.id, exhibitorId: current.exhibitorId }, body.revision);
      if ('conflict' in result) {
        conflict(res, `booth "${params.id}" was published at revision ${result.conflict.revision} since revision ${body.revision}`, result.conflict.revision, result.conflict);
        return;
      }
      return result.design;
    },
  );

  route(
    router,
    registry,
    { method: 'get', path: '/halls/:id/layout', summary: "A hall's layout with its revision (for the layout editor)", tag: 'booths', access: 'public', params: IdParams, success: { schema: HallLayoutRecord }, errors: [404] },
    async ({ params }) => {
      const hall = await store.halls.get(params.id);
      if (!hall) throw notFound(`hall "${params.id}" not found`);
      return { revision: hall.revision, layout: hall.layout };
    },
  );

  route(
    router,
    registry,
    {
      method: 'put',
      path: '/halls/:id/layout',
      summary: "Publish a hall's layout (its organizers); 409 with the current layout on conflict",
      tag: 'booths',
      access: ['organizer'],
      params: IdParams,
      body: HallLayoutPut,
      bodyLimit: '2mb',
      success: { schema: HallLayoutRecord },
      errors: [400, 401, 403, 404, 409],
    },
    async ({ params, body, user, res }) => {
      const hall = await store.halls.get(params.id);
      if (!hall) throw notFound(`hall "${params.id}" not found`);
      assertOrganizerOf(user, hall.expoId);
      // Layout rules and assigned exhibitors first; then the layout and the booths on its slots commit together.
      await assertPublishable(store, hall.expoId, body.layout, hall.layout);
      const result = await store.transaction(async (tx) => {
        const updated = await tx.halls.updateLayout(params.id, body.layout, body.revision);
        if (updated && 'hall' in updated) await placeAssignedBooths(tx, params.id, updated.hall.layout);
        return updated;
      });
      if (!result) throw notFound(`hall "${params.id}" not found`);
      if ('conflict' in result) {
        conflict(res, `hall "${params.id}" was published at revision ${result.conflict.revision} since revision ${body.revision}`, result.conflict.revision, result.conflict.layout);
        return;
      }
      return { revision: result.hall.revision, layout: result.hall.layout };
    },
  );

}
