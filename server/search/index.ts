/**
 * server/search — the catalogue search index behind GET /api/search: one MiniSearch index over
 * exhibitors and products, Chinese (characters and bigrams) and Latin (words, prefixes, typos,
 * model codes), with filters, paging and a deterministic order. The caller builds it from the
 * store's exhibitors and products and keeps it current with upsert() and remove().
 */
export { CatalogueSearch } from './catalogue-search';
export type { SearchDocument, SearchFilters, SearchHit, SearchResult } from './search-document';
export { tokenizeForSearch } from './tokenize-for-search';
