import type { z } from 'zod';
import {
  ApiErrorBody,
  ExhibitorPage,
  ExpoDetail,
  HallLayoutRecord,
  HallList,
  HallTemplateList,
  HallView,
  UserSummary,
  type CreateHallRequest,
  type Exhibitor,
} from '../../model';

/** A refused or failed request, with the server's status and its detail lines. */
export class HallApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'HallApiError';
  }
}

async function request<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
  const response = await fetch(path, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...init.headers } });
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiErrorBody.safeParse(json);
    throw error.success ? new HallApiError(response.status, error.data.error.message, error.data.error.details ?? []) : new HallApiError(response.status, `HTTP ${response.status}`);
  }
  return schema.parse(json);
}

const id = encodeURIComponent;

/** The requests of the hall layout editor (editor/ may not use app/api-client), each answer checked with its model schema. */
export const hallApi = {
  me: () => request('/api/me', UserSummary),
  expo: (expoId: string) => request(`/api/expos/${id(expoId)}`, ExpoDetail),
  halls: () => request('/api/halls', HallList),
  templates: () => request('/api/hall-templates', HallTemplateList),
  layout: (hallId: string) => request(`/api/halls/${id(hallId)}/layout`, HallLayoutRecord),
  /** The published hall as visitors get it: the booths and templates the 3D preview draws. */
  view: (hallId: string) => request(`/api/halls/${id(hallId)}`, HallView),
  createHall: (expoId: string, body: CreateHallRequest) =>
    request(`/api/expos/${id(expoId)}/halls`, HallLayoutRecord, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  /** Every approved exhibitor of the expo (the list is paged at 100). */
  async approvedExhibitors(expoId: string): Promise<Exhibitor[]> {
    const all: Exhibitor[] = [];
    for (let page = 1; ; page++) {
      const answer = await request(`/api/exhibitors?expo=${id(expoId)}&status=approved&pageSize=100&page=${page}`, ExhibitorPage);
      all.push(...answer.items);
      if (all.length >= answer.total || answer.items.length === 0) return all;
    }
  },
};
