import type { z } from 'zod';
import { ApiErrorBody, CategoryList, HallList, HallView, ProductSchema, type Product } from '../model';

/** An API answer that was not 2xx; `status` lets pages tell "not found" from "broken". */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GET a JSON resource and validate it with its `model/` schema, so a bad answer fails loudly here. */
async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(body);
    throw new ApiError(response.status, parsed.success ? parsed.data.error.message : `HTTP ${response.status}`);
  }
  return schema.parse(body);
}

export const api = {
  halls: (signal?: AbortSignal) => getJson('/api/halls', HallList, signal),
  hall: (id: string, signal?: AbortSignal) => getJson(`/api/halls/${encodeURIComponent(id)}`, HallView, signal),
  product: (id: string, signal?: AbortSignal): Promise<Product> => getJson(`/api/products/${encodeURIComponent(id)}`, ProductSchema, signal),
  /** One expo's category taxonomy, or every expo's when `expoId` is left out. */
  categories: (expoId?: string, signal?: AbortSignal) =>
    getJson(expoId ? `/api/categories?expo=${encodeURIComponent(expoId)}` : '/api/categories', CategoryList, signal),
};
