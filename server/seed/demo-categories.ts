import type { Category, Exhibitor, Product } from '../../model';
import { CATEGORY_NAMES } from './category-names';
import { INDUSTRIES } from './industries';

/**
 * The fair's category taxonomy: one Category per slug its exhibitors and products use. Industries
 * are the top level; a product category sits under the industry whose product kinds use it.
 * Parents come first (sorted), then their children (sorted), so each parent is stored before the
 * categories that name it. A slug with no name in `category-names.ts` is left out, and
 * `validateDemoExpo` reports it.
 */
export function makeDemoCategories(expoId: string, exhibitors: readonly Exhibitor[], products: readonly Product[]): Category[] {
  const parentOf = new Map(INDUSTRIES.flatMap((industry) => industry.products.map((kind) => [kind.category, industry.id] as const)));
  const used = new Set([...exhibitors.flatMap((e) => e.categories), ...products.map((p) => p.category)]);
  for (const slug of [...used]) {
    const parent = parentOf.get(slug);
    if (parent) used.add(parent);
  }
  const named = [...used].filter((slug) => CATEGORY_NAMES[slug] !== undefined);
  const topLevel = named.filter((slug) => !parentOf.has(slug)).sort();
  const children = named.filter((slug) => parentOf.has(slug)).sort();

  return [...topLevel, ...children].map((slug): Category => {
    const name = CATEGORY_NAMES[slug]!;
    const parentId = parentOf.get(slug);
    return { version: 1, id: slug, expoId, name: { 'zh-CN': name.zh, en: name.en }, ...(parentId ? { parentId } : {}) };
  });
}
