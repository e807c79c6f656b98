import type { z } from 'zod';
import { DocumentError, type DocumentKind } from '../../model';

/**
 * A document refused on its way in: the caller's input is at fault (an API answers 400), unlike a
 * `DocumentError` from a stored row that no longer validates (a server fault).
 */
export class RejectedDocumentError extends DocumentError {
  constructor(documentName: string, errors: string[]) {
    super(documentName, errors);
    this.name = 'RejectedDocumentError';
  }
}

/**
 * Turns a stored JSON column back into a document: parse, bring it up to the current version with
 * the model's migrations, validate. A row that fails is a server fault, reported with where it came from.
 */
export function decodeDocument<S extends z.ZodType>(kind: DocumentKind<S>, json: string, where: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new DocumentError(kind.name, [`${where}: stored JSON does not parse`]);
  }
  const result = kind.migrate(raw);
  if (!result.ok) throw new DocumentError(kind.name, result.errors.map((line) => `${where}: ${line}`));
  return result.value;
}

/**
 * Validates a document before it is written and returns the value to store (defaults filled in) and
 * its JSON. Throws a `DocumentError` naming the bad fields.
 */
export function encodeDocument<S extends z.ZodType>(kind: DocumentKind<S>, doc: unknown): { value: z.infer<S>; json: string } {
  const result = kind.validate(doc);
  if (!result.ok) throw new RejectedDocumentError(kind.name, result.errors);
  return { value: result.value, json: JSON.stringify(result.value) };
}
