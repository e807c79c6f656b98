import { HallView, type BoothItem, type BoothTemplate, type HallLayout, type PlacedBooth } from '../../model';

/** The sample models in assets/models, by how much floor they need. */
export const SAMPLE_MODELS = {
  small: ['chair', 'lamp', 'box-package', 'robot-arm', 'drone', 'bottle', 'phone', 'shelf-unit'],
  large: ['machine', 'vehicle'],
} as const;

export interface HallFixtureOptions {
  /** Fraction of slots that get a booth (deterministic: every n-th slot stays empty). Default 1. */
  occupancy?: number;
  /** At most this many product stands per booth (default: every stand anchor). */
  productsPerBooth?: number;
  /** Model URL for a sample model name; default `/assets/models/<name>.glb`. */
  modelUrl?: (name: string) => string;
}

const COMPANIES: readonly (readonly [string, string])[] = [
  ['华光精密机械', 'Huaguang Precision'],
  ['东方智能科技', 'Orient Smart Tech'],
  ['蓝海包装', 'Blue Ocean Packaging'],
  ['星辰照明', 'Stellar Lighting'],
  ['瑞丰饮品', 'Ruifeng Beverages'],
  ['云帆无人机', 'Cloudsail Drones'],
  ['金桥家具', 'Golden Bridge Furniture'],
  ['新程汽车', 'Newway Motors'],
  ['恒信机器人', 'Hengxin Robotics'],
  ['青木电子', 'Aoki Electronics'],
  ['长江仓储设备', 'Yangtze Storage Systems'],
  ['南山通讯', 'Nanshan Communications'],
];
const PALETTE: readonly (readonly [string, string])[] = [
  ['#1f4e79', '#f2a900'],
  ['#0b6e4f', '#f4f1de'],
  ['#8c1c13', '#f7c59f'],
  ['#2d3142', '#ef8354'],
  ['#3a0ca3', '#4cc9f0'],
  ['#005f73', '#ee9b00'],
  ['#6a994e', '#f2e8cf'],
  ['#264653', '#e9c46a'],
];
const FINISHES = ['paint', 'wood', 'fabric', 'glass', 'metal'] as const;

/**
 * A complete, schema-valid HallView for tests, the dev harness and benchmarks: every slot (or a
 * share of them) gets an exhibitor with a bilingual name, a themed design on the template that
 * fits the slot, product stands on its stand anchors and a poster. Deterministic.
 */
export function buildHallFixture(layout: HallLayout, templates: readonly BoothTemplate[], options: HallFixtureOptions = {}): HallView {
  const occupancy = options.occupancy ?? 1;
  const modelUrl = options.modelUrl ?? ((name: string) => `/assets/models/${name}.glb`);
  const booths: PlacedBooth[] = [];
  const products: HallView['products'] = [];
  const skipEvery = occupancy >= 1 ? 0 : Math.max(2, Math.round(1 / (1 - occupancy)));
  layout.slots.forEach((slot, i) => {
    if (skipEvery && i % skipEvery === skipEvery - 1) return;
    const template = templateFor(slot, templates);
    if (!template) return;
    const [zh, en] = COMPANIES[i % COMPANIES.length]!;
    const n = Math.floor(i / COMPANIES.length);
    const exhibitorId = `exhibitor-${slot.id}`;
    const name = { 'zh-CN': n ? `${zh} ${n + 1}` : zh, en: n ? `${en} ${n + 1}` : en };
    const [primaryColor, accentColor] = PALETTE[i % PALETTE.length]!;
    const big = template.footprint.width * template.footprint.depth >= 36;
    const items: BoothItem[] = [];
    let stands = 0;
    for (const anchor of template.anchors) {
      const base = { anchorId: anchor.id, x: anchor.x, y: anchor.y, z: anchor.z, yaw: anchor.yaw, scale: 1 };
      if (anchor.kind === 'stand' && stands < (options.productsPerBooth ?? Infinity)) {
        const models = big && stands === 0 ? SAMPLE_MODELS.large : SAMPLE_MODELS.small;
        const model = models[(i + stands) % models.length]!;
        const productId = `product-${slot.id}-${++stands}`;
        products.push({ id: productId, exhibitorId, name: { 'zh-CN': `${zh} ${model}`, en: `${en} ${model}` }, category: model, glbUrl: modelUrl(model) });
        items.push({ id: `stand-${stands}`, kind: 'product-stand', productId, ...base });
      } else if (anchor.kind === 'poster' || anchor.kind === 'screen') {
        items.push({ id: anchor.id, kind: anchor.kind, ...base });
      }
    }
    booths.push({
      slotId: slot.id,
      exhibitorId,
      exhibitorName: name,
      design: {
        version: 1,
        id: `booth-${slot.id}`,
        exhibitorId,
        templateId: template.id,
        revision: 1,
        fasciaName: name,
        theme: { primaryColor, accentColor, wallMaterial: FINISHES[i % FINISHES.length]! },
        items,
      },
    });
  });
  return HallView.parse({ layout, boothTemplates: templates, booths, products });
}

/** Same kind and footprint as the slot if there is one, else any template of the slot's kind. */
function templateFor(slot: HallLayout['slots'][number], templates: readonly BoothTemplate[]): BoothTemplate | undefined {
  const sameKind = templates.filter((t) => t.kind === slot.kind);
  return sameKind.find((t) => t.footprint.width === slot.width && t.footprint.depth === slot.depth) ?? sameKind[0];
}
