import type { BoothTemplate, Exhibitor, Product } from '../../model';
import { describeCompany, makeCompanyName, type CompanyName, type Country } from './company-names';
import { type Industry, type ProductKind, type Words } from './industries';
import type { SeededRandom } from './prng';

/** Every exhibitor shows at least this many products. */
export const MIN_PRODUCTS_PER_EXHIBITOR = 8;
const MAX_PRODUCTS_PER_EXHIBITOR = 12;

/** One generated exhibitor with its catalogue, before it is placed in a hall. */
export interface DemoExhibitor {
  exhibitor: Exhibitor;
  company: CompanyName;
  /** In catalogue order; the ones with a 3D model come first so that booth stands show models. */
  products: Product[];
}

/**
 * Makes one exhibitor of `industry` with 8–12 products (more if its booth template has more product
 * stands). Deterministic for a given `random` state.
 */
export function makeDemoExhibitor(
  random: SeededRandom,
  options: { id: string; expoId: string; industry: Industry; country: Country; template: BoothTemplate; takenNames: Set<string> },
): DemoExhibitor {
  const { id, expoId, industry, country, template } = options;
  const company = makeCompanyName(random, industry, country, options.takenNames);
  const stands = template.anchors.filter((a) => a.kind === 'stand').length;
  const count = Math.max(random.int(MIN_PRODUCTS_PER_EXHIBITOR, MAX_PRODUCTS_PER_EXHIBITOR), stands);

  const usedNames = new Set<string>();
  const drafts = Array.from({ length: count }, () => makeProductDraft(random, industry, usedNames));
  // Stable sort: products with a 3D model first, otherwise in the order they were made.
  drafts.sort((a, b) => Number(b.kind.glb !== undefined) - Number(a.kind.glb !== undefined));
  const usedCodes = new Set<string>();
  const products = drafts.map((draft, i) => toProduct(random, draft, industry, `${id}-p${String(i + 1).padStart(2, '0')}`, id, usedCodes));

  const categories = [industry.id, ...new Set(products.map((p) => p.category))].slice(0, 10);
  const exhibitor: Exhibitor = {
    version: 1,
    id,
    expoId,
    name: { 'zh-CN': company.name.zh, en: company.name.en },
    description: toLocalized(describeCompany(random, company, industry, drafts.map((d) => d.name))),
    country,
    categories,
    status: 'approved',
  };
  return { exhibitor, company, products };
}

interface ProductDraft {
  kind: ProductKind;
  name: Words;
}

function makeProductDraft(random: SeededRandom, industry: Industry, usedNames: Set<string>): ProductDraft {
  for (let attempt = 0; attempt < 40; attempt++) {
    const kind = random.pick(industry.products);
    const modifier = random.pick(kind.modifiers ?? industry.modifiers);
    // "智能" + "智能制造设备" or "Smart" + "Smartphone" would repeat the word: use the plain name.
    const repeats = kind.zh.includes(modifier.zh) || kind.en.toLowerCase().includes(modifier.en.toLowerCase());
    const name = repeats ? { zh: kind.zh, en: kind.en } : { zh: `${modifier.zh}${kind.zh}`, en: `${modifier.en} ${kind.en}` };
    if (!usedNames.has(name.zh)) {
      usedNames.add(name.zh);
      return { kind, name };
    }
  }
  // Every combination tried is taken: a second generation of one of them.
  const kind = random.pick(industry.products);
  const generation = usedNames.size + 1;
  const name = { zh: `${kind.zh}（第${generation}代）`, en: `${kind.en} Gen ${generation}` };
  usedNames.add(name.zh);
  return { kind, name };
}

function toProduct(random: SeededRandom, draft: ProductDraft, industry: Industry, id: string, exhibitorId: string, usedCodes: Set<string>): Product {
  const { kind, name } = draft;
  let modelCode = `${kind.code}-${random.int(10, 99) * 100}`;
  while (usedCodes.has(modelCode)) modelCode = `${kind.code}-${random.int(10, 99) * 100 + random.int(1, 99)}`;
  usedCodes.add(modelCode);
  const feature = random.pick(industry.features);
  const application = random.pick(industry.applications);
  const product: Product = {
    version: 1,
    id,
    exhibitorId,
    name: { 'zh-CN': name.zh, en: name.en },
    description: {
      'zh-CN': `${name.zh}（型号 ${modelCode}）采用${feature.zh}，广泛适用于${application.zh}。支持 OEM/ODM 定制，欢迎洽谈。`,
      en: `The ${name.en} (model ${modelCode}) features ${feature.en} and is built for ${application.en}. OEM/ODM orders welcome.`,
    },
    category: kind.category,
    tags: [...new Set([...kind.tags, industry.id])],
    specs: kind.specs.map((s) => ({ name: { 'zh-CN': s.zh, en: s.en }, value: random.pick(s.values) })),
    published: true,
    modelCode,
    media: [],
  };
  if (kind.glb) product.glbUrl = `/assets/models/${kind.glb}`;
  return product;
}

function toLocalized(words: Words): { 'zh-CN': string; en: string } {
  return { 'zh-CN': words.zh, en: words.en };
}
