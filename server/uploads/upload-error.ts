import type { ApiErrorBody } from '../../model';

/** HTTP statuses an upload can fail with. */
export type UploadErrorStatus = 400 | 413 | 415 | 422;

/**
 * Why an upload was refused:
 * - 400 `bad_request`: malformed multipart body (no file, two files, oversized text fields…)
 * - 413 `too_large`: over the size cap for its kind
 * - 415 `unsupported_type`: the bytes are not an accepted type (judged by magic bytes only)
 * - 422 `invalid_content`: the content fails a check (validator errors, external resources, budgets)
 *
 * `details` lists every problem found, one line each, so an exhibitor can fix them all at once.
 */
export class UploadError extends Error {
  constructor(
    readonly status: UploadErrorStatus,
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'UploadError';
  }

  /** The same JSON shape as every other API error. */
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details?.length ? { details: this.details } : {}) } };
  }
}

/** The form came complete but without its file; its text fields are kept so the caller can still check them. */
export class MissingFileError extends UploadError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(400, 'missing_file', message);
    this.name = 'MissingFileError';
  }
}

export const badRequest = (message: string) => new UploadError(400, 'bad_request', message);
export const tooLarge = (message: string) => new UploadError(413, 'too_large', message);
export const unsupportedType = (message: string) => new UploadError(415, 'unsupported_type', message);
export const invalidContent = (message: string, details?: string[]) => new UploadError(422, 'invalid_content', message, details);

/** `182400` → `182,400`: budgets are read by people, not parsers. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** `5242880` → `5 MB`, `1536` → `1.5 KB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
