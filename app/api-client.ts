import { z } from 'zod';
import {
  ApiErrorBody,
  CategoryList,
  ExhibitorRegistrationPage,
  ExhibitorRegistrationSchema,
  ExpoDetail,
  ExpoList,
  HallInstanceList,
  HallList,
  HallView,
  ProductSchema,
  SessionInfo,
  UserSummary,
  VisitorRegistrationPage,
  VisitorRegistrationSchema,
  type ExhibitorSignUp,
  ExpoSettings,
  type LoginRequest,
  type Product,
  type ReviewDecision,
  type VisitorSignUp,
} from '../model';

/**
 * An API answer that was not 2xx; `status` lets pages tell "not found" from "broken", `code` is the
 * server's error code and `details` its per-field lines (`uscc: check character is wrong: …`).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'unknown',
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}


/** Which registrations the review queue lists. */
export interface RegistrationListQuery {
  status?: 'pending' | 'approved' | 'rejected';
  page?: number;
  pageSize?: number;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiErrorBody.safeParse(body);
  if (!parsed.success) return new ApiError(response.status, `HTTP ${response.status}`);
  const { code, message, details } = parsed.data.error;
  return new ApiError(response.status, message, code, details ?? []);
}

/** Sends a request and validates the JSON answer with its `model/` schema, so a bad answer fails loudly here. */
async function requestJson<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  if (!response.ok) throw await errorFrom(response);
  // A 204 (logout) has no body; the schema decides whether that is acceptable.
  const text = await response.text();
  return schema.parse(text ? JSON.parse(text) : undefined);
}

/** GET a JSON resource (see `requestJson`). */
function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  return requestJson(path, schema, signal ? { signal } : {});
}

/** POST or PUT a JSON body. */
function sendJson<S extends z.ZodType>(method: 'POST' | 'PUT', path: string, body: unknown, schema: S): Promise<z.infer<S>> {
  return requestJson(path, schema, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const id = encodeURIComponent;

function registrationQuery(query: RegistrationListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Sign-out answers 204 with no body. */
const NoContent = z.unknown();

export const api = {
  halls: (signal?: AbortSignal) => getJson('/api/halls', HallList, signal),
  hall: (hallId: string, signal?: AbortSignal) => getJson(`/api/halls/${id(hallId)}`, HallView, signal),
  /** The hall's running instances and how full each is (never cached). */
  hallInstances: (hallId: string, signal?: AbortSignal) => getJson(`/api/halls/${id(hallId)}/instances`, HallInstanceList, signal),
  product: (productId: string, signal?: AbortSignal): Promise<Product> => getJson(`/api/products/${id(productId)}`, ProductSchema, signal),
  /** One expo's category taxonomy, or every expo's when `expoId` is left out. */
  categories: (expoId?: string, signal?: AbortSignal) =>
    getJson(expoId ? `/api/categories?expo=${id(expoId)}` : '/api/categories', CategoryList, signal),

  expos: (signal?: AbortSignal) => getJson('/api/expos', ExpoList, signal),
  /** One expo; its `settings` come only to the expo's organizers. */
  expo: (expoId: string, signal?: AbortSignal) => getJson(`/api/expos/${id(expoId)}`, ExpoDetail, signal),
  saveExpoSettings: (expoId: string, settings: ExpoSettings) => sendJson('PUT', `/api/expos/${id(expoId)}/settings`, settings, ExpoSettings),

  /** The signed-in user; rejects with a 401 `ApiError` when nobody is signed in. */
  me: (signal?: AbortSignal) => getJson('/api/me', UserSummary, signal),
  login: (request: LoginRequest) => sendJson('POST', '/api/auth/login', request, SessionInfo),
  logout: () => sendJson('POST', '/api/auth/logout', {}, NoContent),

  /** Exhibitor sign-up: the form's values as the `data` field, the licence scan as the `licence` file. */
  registerExhibitor: (expoId: string, signUp: ExhibitorSignUp, licence: Blob, licenceName: string) => {
    const form = new FormData();
    // `data` first: the server reads the fields before it streams the file.
    form.append('data', JSON.stringify(signUp));
    form.append('licence', licence, licenceName);
    return requestJson(`/api/expos/${id(expoId)}/exhibitor-registrations`, SessionInfo, { method: 'POST', body: form });
  },
  registerVisitor: (expoId: string, signUp: VisitorSignUp) => sendJson('POST', `/api/expos/${id(expoId)}/visitor-registrations`, signUp, SessionInfo),

  exhibitorRegistrations: (expoId: string, query: RegistrationListQuery, signal?: AbortSignal) =>
    getJson(`/api/expos/${id(expoId)}/exhibitor-registrations${registrationQuery(query)}`, ExhibitorRegistrationPage, signal),
  visitorRegistrations: (expoId: string, query: RegistrationListQuery, signal?: AbortSignal) =>
    getJson(`/api/expos/${id(expoId)}/visitor-registrations${registrationQuery(query)}`, VisitorRegistrationPage, signal),
  /** The organizer's verdict; answers the registration as it now stands. */
  reviewExhibitor: (registrationId: string, decision: ReviewDecision) =>
    sendJson('POST', `/api/exhibitor-registrations/${id(registrationId)}/review`, decision, ExhibitorRegistrationSchema),
  reviewVisitor: (registrationId: string, decision: ReviewDecision) =>
    sendJson('POST', `/api/visitor-registrations/${id(registrationId)}/review`, decision, VisitorRegistrationSchema),
};

/** Where an organizer opens an exhibitor's licence scan (served to organizers only). */
export function licenceUrl(registrationId: string): string {
  return `/api/exhibitor-registrations/${id(registrationId)}/licence`;
}
