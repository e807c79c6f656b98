import { z } from 'zod';
import { ApiErrorBody, BoothDesignSchema, ExhibitorPrivate, HallList, HallTemplateList, HallView, ProductInput, ProductSchema, UploadResult, UserSummary } from '../../model';

/** An API answer that was not 2xx, with the server's per-field problems. */
export class EditorApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'EditorApiError';
  }
}

async function request<S extends z.ZodType>(url: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
  const response = await fetch(url, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...init.headers } });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = ApiErrorBody.safeParse(json);
    throw error.success ? new EditorApiError(response.status, error.data.error.message, error.data.error.details ?? []) : new EditorApiError(response.status, `HTTP ${response.status}`);
  }
  return schema.parse(json);
}

const sendJson = <S extends z.ZodType>(method: 'POST' | 'PUT', url: string, body: unknown, schema: S) =>
  request(url, schema, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const id = encodeURIComponent;

/** The API calls of the booth editor, each answer checked with its model schema. */
export const boothApi = {
  me: () => request('/api/me', UserSummary),
  halls: () => request('/api/halls', HallList),
  hall: (hallId: string) => request(`/api/halls/${id(hallId)}`, HallView),
  booth: (boothId: string) => request(`/api/booths/${id(boothId)}`, BoothDesignSchema),
  templates: () => request('/api/hall-templates', HallTemplateList),
  exhibitor: (exhibitorId: string) => request(`/api/exhibitors/${id(exhibitorId)}/private`, ExhibitorPrivate),
  createProduct: (exhibitorId: string, input: ProductInput) => sendJson('POST', `/api/exhibitors/${id(exhibitorId)}/products`, input, ProductSchema),
  saveProduct: (productId: string, input: ProductInput) => sendJson('PUT', `/api/products/${id(productId)}`, input, ProductSchema),
  /** Uploads a file; the answer is the server's check of it (triangles, size, validator messages), or an error with the problems. */
  upload: (kind: 'glb' | 'image', file: Blob, name: string) => {
    const form = new FormData();
    form.append('file', file, name);
    return request(`/api/uploads?kind=${kind}`, UploadResult, { method: 'POST', body: form });
  },
};

/** Where an exhibitor's booth stands: the hall, the slot and the design shown there now. */
export interface BoothLocation {
  hallId: string;
  view: HallView;
  slotId: string;
  boothId: string;
}

/** Finds the exhibitor's booth: the hall whose slot is assigned to it and shows its design. */
export async function findBooth(exhibitorId: string): Promise<BoothLocation | undefined> {
  const { items } = await boothApi.halls();
  for (const hall of items) {
    const view = await boothApi.hall(hall.id);
    const booth = view.booths.find((b) => b.exhibitorId === exhibitorId);
    if (booth) return { hallId: hall.id, view, slotId: booth.slotId, boothId: booth.design.id };
  }
  return undefined;
}
