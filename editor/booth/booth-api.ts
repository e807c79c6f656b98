import { z } from 'zod';
import {
  ApiErrorBody,
  BoothDesignSchema,
  CategoryList,
  ExhibitorBoothLocation,
  ExhibitorPrivate,
  HallTemplateList,
  HallView,
  ProductInput,
  ProductSchema,
  UploadResult,
  UserSummary,
  type BoothDesign,
  type Exhibitor,
} from '../../model';

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
  hall: (hallId: string) => request(`/api/halls/${id(hallId)}`, HallView),
  booth: (boothId: string) => request(`/api/booths/${id(boothId)}`, BoothDesignSchema),
  /** Where the exhibitor's booth stands (404 when it has none yet). */
  boothLocation: (exhibitorId: string) => request(`/api/exhibitors/${id(exhibitorId)}/booth`, ExhibitorBoothLocation),
  /** The expo's category taxonomy, which a product's `category` names. */
  categories: (expoId: string) => request(`/api/categories?expo=${id(expoId)}`, CategoryList),
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

/** Where an exhibitor's booth stands: the hall (as visitors see it), the slot, and the design published there now. */
export interface BoothLocation extends ExhibitorBoothLocation {
  view: HallView;
  published: BoothDesign;
}

/**
 * Finds the exhibitor's booth (`GET /api/exhibitors/:id/booth`), then reads that one hall and the
 * published design together. `undefined` when the exhibitor has no booth in a hall yet.
 */
export async function findBooth(exhibitorId: string): Promise<BoothLocation | undefined> {
  let at: ExhibitorBoothLocation;
  try {
    at = await boothApi.boothLocation(exhibitorId);
  } catch (err) {
    if (err instanceof EditorApiError && err.status === 404) return undefined;
    throw err;
  }
  const [view, published] = await Promise.all([boothApi.hall(at.hallId), boothApi.booth(at.boothId)]);
  return { ...at, view, published };
}

/**
 * The hall view with the exhibitor's own booth on its slot. Visitors' hall views leave out the
 * booths of exhibitors not approved (yet), but their staff still edit them: the preview shows it.
 */
export function withOwnBooth(location: BoothLocation, exhibitor: Pick<Exhibitor, 'id' | 'name'>): BoothLocation {
  if (location.view.booths.some((b) => b.slotId === location.slotId)) return location;
  const own = { slotId: location.slotId, exhibitorId: exhibitor.id, exhibitorName: exhibitor.name, design: location.published };
  return { ...location, view: { ...location.view, booths: [...location.view.booths, own] } };
}
