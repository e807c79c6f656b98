import { getBoothTemplate } from '../../hall-templates';
import { footprintRect, type BoothTemplate, type HallLayout, type HallList, type HallView, type PlacedBooth, type ProductSummary, type Rect } from '../../model';
import type { Store } from '../store';

/**
 * Builds `GET /api/halls/:id`: the layout, the booth templates its booths use, every booth of an
 * approved exhibitor with its design, and a summary of every product a booth shows.
 * `undefined` when there is no such hall.
 */
export async function buildHallView(store: Store, hallId: string): Promise<HallView | undefined> {
  const hall = await store.halls.get(hallId);
  if (!hall) return undefined;
  const { layout } = hall;

  const assigned = layout.slots.flatMap((s) => (s.exhibitorId ? [s.exhibitorId] : []));
  const exhibitors = await store.exhibitors.getMany(assigned);
  const approved = (id: string | undefined) => (id ? exhibitors.get(id)?.status === 'approved' : false);
  const designs = new Map((await store.boothDesigns.listByHall(hallId)).map((d) => [d.slotId, d.design]));

  const booths: PlacedBooth[] = [];
  for (const slot of layout.slots) {
    const design = designs.get(slot.id);
    if (!slot.exhibitorId || !approved(slot.exhibitorId) || !design || design.exhibitorId !== slot.exhibitorId) continue;
    const exhibitor = exhibitors.get(slot.exhibitorId)!;
    booths.push({ slotId: slot.id, exhibitorId: exhibitor.id, exhibitorName: exhibitor.name, design });
  }

  const templateIds = [...new Set(booths.map((b) => b.design.templateId))].sort();
  const boothTemplates = templateIds.map((id): BoothTemplate => {
    const template = getBoothTemplate(id);
    if (!template) throw new Error(`hall ${hallId}: booth template "${id}" is not available`);
    return template;
  });

  // Products shown on stands, in the order the booths show them; only the booth owner's own products.
  const wanted = booths.flatMap((b) => b.design.items.flatMap((item) => (item.productId ? [item.productId] : [])));
  const found = await store.products.getMany(wanted);
  const products: ProductSummary[] = [];
  const seen = new Set<string>();
  for (const booth of booths) {
    for (const item of booth.design.items) {
      const product = item.productId ? found.get(item.productId) : undefined;
      if (!product || !product.published || product.exhibitorId !== booth.exhibitorId || seen.has(product.id)) continue;
      seen.add(product.id);
      products.push({
        id: product.id,
        exhibitorId: product.exhibitorId,
        name: product.name,
        category: product.category,
        ...(product.glbUrl ? { glbUrl: product.glbUrl } : {}),
      });
    }
  }

  // Slots of exhibitors that are not (or no longer) approved show as free space.
  const publicLayout: HallLayout = {
    ...layout,
    slots: layout.slots.map((slot) => {
      if (!slot.exhibitorId || approved(slot.exhibitorId)) return slot;
      const { exhibitorId: _hidden, ...free } = slot;
      return free;
    }),
  };
  return { layout: publicLayout, boothTemplates, booths, products };
}

/** `GET /api/halls`: one summary per hall, in the organizer's order. */
export async function buildHallList(store: Store): Promise<HallList> {
  const halls = await store.halls.list();
  const expoIds = [...new Set(halls.map((h) => h.expoId))];
  const expos = (await Promise.all(expoIds.map((id) => store.expos.get(id)))).filter((e) => e !== undefined);
  const assigned = halls.flatMap((h) => h.layout.slots.flatMap((s) => (s.exhibitorId ? [s.exhibitorId] : [])));
  const exhibitors = await store.exhibitors.getMany(assigned);
  return {
    expos: expos.map((e) => ({ id: e.id, name: e.name, startsAt: e.startsAt, endsAt: e.endsAt })),
    items: halls.map(({ expoId, layout }) => ({
      id: layout.id,
      expoId,
      name: layout.name,
      width: layout.size.width,
      depth: layout.size.depth,
      slotCount: layout.slots.length,
      exhibitorCount: new Set(layout.slots.filter((s) => s.exhibitorId && exhibitors.get(s.exhibitorId)?.status === 'approved').map((s) => s.exhibitorId)).size,
      plan: {
        cutouts: layout.cutouts.map((c) => planRect(footprintRect(c))),
        booths: layout.slots.map((s) => planRect(footprintRect(s))),
      },
    })),
  };
}

function planRect(r: Rect): [number, number, number, number] {
  const cm = (v: number) => Math.round(v * 100) / 100;
  return [cm(r.minX), cm(r.minZ), cm(r.maxX), cm(r.maxZ)];
}

/** The approved exhibitors placed in a hall, in slot order. */
export async function approvedExhibitorIdsInHall(store: Store, layout: HallLayout): Promise<string[]> {
  const assigned = [...new Set(layout.slots.flatMap((s) => (s.exhibitorId ? [s.exhibitorId] : [])))];
  const exhibitors = await store.exhibitors.getMany(assigned);
  return assigned.filter((id) => exhibitors.get(id)?.status === 'approved');
}
