import { pickText, type LocalizedText } from '../model';
import { api } from './api-client';

/** Category names by slug. */
export type CategoryNames = ReadonlyMap<string, LocalizedText>;

let loading: Promise<CategoryNames> | undefined;

/**
 * The category taxonomy's names, fetched once per page and shared by every caller. A failed load
 * resolves to no names (pages then show the slug) and is forgotten, so the next call tries again.
 *
 * Loads every expo's categories: a page shows one fair today. When halls of several fairs share a
 * page, the hall view should carry its expo id so this can ask for that expo's taxonomy alone.
 */
export function loadCategoryNames(): Promise<CategoryNames> {
  if (!loading) {
    const pending: Promise<CategoryNames> = api.categories().then(
      (list) => new Map(list.items.map((category) => [category.id, category.name])),
      () => {
        if (loading === pending) loading = undefined;
        return new Map();
      },
    );
    loading = pending;
  }
  return loading;
}

/** The category's name in `locale`, or the slug itself when the taxonomy does not name it. */
export function categoryName(names: CategoryNames, id: string, locale: string): string {
  const name = names.get(id);
  return name ? pickText(name, locale) : id;
}
