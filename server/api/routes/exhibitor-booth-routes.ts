import { z } from 'zod';
import { ExhibitorBoothLocation, Id } from '../../../model';
import type { Store } from '../../store';
import { assertMaySee } from '../access';
import { notFound } from '../api-error';
import type { ApiContext } from '../api-context';
import { route } from '../route';

const IdParams = z.object({ id: Id });

/**
 * Where an exhibitor's booth stands. The same rule as the hall view (`buildHallView`): a design
 * placed on a slot that the hall layout assigns to this exhibitor. The first such booth by design
 * id (an exhibitor has one booth; the order only matters if an organizer gave it two).
 */
export async function findExhibitorBooth(store: Store, exhibitorId: string): Promise<ExhibitorBoothLocation | undefined> {
  for (const { design, placement } of await store.boothDesigns.listWithPlacement([exhibitorId])) {
    if (!placement || design.exhibitorId !== exhibitorId) continue;
    const hall = await store.halls.get(placement.hallId);
    const slot = hall?.layout.slots.find((s) => s.id === placement.slotId);
    if (slot?.exhibitorId === exhibitorId) return { hallId: placement.hallId, slotId: slot.id, boothId: design.id, revision: design.revision };
  }
  return undefined;
}

/**
 * `GET /exhibitors/:id/booth`: public like the hall page that shows the booth (anyone may read it
 * once the exhibitor is approved); a pending or rejected exhibitor's booth only for its own staff
 * and its organizers, and strangers learn nothing (404) — the rule of `GET /booths/:id`.
 */
export function exhibitorBoothRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;

  route(
    router,
    registry,
    {
      method: 'get',
      path: '/exhibitors/:id/booth',
      summary: "Where an exhibitor's booth stands: hall, slot, booth design id and its published revision",
      tag: 'booths',
      access: 'public',
      params: IdParams,
      success: { schema: ExhibitorBoothLocation },
      errors: [400, 403, 404],
    },
    async ({ params, user }) => {
      const exhibitor = await store.exhibitors.get(params.id);
      const hidden = () => notFound(`exhibitor "${params.id}" not found`);
      if (!exhibitor) throw hidden();
      assertMaySee(user, exhibitor, exhibitor.status === 'approved', hidden);
      const location = await findExhibitorBooth(store, exhibitor.id);
      if (!location) throw notFound(`exhibitor "${params.id}" has no booth in a hall yet: an organizer assigns it a slot in a hall layout`);
      return location satisfies ExhibitorBoothLocation;
    },
  );
}
