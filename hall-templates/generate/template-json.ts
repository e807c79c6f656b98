/**
 * Serialises a template document the same way every time: keys in a fixed, readable order and
 * numbers rounded to the millimetre, so the committed JSON only changes when a template does.
 */

/** Keys listed here come first, in this order; any other key follows alphabetically. */
const KEY_ORDER = [
  'version',
  'id',
  'label',
  'zh-CN',
  'en',
  'name',
  'kind',
  'wall',
  'footprint',
  'size',
  'x',
  'y',
  'z',
  'offset',
  'width',
  'height',
  'depth',
  'rotation',
  'yaw',
  'text',
  'style',
  'cutouts',
  'entrances',
  'spawnPoints',
  'stages',
  'slots',
  'aisles',
  'signage',
  'fixtures',
  'anchors',
];
const rank = new Map(KEY_ORDER.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a) ?? KEY_ORDER.length;
  const rb = rank.get(b) ?? KEY_ORDER.length;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (typeof value === 'number') {
    const mm = Math.round(value * 1000) / 1000;
    return Object.is(mm, -0) ? 0 : mm;
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => compareKeys(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Pretty-printed JSON (two spaces, trailing newline) with stable key order. */
export function toTemplateJson(doc: unknown): string {
  return `${JSON.stringify(canonical(doc), null, 2)}\n`;
}
