import { boothTemplates } from '../../hall-templates';
import { checkHallLayout, formatLayoutProblem, LIMITS, templateFitsSlot, type BoothDesign, type BoothSlot, type Exhibitor, type HallLayout } from '../../model';
import type { StoreRepositories } from '../store';
import { ApiError } from './api-error';

/**
 * What a hall layout must pass before it is stored (on create and on every publish), beyond its
 * schema: the layout rules of `model/hall-layout-rules.ts` (aisle widths, overlaps, entrances, a
 * booth template for every assigned slot), and exhibitors that exist in this expo — approved ones
 * for any newly assigned slot (an exhibitor already on a slot keeps it if later un-approved).
 * Throws a 400 whose details are the problems' English lines, the same words the editor shows.
 */
export async function assertPublishable(store: Pick<StoreRepositories, 'exhibitors'>, expoId: string, layout: HallLayout, previous?: HallLayout): Promise<void> {
  const details = checkHallLayout(layout, { boothTemplates }).map((p) => formatLayoutProblem(p));
  const assigned = [...new Set(layout.slots.flatMap((s) => (s.exhibitorId ? [s.exhibitorId] : [])))];
  const exhibitors = await store.exhibitors.getMany(assigned);
  const before = new Map((previous?.slots ?? []).map((s) => [s.id, s.exhibitorId]));
  layout.slots.forEach((slot, i) => {
    if (!slot.exhibitorId) return;
    const exhibitor = exhibitors.get(slot.exhibitorId);
    if (!exhibitor || exhibitor.expoId !== expoId) {
      details.push(`slots[${i}].exhibitorId: no exhibitor "${slot.exhibitorId}" in this expo`);
    } else if (exhibitor.status !== 'approved' && before.get(slot.id) !== slot.exhibitorId) {
      details.push(`slots[${i}].exhibitorId: exhibitor "${slot.exhibitorId}" is not approved yet`);
    }
  });
  if (details.length > 0) throw new ApiError(400, 'bad_request', 'the hall layout has problems', details);
}

/**
 * Puts a booth design on every slot that has an exhibitor, after a publish (same transaction):
 * first every design of this hall whose slot is gone, reassigned or resized beyond its template is
 * taken off (kept, not deleted: the exhibitor's work survives), then each assigned slot without a
 * design gets one of its exhibitor's unplaced designs that fits, or a new, empty design on the
 * slot's booth template (the exhibitor decorates it in the booth editor).
 */
export async function placeAssignedBooths(tx: StoreRepositories, hallId: string, layout: HallLayout): Promise<{ placed: number; created: number; removed: number }> {
  const slots = new Map(layout.slots.map((s) => [s.id, s]));
  let removed = 0;
  for (const { slotId, design } of await tx.boothDesigns.listByHall(hallId)) {
    const slot = slots.get(slotId);
    if (slot && slot.exhibitorId === design.exhibitorId && fits(design, slot)) continue;
    await tx.boothDesigns.setPlacement(design.id, null);
    removed++;
  }

  const onSlots = new Set((await tx.boothDesigns.listByHall(hallId)).map((d) => d.slotId));
  const needing = layout.slots.filter((s): s is BoothSlot & { exhibitorId: string } => s.exhibitorId !== undefined && !onSlots.has(s.id));
  if (needing.length === 0) return { placed: 0, created: 0, removed };

  const exhibitors = await tx.exhibitors.getMany(needing.map((s) => s.exhibitorId));
  const unplaced = (await tx.boothDesigns.listWithPlacement(needing.map((s) => s.exhibitorId))).filter((d) => d.placement === null).map((d) => d.design);
  let placed = 0;
  let created = 0;
  for (const slot of needing) {
    const exhibitor = exhibitors.get(slot.exhibitorId);
    if (!exhibitor || exhibitor.status !== 'approved') continue;
    const reuse = unplaced.findIndex((d) => d.exhibitorId === slot.exhibitorId && fits(d, slot));
    if (reuse >= 0) {
      const [design] = unplaced.splice(reuse, 1);
      await tx.boothDesigns.setPlacement(design!.id, { hallId, slotId: slot.id });
      placed++;
      continue;
    }
    const template = boothTemplates.find((t) => templateFitsSlot(t, slot));
    // assertPublishable refused assigned slots without a template; nothing to build here otherwise.
    if (!template) continue;
    const design = await newBoothDesign(tx, exhibitor, template.id);
    await tx.boothDesigns.insert(design, { hallId, slotId: slot.id });
    created++;
  }
  return { placed, created, removed };
}

function fits(design: BoothDesign, slot: BoothSlot): boolean {
  const template = boothTemplates.find((t) => t.id === design.templateId);
  return template !== undefined && templateFitsSlot(template, slot);
}

/** An empty booth on `templateId` with the exhibitor's name on its fascia, under a free id. */
async function newBoothDesign(tx: StoreRepositories, exhibitor: Exhibitor, templateId: string): Promise<BoothDesign> {
  const base = `booth-${exhibitor.id}`.slice(0, LIMITS.idLength - 4).replace(/-+$/, '');
  let id = base;
  for (let n = 2; await tx.boothDesigns.exists(id); n++) id = `${base}-${n}`;
  const fascia = (text: string) => text.slice(0, LIMITS.shortText);
  return {
    version: 1,
    id,
    exhibitorId: exhibitor.id,
    templateId,
    revision: 1,
    fasciaName: { 'zh-CN': fascia(exhibitor.name['zh-CN']), en: fascia(exhibitor.name.en) },
    theme: { primaryColor: '#1f4e79', accentColor: '#f2a900', wallMaterial: 'paint', ...(exhibitor.logoUrl ? { logoUrl: exhibitor.logoUrl } : {}) },
    items: [],
  };
}
