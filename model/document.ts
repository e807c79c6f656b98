import type { z } from 'zod';
import { DocumentError, formatIssues, type Validation } from './errors';

/** Turns a document of version `from` into version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentKind<S extends z.ZodType> {
  readonly name: string;
  readonly version: number;
  readonly schema: S;
  /** Brings an older stored document up to the current version, then validates it. */
  migrate(input: unknown): Validation<z.infer<S>>;
  /** Validates a current-version document. */
  validate(input: unknown): Validation<z.infer<S>>;
  /** Like `migrate` but throws a `DocumentError`. */
  parse(input: unknown): z.infer<S>;
}

/**
 * Declares a versioned document: its schema and the migrations from each older version.
 * `migrations[n]` upgrades version n to n + 1.
 */
export function defineDocument<S extends z.ZodType>(options: {
  name: string;
  version: number;
  schema: S;
  migrations?: Record<number, Migration>;
}): DocumentKind<S> {
  const { name, version, schema, migrations = {} } = options;

  function validate(input: unknown): Validation<z.infer<S>> {
    const result = schema.safeParse(input);
    return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error) };
  }

  function migrate(input: unknown): Validation<z.infer<S>> {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: [`${name} must be a JSON object`] };
    }
    let doc = input as Record<string, unknown>;
    const from = doc.version;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
      return { ok: false, errors: ['version: must be a positive integer'] };
    }
    if (from > version) {
      return { ok: false, errors: [`version: ${name} version ${from} is newer than this build supports (${version})`] };
    }
    for (let v = from; v < version; v++) {
      const step = migrations[v];
      if (!step) return { ok: false, errors: [`version: no migration from ${name} version ${v}`] };
      doc = { ...step(doc), version: v + 1 };
    }
    return validate(doc);
  }

  function parse(input: unknown): z.infer<S> {
    const result = migrate(input);
    if (!result.ok) throw new DocumentError(name, result.errors);
    return result.value;
  }

  return { name, version, schema, migrate, validate, parse };
}
