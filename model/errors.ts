import type { z } from 'zod';

/** Result of validating a document: the parsed value, or messages that name the path. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `['slots', 12, 'x']` → `slots[12].x` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per issue: `slots[12].x: slot "a-12" extends 1.5 m beyond the hall's east wall`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Thrown by `parse()` entry points; `errors` holds the formatted lines. */
export class DocumentError extends Error {
  constructor(
    readonly documentName: string,
    readonly errors: string[],
  ) {
    super(`invalid ${documentName}: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}`);
    this.name = 'DocumentError';
  }
}
