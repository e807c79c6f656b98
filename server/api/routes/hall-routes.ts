import { z } from 'zod';
import { boothTemplates, getHallTemplate, hallTemplates } from '../../../hall-templates';
import { CreateHallRequest, footprintRect, HallLayoutRecord, HallTemplateList, Id, type HallLayout, type HallTemplateSummary, type Rect } from '../../../model';
import { assertOrganizerOf } from '../access';
import { ApiError, notFound } from '../api-error';
import type { ApiContext } from '../api-context';
import { assertPublishable, placeAssignedBooths } from '../hall-publish';
import { route } from '../route';

const IdParams = z.object({ id: Id });

/** Every hall template as the "new hall" picker shows it; built once, the templates never change at run time. */
const templateList: HallTemplateList = {
  halls: hallTemplates.map(
    (hall): HallTemplateSummary => ({
      id: hall.id,
      name: hall.name,
      size: hall.size,
      slotCount: hall.slots.length,
      stageCount: hall.stages.length,
      plan: { cutouts: hall.cutouts.map((c) => planRect(footprintRect(c))), booths: hall.slots.map((s) => planRect(footprintRect(s))) },
    }),
  ),
  boothTemplates,
};

/** Organizers' hall set-up: the templates a hall starts from, and creating a hall from one. */
export function hallRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/hall-templates',
      summary: 'The hall templates a new hall starts from (with plan thumbnails), and the booth templates slots are built with',
      tag: 'halls',
      access: 'public',
      success: { schema: HallTemplateList },
      cacheControl: 'public, max-age=300',
    },
    () => templateList,
  );

  route(
    router,
    registry,
    {
      method: 'post',
      path: '/expos/:id/halls',
      summary: "Create a hall from a template (the expo's organizers); answers its layout at revision 1",
      tag: 'halls',
      access: ['organizer'],
      params: IdParams,
      body: CreateHallRequest,
      success: { status: 201, schema: HallLayoutRecord },
      errors: [400, 401, 403, 404],
    },
    async ({ params, body, user }) => {
      if (!(await store.expos.get(params.id))) throw notFound(`expo "${params.id}" not found`);
      assertOrganizerOf(user, params.id);
      const template = getHallTemplate(body.templateId);
      if (!template) throw new ApiError(400, 'bad_request', 'invalid request body', [`templateId: no hall template "${body.templateId}"`]);

      return store.transaction(async (tx) => {
        const layout: HallLayout = {
          ...structuredClone(template),
          id: await freeHallId(tx.halls.exists),
          name: body.name,
          size: { ...template.size, ...body.size },
          // A template's slots come free: exhibitors are assigned in the editor.
          slots: template.slots.map(({ exhibitorId: _none, ...slot }) => slot),
        };
        await assertPublishable(tx, params.id, layout);
        const hall = await tx.halls.insert(params.id, layout, await tx.halls.nextPosition());
        await placeAssignedBooths(tx, hall.layout.id, hall.layout);
        return { revision: hall.revision, layout: hall.layout };
      });
    },
  );
}

/** `hall-<n>` with the first number no hall has (ids are unique across expos). */
async function freeHallId(exists: (id: string) => Promise<boolean>): Promise<string> {
  let n = 1;
  while (await exists(`hall-${n}`)) n++;
  return `hall-${n}`;
}

function planRect(r: Rect): [number, number, number, number] {
  const cm = (v: number) => Math.round(v * 100) / 100;
  return [cm(r.minX), cm(r.minZ), cm(r.maxX), cm(r.maxZ)];
}
