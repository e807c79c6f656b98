import type { Product } from '../../../model';
import { SeededRandom as BenchRandom } from '../../../server';

/** An approved exhibitor of the demo fair, with the products it already shows. */
export interface CatalogueOwner {
  exhibitorId: string;
  /** Its demo products: what the generated ones are variants of (category, tags, specs, code prefix). */
  products: readonly Product[];
  /** The first free catalogue position. */
  nextPosition: number;
}

/** One product to insert, and where it goes in its exhibitor's catalogue. */
export interface PlacedProduct {
  product: Product;
  position: number;
}

/** Editions a maker sells one product line in; generic enough for machines, phones and chairs alike. */
const EDITIONS: readonly { zh: string; en: string }[] = [
  { zh: '2025款', en: '2025 Edition' },
  { zh: '旗舰版', en: 'Flagship' },
  { zh: '标准版', en: 'Standard' },
  { zh: '经济型', en: 'Economy' },
  { zh: '出口版', en: 'Export Version' },
  { zh: '重载型', en: 'Heavy-Duty' },
  { zh: '紧凑型', en: 'Compact' },
  { zh: '节能型', en: 'Energy-Saving' },
  { zh: '高配版', en: 'Premium' },
  { zh: '定制版', en: 'Custom' },
  { zh: '第二代', en: 'Gen 2' },
  { zh: '第三代', en: 'Gen 3' },
];

/** Selling points for the descriptions. */
const PITCHES: readonly { zh: string; en: string }[] = [
  { zh: '交货期短，支持小批量试单', en: 'short lead times and small trial orders' },
  { zh: '通过 ISO 9001 质量体系认证', en: 'ISO 9001 certified production' },
  { zh: '提供海外安装与培训服务', en: 'on-site installation and training abroad' },
  { zh: '关键部件采用进口品牌', en: 'imported key components' },
  { zh: '整机质保两年，终身技术支持', en: 'a two-year warranty and lifetime support' },
];

/**
 * Makes `count` published products spread evenly over `owners`, each a variant of one of its
 * owner's demo products: the same category (so it is valid in the fair's taxonomy), tags and specs,
 * a bilingual name such as 「智能数控加工中心（旗舰版）」 / "Smart CNC Machining Center (Flagship)",
 * and a model code with the same prefix (`XK-5237`, `XK-5237A`). Deterministic for a given seed.
 */
export function generateCatalogue(options: { count: number; seed: number; owners: readonly CatalogueOwner[] }): PlacedProduct[] {
  const owners = options.owners.filter((o) => o.products.length > 0);
  if (owners.length === 0) throw new Error('generateCatalogue: no exhibitor has a product to vary');
  const random = new BenchRandom(options.seed);
  const positions = owners.map((o) => o.nextPosition);
  const usedCodes = new Set(owners.flatMap((o) => o.products.flatMap((p) => (p.modelCode ? [p.modelCode] : []))));
  const out: PlacedProduct[] = [];

  for (let i = 0; i < options.count; i++) {
    const slot = i % owners.length;
    const owner = owners[slot]!;
    const template = random.pick(owner.products);
    const edition = random.pick(EDITIONS);
    const pitch = random.pick(PITCHES);
    const modelCode = uniqueCode(random, codePrefix(template), usedCodes);
    const name = { 'zh-CN': `${template.name['zh-CN']}（${edition.zh}）`, en: `${template.name.en} (${edition.en})` };
    const product: Product = {
      version: 1,
      id: `bench-p${String(i + 1).padStart(5, '0')}`,
      exhibitorId: owner.exhibitorId,
      name,
      description: {
        'zh-CN': `${name['zh-CN']}，型号 ${modelCode}，${pitch.zh}。欢迎来展位洽谈 OEM/ODM 合作。`,
        en: `The ${name.en}, model ${modelCode}, with ${pitch.en}. Visit the booth to discuss OEM/ODM orders.`,
      },
      category: template.category,
      tags: [...template.tags],
      specs: template.specs.map((s) => ({ name: { ...s.name }, value: s.value })),
      modelCode,
      media: [],
      published: true,
      ...(template.glbUrl ? { glbUrl: template.glbUrl } : {}),
    };
    out.push({ product, position: positions[slot]! });
    positions[slot]!++;
  }
  return out;
}

/** `XK` of `XK-5200`; products without a code get one from their category. */
function codePrefix(product: Product): string {
  const prefix = product.modelCode?.split('-')[0];
  if (prefix && /^[A-Z0-9]{1,6}$/.test(prefix)) return prefix;
  return product.category.replace(/[^a-z]/g, '').slice(0, 2).toUpperCase() || 'PX';
}

function uniqueCode(random: BenchRandom, prefix: string, used: Set<string>): string {
  for (;;) {
    const suffix = random.int(0, 3) === 0 ? random.pick(['A', 'B', 'S', 'Pro']) : '';
    const code = `${prefix}-${random.int(1000, 9999)}${suffix}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}
