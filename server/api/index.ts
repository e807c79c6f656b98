/** server/api — the Express routes of the HTTP API, mounted at /api. */
export { createApi, type ApiOptions } from './create-api';
export { ApiError } from './api-error';
