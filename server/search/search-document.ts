import type { LocalizedText } from '../../model';

/** What the catalogue search index needs from one exhibitor or product. */
export interface SearchDocument {
  kind: 'exhibitor' | 'product';
  /** Product or exhibitor id; ids are unique within a kind. */
  id: string;
  expoId: string;
  /** For an exhibitor, its own id. */
  exhibitorId: string;
  /** Product name, or company name for an exhibitor. */
  name: LocalizedText;
  /** Company name (for a product: its exhibitor's). */
  exhibitorName: LocalizedText;
  description: LocalizedText;
  modelCode?: string;
  /** Category slugs: a product's one category, an exhibitor's categories. */
  categories: string[];
  tags: string[];
  /** ISO 3166-1 alpha-2; a product takes its exhibitor's. */
  country: string;
}

/** Exact-match filters; an unset or empty value does not filter. */
export interface SearchFilters {
  kind?: 'exhibitor' | 'product';
  /** A category slug; an exhibitor matches if any of its categories is this one. */
  category?: string;
  tag?: string;
  /** ISO alpha-2, compared case-insensitively. */
  country?: string;
  expoId?: string;
}

/** One ranked match. `score` is rounded so that float noise cannot reorder ties. */
export interface SearchHit {
  kind: 'exhibitor' | 'product';
  id: string;
  score: number;
}

/** One page of matches; `total` counts every match, not just the page. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
}
