import { pickText, type Category, type Locale } from '../../model';

/** One choice of the product form's category picker: the slug and its names in both languages. */
export interface CategoryOption {
  id: string;
  /** The name in the page language. */
  name: string;
  /** The name in the other language, shown beside it (empty when it reads the same). */
  otherName: string;
}

/** An industry and the categories under it that match the search. */
export interface CategoryOptionGroup {
  id: string;
  name: string;
  options: CategoryOption[];
}

/**
 * The expo's categories as the picker lists them: grouped by industry (the categories without a
 * parent, or whose parent is missing; an industry with nothing under it is a choice of its own,
 * as on the registration forms), sorted by name in the page language, filtered by `query`.
 * A category matches when its Chinese or English name or its slug contains the query; an
 * industry that matches brings all of its categories.
 */
export function categoryOptions(categories: readonly Category[], locale: Locale, query = ''): CategoryOptionGroup[] {
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const collator = new Intl.Collator(locale);
  const byName = (a: Category, b: Category) => collator.compare(pickText(a.name, locale), pickText(b.name, locale));
  const needle = normalize(query);
  const matches = (c: Category) => !needle || [c.id, c.name.en, c.name['zh-CN']].some((s) => normalize(s).includes(needle));
  const option = (c: Category): CategoryOption => {
    const name = pickText(c.name, locale);
    const otherName = pickText(c.name, other);
    return { id: c.id, name, otherName: otherName === name ? '' : otherName };
  };
  const industries = categories.filter((c) => !c.parentId || !categories.some((p) => p.id === c.parentId)).sort(byName);
  const groups: CategoryOptionGroup[] = [];
  for (const industry of industries) {
    const children = categories.filter((c) => c.parentId === industry.id).sort(byName);
    const choices = children.length ? children : [industry];
    const shown = matches(industry) ? choices : choices.filter(matches);
    if (shown.length) groups.push({ id: industry.id, name: pickText(industry.name, locale), options: shown.map(option) });
  }
  return groups;
}

/** The category a product names, or undefined when the expo's taxonomy has no such slug. */
export function findCategory(categories: readonly Category[], id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}

/** Case- and width-insensitive (full-width Latin letters fold to ASCII), trimmed. */
function normalize(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase().trim();
}
