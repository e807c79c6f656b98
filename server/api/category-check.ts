import type { Store } from '../store';

/** One category slug a request body carries, and where (the field path its problem names). */
export interface CategoryUse {
  path: string;
  id: string;
}

/**
 * Problems for the categories a body names that the expo's taxonomy lacks, one per field
 * (`category: no category "x" in this expo`). `kept` are slugs the stored document already
 * carries: a category the organizers have since dropped may stay on it (the editors show it as
 * such) but cannot be newly chosen.
 */
export async function unknownCategories(store: Store, expoId: string, uses: readonly CategoryUse[], kept: readonly string[] = []): Promise<string[]> {
  if (uses.length === 0) return [];
  const known = new Set((await store.categories.list(expoId)).map((c) => c.id));
  const allowed = new Set(kept);
  return uses.filter((u) => !known.has(u.id) && !allowed.has(u.id)).map((u) => `${u.path}: no category "${u.id}" in this expo`);
}
