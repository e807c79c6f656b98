import { SearchPage, SearchQuery } from '../../../model';
import type { ApiContext } from '../api-context';
import { route } from '../route';

/** `GET /api/search`: one box over exhibitors and products, Chinese and English, ranked and paged. */
export function searchRoutes(ctx: ApiContext): void {
  route(
    ctx.router,
    ctx.registry,
    {
      method: 'get',
      path: '/search',
      summary: 'Search exhibitors and products by keyword, company, product name, model code, category, tag or country (Chinese substrings; English prefixes and typos)',
      tag: 'catalogue',
      access: 'public',
      query: SearchQuery,
      success: { schema: SearchPage },
      errors: [400],
    },
    ({ query }) => ctx.search.query(query),
  );
}
