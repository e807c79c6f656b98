import { describe, expect, it } from 'vitest';
import { CategoryDocument, ExhibitorDocument, ExpoEventDocument, ProductDocument } from './catalog';
import { LIMITS } from './limits';

const errors = (result: { ok: true } | { ok: false; errors: string[] }) => (result.ok ? [] : result.errors);
const URL_MESSAGE = 'must be an https URL or a same-origin path starting with "/"';

function exhibitor(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'acme',
    expoId: 'expo-2025',
    name: { 'zh-CN': '艾克米工具', en: 'ACME Tools' },
    description: { 'zh-CN': '电动工具制造商。', en: 'Maker of power tools.' },
    country: 'CN',
    categories: ['tools'],
    status: 'approved',
    logoUrl: '/assets/logos/acme.png',
    website: 'https://acme.example.com',
    ...overrides,
  };
}

function product(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'drill-x1',
    exhibitorId: 'acme',
    name: { 'zh-CN': '无刷电钻', en: 'Brushless drill' },
    description: { 'zh-CN': '18V 无刷电钻。', en: '18 V brushless drill.' },
    category: 'power-tools',
    tags: ['drill', 'cordless'],
    specs: [{ name: { 'zh-CN': '电压', en: 'Voltage' }, value: '18 V' }],
    modelCode: 'XK-5200',
    glbUrl: '/assets/x.glb',
    ...overrides,
  };
}

function category(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'cnc-machines',
    expoId: 'expo-2025',
    name: { 'zh-CN': '数控机床', en: 'CNC machines' },
    parentId: 'smart-manufacturing',
    ...overrides,
  };
}

function event(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    id: 'launch-1',
    expoId: 'expo-2025',
    kind: 'launch',
    title: { 'zh-CN': '新品发布', en: 'Product launch' },
    startsAt: '2025-05-01T10:00:00+08:00',
    endsAt: '2025-05-01T11:00:00+08:00',
    ...overrides,
  };
}

describe('Exhibitor', () => {
  it('accepts a valid exhibitor', () => {
    expect(errors(ExhibitorDocument.validate(exhibitor()))).toEqual([]);
  });

  it('refuses a lower-case or three-letter country code', () => {
    expect(errors(ExhibitorDocument.validate(exhibitor({ country: 'cn' })))).toEqual(['country: must be a two-letter country code like CN']);
    expect(errors(ExhibitorDocument.validate(exhibitor({ country: 'CHN' })))).toEqual(['country: must be a two-letter country code like CN']);
  });

  it('refuses unsafe logo and website URLs', () => {
    expect(errors(ExhibitorDocument.validate(exhibitor({ logoUrl: '//evil.example/logo.png', website: 'http://acme.example.com' })))).toEqual([
      `logoUrl: ${URL_MESSAGE}`,
      `website: ${URL_MESSAGE}`,
    ]);
  });

  it('refuses a name without Chinese and a name with a bad locale key', () => {
    expect(errors(ExhibitorDocument.validate(exhibitor({ name: { en: 'ACME Tools' } })))).toEqual(['name.zh-CN: Invalid input: expected string, received undefined']);
    expect(errors(ExhibitorDocument.validate(exhibitor({ name: { 'zh-CN': '艾克米', en: 'ACME', EN: 'ACME' } })))).toEqual([
      'name.EN: "EN" is not a locale code like "en" or "zh-CN"',
    ]);
  });
});

describe('Product', () => {
  it('accepts a valid product and defaults media to none', () => {
    const result = ProductDocument.validate(product());
    expect(errors(result)).toEqual([]);
    if (result.ok) expect(result.value.media).toEqual([]);
  });

  it.each(['https://cdn.example.com/drill.glb', '/assets/x.glb'])('accepts the model URL %s', (glbUrl) => {
    expect(errors(ProductDocument.validate(product({ glbUrl })))).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'http://cdn.example.com/drill.glb', '//evil', '//evil.example/drill.glb', 'data:model/gltf-binary;base64,AAAA'])('refuses the model URL %s', (glbUrl) => {
    expect(errors(ProductDocument.validate(product({ glbUrl })))).toEqual([`glbUrl: ${URL_MESSAGE}`]);
  });

  it('refuses unsafe media URLs with the index in the path', () => {
    const media = [
      { kind: 'image', url: '/assets/drill.jpg' },
      { kind: 'video', url: 'javascript:alert(1)' },
    ];
    expect(errors(ProductDocument.validate(product({ media })))).toEqual([`media[1].url: ${URL_MESSAGE}`]);
  });

  it('refuses text over the length limit', () => {
    const longName = { 'zh-CN': '钻'.repeat(LIMITS.nameText + 1), en: 'Drill' };
    const longDescription = { 'zh-CN': '好', en: 'x'.repeat(LIMITS.longText + 1) };
    expect(errors(ProductDocument.validate(product({ name: longName, description: longDescription })))).toEqual([
      `name.zh-CN: must be at most ${LIMITS.nameText} characters`,
      `description.en: must be at most ${LIMITS.longText} characters`,
    ]);
    expect(errors(ProductDocument.validate(product({ modelCode: 'X'.repeat(LIMITS.shortText + 1) })))).toEqual([`modelCode: must be at most ${LIMITS.shortText} characters`]);
    // Exactly at the limit is fine.
    expect(errors(ProductDocument.validate(product({ name: { 'zh-CN': '钻'.repeat(LIMITS.nameText), en: 'Drill' } })))).toEqual([]);
  });

  it('refuses a tag over its limit and too many tags', () => {
    expect(errors(ProductDocument.validate(product({ tags: ['x'.repeat(LIMITS.tag + 1)] })))).toEqual([`tags[0]: must be at most ${LIMITS.tag} characters`]);
    const [tooMany, ...rest] = errors(ProductDocument.validate(product({ tags: Array.from({ length: LIMITS.tagsPerProduct + 1 }, (_, i) => `t${i}`) })));
    expect(rest).toEqual([]);
    expect(tooMany).toMatch(new RegExp(`^tags: .*${LIMITS.tagsPerProduct}`));
  });
});

describe('Category', () => {
  it('accepts a product category under its industry, and a top-level industry', () => {
    expect(errors(CategoryDocument.validate(category()))).toEqual([]);
    const { parentId: _, ...industry } = category({ id: 'smart-manufacturing', name: { 'zh-CN': '智能制造', en: 'Smart manufacturing', ja: 'スマート製造' } });
    expect(errors(CategoryDocument.validate(industry))).toEqual([]);
  });

  it('needs a name in English as well as Chinese', () => {
    expect(errors(CategoryDocument.validate(category({ name: { 'zh-CN': '数控机床' } })))).toEqual(['name.en: Invalid input: expected string, received undefined']);
  });

  it('refuses an id or parent id that is not a slug, and a name over the short-text limit', () => {
    const slug = 'must be lowercase letters, digits and dashes, starting with a letter or digit';
    expect(errors(CategoryDocument.validate(category({ id: 'CNC Machines' })))).toEqual([`id: ${slug}`]);
    expect(errors(CategoryDocument.validate(category({ id: '-cnc' })))).toEqual([`id: ${slug}`]);
    expect(errors(CategoryDocument.validate(category({ parentId: 'Smart_Manufacturing' })))).toEqual([`parentId: ${slug}`]);
    expect(errors(CategoryDocument.validate(category({ name: { 'zh-CN': '数控机床', en: 'x'.repeat(LIMITS.shortText + 1) } })))).toEqual([
      `name.en: must be at most ${LIMITS.shortText} characters`,
    ]);
  });

  it('refuses a category that is its own parent', () => {
    expect(errors(CategoryDocument.validate(category({ parentId: 'cnc-machines' })))).toEqual(['parentId: a category cannot be its own parent']);
  });
});

describe('ExpoEvent', () => {
  it('accepts a valid event', () => {
    expect(errors(ExpoEventDocument.validate(event()))).toEqual([]);
  });

  it('refuses an event that ends before or when it starts', () => {
    expect(errors(ExpoEventDocument.validate(event({ endsAt: '2025-05-01T09:00:00+08:00' })))).toEqual(['endsAt: must be after startsAt']);
    expect(errors(ExpoEventDocument.validate(event({ endsAt: '2025-05-01T10:00:00+08:00' })))).toEqual(['endsAt: must be after startsAt']);
  });

  it('compares instants, not strings, across time zones', () => {
    // 03:30Z is 11:30 in Beijing: after a 10:00+08:00 start although it sorts first as text.
    expect(errors(ExpoEventDocument.validate(event({ endsAt: '2025-05-01T03:30:00Z' })))).toEqual([]);
    // 01:30Z is 09:30 in Beijing: before the start.
    expect(errors(ExpoEventDocument.validate(event({ endsAt: '2025-05-01T01:30:00Z' })))).toEqual(['endsAt: must be after startsAt']);
  });

  it('refuses a time that is not ISO 8601 with an offset', () => {
    expect(errors(ExpoEventDocument.validate(event({ startsAt: 'tomorrow at ten' })))).toEqual(['startsAt: must be an ISO 8601 date-time']);
    expect(errors(ExpoEventDocument.validate(event({ endsAt: 'half past eleven' })))).toEqual(['endsAt: must be an ISO 8601 date-time']);
  });

  it('needs an exhibitor for a meeting slot', () => {
    expect(errors(ExpoEventDocument.validate(event({ kind: 'meeting-slot' })))).toEqual(['exhibitorId: a meeting slot belongs to an exhibitor']);
    expect(errors(ExpoEventDocument.validate(event({ kind: 'meeting-slot', exhibitorId: 'acme' })))).toEqual([]);
  });
});
