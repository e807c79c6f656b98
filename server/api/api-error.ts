import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { formatIssues, type ApiErrorBody } from '../../model';
import { RejectedDocumentError } from '../store';
import { UploadError } from '../uploads';

/** An error the client caused or should know about; becomes an `ApiErrorBody` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/**
 * Parses request input (params, query) with a model schema; a failure is a 400 whose details name
 * each bad field (`page: pages start at 1`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, 'bad_request', `invalid ${what}`, formatIssues(result.error));
  return result.data;
}

/** The last route of the API: anything not matched above is a JSON 404, never the SPA's HTML. */
export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'not_found', `no API route for ${req.method} ${req.baseUrl}${req.path}`));
};

/**
 * The API's one error handler. Client errors answer with their message; anything else is logged
 * and answers a bare 500 — never a stack trace or an internal message.
 */
export function apiErrorHandler(logError: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let apiError: ApiError;
    if (error instanceof ApiError) {
      apiError = error;
    } else if (error instanceof RejectedDocumentError) {
      apiError = new ApiError(400, 'bad_request', `invalid ${error.documentName}`, error.errors);
    } else if (error instanceof UploadError) {
      apiError = new ApiError(error.status, error.code, error.message, error.details);
      // The rest of a refused upload is never read, so this connection cannot carry another request.
      res.set('Connection', 'close');
    } else if (isHttpClientError(error)) {
      // Errors Express itself raises for a bad request (e.g. a malformed %-escape in the path).
      apiError = new ApiError(error.status, CLIENT_ERROR_CODES[error.status] ?? 'bad_request', error.expose && error.message ? error.message : 'malformed request');
    } else {
      logError(error);
      apiError = new ApiError(500, 'internal', 'internal server error');
    }
    res.status(apiError.status).set('Cache-Control', 'no-store').json(apiError.toBody());
  };
}

/** Codes for the 4xx statuses Express and body-parser raise themselves, matching the API's own. */
const CLIENT_ERROR_CODES: Record<number, string> = { 413: 'too_large', 415: 'unsupported_media_type' };

function isHttpClientError(error: unknown): error is { status: number; expose?: boolean; message?: string } {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
