/** One place where two versions of a document differ: a JSON path and each side's value (undefined: absent). */
export interface DocumentDifference {
  path: string;
  mine: unknown;
  theirs: unknown;
}

/**
 * Lists where two JSON documents differ, leaf by leaf. Arrays of objects with an `id` are matched
 * by id (an item moved in one version and deleted in the other shows as two lines, not as every
 * later index shifting); other arrays by index. Paths read like the schema errors: `items[screen-1].x`.
 */
export function documentDifferences(mine: unknown, theirs: unknown, ignore: readonly string[] = ['revision']): DocumentDifference[] {
  const out: DocumentDifference[] = [];
  walk(mine, theirs, '', out, new Set(ignore));
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: DocumentDifference[], ignore: Set<string>): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (byId(a) && byId(b)) {
      const left = new Map(a.map((x) => [(x as { id: string }).id, x]));
      const right = new Map(b.map((x) => [(x as { id: string }).id, x]));
      for (const id of new Set([...left.keys(), ...right.keys()])) walk(left.get(id), right.get(id), `${path}[${id}]`, out, ignore);
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) walk(a[i], b[i], `${path}[${i}]`, out, ignore);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path === '' && ignore.has(key)) continue;
      walk(a[key], b[key], path ? `${path}.${key}` : key, out, ignore);
    }
    return;
  }
  out.push({ path: path || '(document)', mine: a, theirs: b });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function byId(list: unknown[]): boolean {
  return list.length > 0 && list.every((x) => isRecord(x) && typeof x.id === 'string');
}
