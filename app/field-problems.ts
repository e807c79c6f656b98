import { formatPath } from '../model';

/**
 * Problems found in a form, keyed by the field that shows them (`uscc`, `companyName.en`). The key
 * `''` holds problems that name no field on the form; the form shows those above its button.
 */
export type FieldProblems = ReadonlyMap<string, readonly string[]>;

/** The key for problems that belong to no field the form shows. */
export const FORM_LEVEL = '';

/**
 * The field a problem path belongs to: the longest field that is the path or contains it
 * (`categories[3]` → `categories`, `intent.budget.max` → `intent.budget.max` or `intent.budget`).
 */
export function fieldForPath(path: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    const inside = path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
    if (inside && (!best || field.length > best.length)) best = field;
  }
  return best;
}

function add(problems: Map<string, string[]>, key: string, message: string): void {
  const list = problems.get(key);
  if (list) {
    if (!list.includes(message)) list.push(message);
  } else problems.set(key, [message]);
}

/** Problems from a failed client-side parse of the model's schema (the zod issues). */
export function problemsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], fields: readonly string[]): FieldProblems {
  const problems = new Map<string, string[]>();
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const field = fieldForPath(path, fields);
    if (field !== undefined) add(problems, field, issue.message);
    else add(problems, FORM_LEVEL, path ? `${path}: ${issue.message}` : issue.message);
  }
  return problems;
}

/**
 * Problems from a 400's `details`: each line starts with the field path, then ": "
 * (`uscc: check character is wrong: …`). A line whose path is no field on the form stays whole at
 * the form level, so nothing the server said is lost.
 */
export function problemsFromDetails(details: readonly string[], fields: readonly string[]): FieldProblems {
  const problems = new Map<string, string[]>();
  for (const line of details) {
    const colon = line.indexOf(': ');
    const field = colon > 0 ? fieldForPath(line.slice(0, colon), fields) : undefined;
    if (field !== undefined) add(problems, field, line.slice(colon + 2));
    else add(problems, FORM_LEVEL, line);
  }
  return problems;
}
