import type { Exhibitor, Product, SearchHit, SearchPage, SearchQuery } from '../../model';
import { CatalogueSearch, type SearchDocument } from '../search';
import type { Store } from '../store';

/**
 * Keeps the in-memory catalogue index in step with the store. The index holds only what visitors
 * may see (published products of approved exhibitors). It listens to the store's changes: a
 * written product or exhibitor is re-read and updated in the index before the next search; a
 * change too large to list (a seed, a bulk write in another process) rebuilds it from the store.
 */
export class SearchService {
  private index: CatalogueSearch | undefined;
  private exhibitors = new Map<string, Exhibitor>();
  private products = new Map<string, Product>();
  private building: Promise<void> | undefined;
  /** Products and exhibitors written since the index last saw them (`product:<id>`, `exhibitor:<id>`). */
  private readonly dirty = new Set<string>();
  private rebuildNeeded = false;
  private readonly stopListening: () => void;

  constructor(private readonly store: Store) {
    this.stopListening = store.onChange((changes) => {
      if (changes === 'many') {
        this.rebuildNeeded = true;
        return;
      }
      for (const { table, id } of changes) {
        if (table === 'products') this.dirty.add(`product:${id}`);
        else if (table === 'exhibitors') this.dirty.add(`exhibitor:${id}`);
      }
    });
  }

  async query(query: SearchQuery): Promise<SearchPage> {
    await this.ensureFresh();
    const offset = (query.page - 1) * query.pageSize;
    const result = this.index!.search(
      query.q,
      {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.category ? { category: query.category } : {}),
        ...(query.tag ? { tag: query.tag } : {}),
        ...(query.country ? { country: query.country } : {}),
        ...(query.expo ? { expoId: query.expo } : {}),
      },
      { offset, limit: query.pageSize },
    );
    const items = result.hits.flatMap((hit): SearchHit[] => {
      const exhibitor = this.exhibitors.get(hit.kind === 'exhibitor' ? hit.id : (this.products.get(hit.id)?.exhibitorId ?? ''));
      if (!exhibitor) return [];
      if (hit.kind === 'exhibitor') {
        return [{ kind: 'exhibitor', id: exhibitor.id, exhibitorId: exhibitor.id, name: exhibitor.name, exhibitorName: exhibitor.name, country: exhibitor.country, score: hit.score }];
      }
      const product = this.products.get(hit.id)!;
      return [
        {
          kind: 'product',
          id: product.id,
          exhibitorId: exhibitor.id,
          name: product.name,
          exhibitorName: exhibitor.name,
          category: product.category,
          ...(product.modelCode ? { modelCode: product.modelCode } : {}),
          country: exhibitor.country,
          score: hit.score,
        },
      ];
    });
    return { items, page: query.page, pageSize: query.pageSize, total: result.total };
  }

  /** Builds the index now (in the background at start-up), so the first visitor's search is not the one that waits. */
  async warm(): Promise<void> {
    await this.ensureFresh();
  }

  /** Stops following the store's changes. */
  dispose(): void {
    this.stopListening();
  }

  private async ensureFresh(): Promise<void> {
    while (this.building) await this.building;
    if (!this.index || this.rebuildNeeded) {
      this.building = this.rebuild();
    } else if (this.dirty.size > 0) {
      this.building = this.applyDirty();
    } else {
      return;
    }
    try {
      await this.building;
    } finally {
      this.building = undefined;
    }
  }

  private async rebuild(): Promise<void> {
    // Changes that arrive while the store is read stay marked and are applied on the next search.
    this.rebuildNeeded = false;
    this.dirty.clear();
    const exhibitors = (await this.store.exhibitors.all()).filter((e) => e.status === 'approved');
    this.exhibitors = new Map(exhibitors.map((e) => [e.id, e]));
    const products = (await this.store.products.all()).filter((p) => p.published && this.exhibitors.has(p.exhibitorId));
    this.products = new Map(products.map((p) => [p.id, p]));
    const docs: SearchDocument[] = [...exhibitors.map((e) => exhibitorDocument(e)), ...products.map((p) => productDocument(p, this.exhibitors.get(p.exhibitorId)!))];
    this.index = new CatalogueSearch(docs);
  }

  private async applyDirty(): Promise<void> {
    const changes = [...this.dirty];
    this.dirty.clear();
    for (const change of changes) {
      const [kind, id] = change.split(':') as ['product' | 'exhibitor', string];
      if (kind === 'product') await this.refreshProduct(id);
      else await this.refreshExhibitor(id);
    }
  }

  private async refreshProduct(id: string): Promise<void> {
    const product = await this.store.products.get(id);
    const exhibitor = product && this.exhibitors.get(product.exhibitorId);
    if (product && product.published && exhibitor) {
      this.products.set(id, product);
      this.index!.upsert(productDocument(product, exhibitor));
    } else {
      this.products.delete(id);
      this.index!.remove('product', id);
    }
  }

  private async refreshExhibitor(id: string): Promise<void> {
    const exhibitor = await this.store.exhibitors.get(id);
    if (exhibitor?.status === 'approved') {
      this.exhibitors.set(id, exhibitor);
      this.index!.upsert(exhibitorDocument(exhibitor));
    } else {
      this.exhibitors.delete(id);
      this.index!.remove('exhibitor', id);
    }
    for (const product of await this.store.products.listByExhibitor(id, { includeDrafts: true })) await this.refreshProduct(product.id);
  }
}

function exhibitorDocument(e: Exhibitor): SearchDocument {
  return { kind: 'exhibitor', id: e.id, expoId: e.expoId, exhibitorId: e.id, name: e.name, exhibitorName: e.name, description: e.description, categories: e.categories, tags: [], country: e.country };
}

function productDocument(p: Product, e: Exhibitor): SearchDocument {
  return {
    kind: 'product',
    id: p.id,
    expoId: e.expoId,
    exhibitorId: e.id,
    name: p.name,
    exhibitorName: e.name,
    description: p.description,
    ...(p.modelCode ? { modelCode: p.modelCode } : {}),
    categories: [p.category],
    tags: p.tags,
    country: e.country,
  };
}
