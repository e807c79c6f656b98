import { pickText, type Category, type Locale } from '../model';

/** An industry and the categories under it, as the checklist shows them. */
export interface CategoryGroup {
  industry: Category;
  categories: Category[];
}

/**
 * Groups a taxonomy by industry (the categories without a parent; one whose parent is missing
 * counts as one), each group and its categories in the page language's order. An industry with
 * nothing under it is a choice of its own.
 */
export function groupByIndustry(categories: readonly Category[], locale: Locale): CategoryGroup[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: Category, b: Category) => collator.compare(pickText(a.name, locale), pickText(b.name, locale));
  const industries = categories.filter((c) => !c.parentId || !categories.some((p) => p.id === c.parentId));
  return industries.sort(byName).map((industry) => {
    const children = categories.filter((c) => c.parentId === industry.id).sort(byName);
    return { industry, categories: children.length ? children : [industry] };
  });
}
