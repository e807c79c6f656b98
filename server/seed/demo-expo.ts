import {
  BoothDesignDocument,
  CategoryDocument,
  checkDesignFitsTemplate,
  DocumentError,
  ExhibitorDocument,
  ExpoEventDocument,
  HallLayoutDocument,
  ProductDocument,
  type BoothDesign,
  type Category,
  type Exhibitor,
  type ExpoEvent,
  type HallLayout,
  type LocalizedText,
  type Product,
} from '../../model';
import { boothTemplateForSlot, getHallTemplate } from '../../hall-templates';
import type { ExpoRecord } from '../store';
import { COUNTRY_WEIGHTS } from './company-names';
import { makeDemoBoothDesign } from './demo-booth';
import { makeDemoExhibitor } from './demo-catalogue';
import { makeDemoCategories } from './demo-categories';
import { INDUSTRIES } from './industries';
import { SeededRandom } from './prng';

export const DEMO_EXPO_ID = 'demo-expo';
/** The default PRNG seed: the demo fair's opening day. */
export const DEMO_SEED = 20260916;

const DEMO_EXPO: ExpoRecord = {
  id: DEMO_EXPO_ID,
  name: { 'zh-CN': '2026 国际智能制造与消费品博览会', en: '2026 International Smart Manufacturing & Consumer Goods Expo' },
  startsAt: '2026-09-16T09:00:00+08:00',
  endsAt: '2026-09-19T17:00:00+08:00',
};

/** The demo halls: which template each is made from. Slots are kept as the template has them. */
const DEMO_HALLS: readonly { id: string; templateId: string; name: LocalizedText }[] = [
  { id: 'hall-1', templateId: 'standard-grid', name: { 'zh-CN': '1号馆 · 综合展区', en: 'Hall 1 · General Exhibition' } },
  { id: 'hall-2', templateId: 'premium-islands', name: { 'zh-CN': '2号馆 · 品牌特装馆', en: 'Hall 2 · Premium Brands' } },
];

/** The whole demo fair as documents, ready to insert. */
export interface DemoExpo {
  expo: ExpoRecord;
  /** Parents before their children. */
  categories: Category[];
  halls: HallLayout[];
  exhibitors: Exhibitor[];
  /** In catalogue order per exhibitor. */
  products: Product[];
  boothDesigns: { hallId: string; slotId: string; design: BoothDesign }[];
  events: ExpoEvent[];
}

/**
 * Builds the demo fair: two halls from templates, one exhibitor on every slot with a generated
 * catalogue and booth design, the category taxonomy they use, and a few events. Pure and
 * deterministic: the same seed gives the same documents. Every document is validated; a failure
 * throws a `DocumentError` listing all problems.
 */
export function buildDemoExpo(seed: number = DEMO_SEED): DemoExpo {
  const random = new SeededRandom(seed);
  const takenNames = new Set<string>();
  const out: DemoExpo = { expo: DEMO_EXPO, categories: [], halls: [], exhibitors: [], products: [], boothDesigns: [], events: [] };
  let serial = 0;

  for (const spec of DEMO_HALLS) {
    const template = getHallTemplate(spec.templateId);
    if (!template) throw new Error(`seed: hall template "${spec.templateId}" not found`);
    const slots = template.slots.map((slot) => {
      const boothTemplate = boothTemplateForSlot(slot);
      if (!boothTemplate) throw new Error(`seed: no booth template fits slot "${slot.id}" (${slot.kind} ${slot.width}×${slot.depth}) of ${spec.templateId}`);
      const id = `ex-${String(++serial).padStart(3, '0')}`;
      const industry = random.pick(INDUSTRIES);
      const country = random.weighted(COUNTRY_WEIGHTS);
      const made = makeDemoExhibitor(random, { id, expoId: DEMO_EXPO_ID, industry, country, template: boothTemplate, takenNames });
      const design = makeDemoBoothDesign(random, { exhibitorId: id, template: boothTemplate, shortName: made.company.shortName, products: made.products });
      out.exhibitors.push(made.exhibitor);
      out.products.push(...made.products);
      out.boothDesigns.push({ hallId: spec.id, slotId: slot.id, design });
      return { ...slot, exhibitorId: id };
    });
    out.halls.push({ ...structuredClone(template), id: spec.id, name: spec.name, slots });
  }
  out.categories = makeDemoCategories(DEMO_EXPO_ID, out.exhibitors, out.products);
  out.events = makeDemoEvents(random, out);
  return validateDemoExpo(out);
}

function makeDemoEvents(random: SeededRandom, fair: DemoExpo): ExpoEvent[] {
  const at = (day: number, hour: number, minute = 0) =>
    `2026-09-${String(16 + day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
  const base = { version: 1 as const, expoId: DEMO_EXPO_ID };
  const stageHall = fair.halls.find((h) => h.stages.length > 0);
  const onStage = stageHall ? { hallId: stageHall.id, stageId: stageHall.stages[0]!.id } : { hallId: fair.halls[0]!.id };

  const events: ExpoEvent[] = [
    {
      ...base,
      id: 'ev-opening',
      kind: 'talk',
      title: { 'zh-CN': '开幕式暨智能制造高峰论坛', en: 'Opening Ceremony & Smart Manufacturing Summit' },
      description: { 'zh-CN': '行业领袖共话智能制造与消费升级的新机遇。', en: 'Industry leaders on the new opportunities in smart manufacturing and consumer upgrading.' },
      startsAt: at(0, 9, 30),
      endsAt: at(0, 11),
      ...onStage,
      capacity: 500,
    },
    {
      ...base,
      id: 'ev-forum-nev',
      kind: 'talk',
      title: { 'zh-CN': '新能源汽车产业链对接会', en: 'New-Energy Vehicle Supply Chain Forum' },
      startsAt: at(1, 14),
      endsAt: at(1, 16),
      ...onStage,
      capacity: 300,
    },
  ];

  const premium = fair.boothDesigns.filter((b) => b.hallId === fair.halls[1]?.id);
  random.shuffled(premium).slice(0, 4).forEach((booth, i) => {
    const exhibitor = fair.exhibitors.find((e) => e.id === booth.design.exhibitorId)!;
    events.push({
      ...base,
      id: `ev-launch-${i + 1}`,
      kind: 'launch',
      title: { 'zh-CN': `${exhibitor.name['zh-CN']}新品发布会`, en: `${exhibitor.name.en}: New Product Launch` },
      startsAt: at(i % 3, 10 + i, 30),
      endsAt: at(i % 3, 11 + i, 15),
      hallId: booth.hallId,
      exhibitorId: exhibitor.id,
      capacity: 80,
    });
  });
  random.shuffled(fair.exhibitors).slice(0, 3).forEach((exhibitor, i) => {
    events.push({
      ...base,
      id: `ev-meeting-${i + 1}`,
      kind: 'meeting-slot',
      title: { 'zh-CN': `${exhibitor.name['zh-CN']} · 采购洽谈`, en: `${exhibitor.name.en} · Buyer Meeting` },
      startsAt: at(2, 13 + i),
      endsAt: at(2, 13 + i, 45),
      exhibitorId: exhibitor.id,
      capacity: 6,
    });
  });
  return events;
}

/** Validates every document of the fair (with the model's schemas) and returns the parsed fair. */
export function validateDemoExpo(fair: DemoExpo): DemoExpo {
  const errors: string[] = [];
  const check = <T>(result: { ok: true; value: T } | { ok: false; errors: string[] }, where: string): T | undefined => {
    if (result.ok) return result.value;
    errors.push(...result.errors.map((e) => `${where}: ${e}`));
    return undefined;
  };
  const categories = fair.categories.map((c) => check(CategoryDocument.validate(c), `categories/${c.id}`));
  const categoryIds = new Set(fair.categories.map((c) => c.id));
  for (const c of fair.categories) {
    if (c.parentId && !categoryIds.has(c.parentId)) errors.push(`categories/${c.id}: parentId: no category "${c.parentId}"`);
  }
  // Every slug a visitor can meet needs a name; one line per slug, naming the first document that uses it.
  const usedBy = new Map<string, string>();
  for (const e of fair.exhibitors) for (const slug of e.categories) if (!usedBy.has(slug)) usedBy.set(slug, `exhibitors/${e.id}`);
  for (const p of fair.products) if (!usedBy.has(p.category)) usedBy.set(p.category, `products/${p.id}`);
  for (const [slug, where] of usedBy) {
    if (!categoryIds.has(slug)) errors.push(`${where}: no category "${slug}" (name it in server/seed/category-names.ts)`);
  }
  const halls = fair.halls.map((h) => check(HallLayoutDocument.validate(h), `halls/${h.id}`));
  const exhibitors = fair.exhibitors.map((e) => check(ExhibitorDocument.validate(e), `exhibitors/${e.id}`));
  const products = fair.products.map((p) => check(ProductDocument.validate(p), `products/${p.id}`));
  const events = fair.events.map((e) => check(ExpoEventDocument.validate(e), `events/${e.id}`));
  const boothDesigns = fair.boothDesigns.map((b) => {
    const design = check(BoothDesignDocument.validate(b.design), `booth_designs/${b.design.id}`);
    const slot = fair.halls.find((h) => h.id === b.hallId)?.slots.find((s) => s.id === b.slotId);
    const template = slot && boothTemplateForSlot(slot);
    if (!template) errors.push(`booth_designs/${b.design.id}: no booth template for slot ${b.hallId}/${b.slotId}`);
    else if (design) check(checkDesignFitsTemplate(design, template), `booth_designs/${b.design.id}`);
    return design && { ...b, design };
  });
  if (errors.length) throw new DocumentError('demo expo', errors);
  return {
    expo: fair.expo,
    categories: categories as Category[],
    halls: halls as HallLayout[],
    exhibitors: exhibitors as Exhibitor[],
    products: products as Product[],
    boothDesigns: boothDesigns as DemoExpo['boothDesigns'],
    events: events as ExpoEvent[],
  };
}
