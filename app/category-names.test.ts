import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Category, CategoryList } from '../model';

const cnc: Category = { version: 1, id: 'cnc-machines', expoId: 'demo-expo', name: { 'zh-CN': '数控机床', en: 'CNC machines' }, parentId: 'smart-manufacturing' };
const list: CategoryList = { items: [cnc] };

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fresh copy of the module, so each test starts with nothing loaded. */
async function freshModule() {
  vi.resetModules();
  return import('./category-names');
}

describe('category names', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads the taxonomy once per page and names a category in the page language', async () => {
    fetchMock.mockResolvedValue(answer(200, list));
    const { loadCategoryNames, categoryName } = await freshModule();
    const [names, again] = await Promise.all([loadCategoryNames(), loadCategoryNames()]);
    expect(await loadCategoryNames()).toBe(names);
    expect(again).toBe(names);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/categories');
    expect(categoryName(names, 'cnc-machines', 'en')).toBe('CNC machines');
    expect(categoryName(names, 'cnc-machines', 'zh-CN')).toBe('数控机床');
    expect(categoryName(names, 'cnc-machines', 'fr')).toBe('CNC machines');
  });

  it('falls back to the slug for a category the taxonomy does not name', async () => {
    fetchMock.mockResolvedValue(answer(200, list));
    const { loadCategoryNames, categoryName } = await freshModule();
    expect(categoryName(await loadCategoryNames(), 'smart-home', 'zh-CN')).toBe('smart-home');
  });

  it('shows slugs when the load fails or the answer is malformed, and tries again next time', async () => {
    fetchMock.mockResolvedValueOnce(answer(500, { error: { code: 'internal', message: 'internal server error' } }));
    fetchMock.mockResolvedValueOnce(answer(200, { items: [{ ...cnc, id: 'CNC Machines' }] }));
    fetchMock.mockResolvedValueOnce(answer(200, list));
    const { loadCategoryNames, categoryName } = await freshModule();
    expect(categoryName(await loadCategoryNames(), 'cnc-machines', 'en')).toBe('cnc-machines');
    expect(categoryName(await loadCategoryNames(), 'cnc-machines', 'en')).toBe('cnc-machines');
    expect(categoryName(await loadCategoryNames(), 'cnc-machines', 'en')).toBe('CNC machines');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
