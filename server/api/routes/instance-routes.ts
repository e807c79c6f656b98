import { z } from 'zod';
import { HallInstanceList, Id } from '../../../model';
import { notFound } from '../api-error';
import type { ApiContext } from '../api-context';
import { route } from '../route';

const IdParams = z.object({ id: Id });

/** Lists the running instances of a hall; the rooms layer provides it (the API knows no Colyseus). */
export type HallInstanceLister = (hallId: string) => Promise<HallInstanceList>;

/** `GET /halls/:id/instances`: how full each instance of a hall is, so the lobby can say so and a visitor can follow a friend. */
export function instanceRoutes(ctx: ApiContext, listInstances: HallInstanceLister): void {
  const { router, registry, store } = ctx;
  route(
    router,
    registry,
    {
      method: 'get',
      path: '/halls/:id/instances',
      summary: "The hall's running room instances: visitors and capacity of each (across all server processes)",
      tag: 'rooms',
      access: 'public',
      params: IdParams,
      success: { schema: HallInstanceList },
      errors: [404],
      // Occupancy changes by the second: never cached, never revalidated.
      cacheControl: 'no-store',
    },
    async ({ params }) => {
      if ((await store.halls.revision(params.id)) === undefined) throw notFound(`hall "${params.id}" not found`);
      return HallInstanceList.parse(await listInstances(params.id));
    },
  );
}
