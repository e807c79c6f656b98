import { describe, expect, it } from 'vitest';
import { ProductSchema, type Product } from '../../../model';
import { generateCatalogue, type CatalogueOwner } from './generated-catalogue';

function demoProduct(id: string, exhibitorId: string, category: string, modelCode: string): Product {
  return {
    version: 1,
    id,
    exhibitorId,
    name: { 'zh-CN': '智能数控加工中心', en: 'Smart CNC Machining Center' },
    description: { 'zh-CN': '示例', en: 'Sample' },
    category,
    tags: ['cnc', '数控'],
    specs: [{ name: { 'zh-CN': '功率', en: 'Power' }, value: '7.5 kW' }],
    modelCode,
    media: [],
    published: true,
  };
}

describe('generateCatalogue', () => {
  const owners: CatalogueOwner[] = [
    { exhibitorId: 'ex-001', products: [demoProduct('ex-001-p01', 'ex-001', 'cnc-machines', 'XK-5200')], nextPosition: 2 },
    { exhibitorId: 'ex-002', products: [demoProduct('ex-002-p01', 'ex-002', 'industrial-robots', 'RB-1200')], nextPosition: 9 },
    { exhibitorId: 'ex-003', products: [], nextPosition: 1 },
  ];

  it('makes valid products that vary their owner’s own products, spread evenly, with unique ids and codes', () => {
    const placed = generateCatalogue({ count: 1000, seed: 42, owners });
    expect(placed).toHaveLength(1000);
    for (const { product } of placed) expect(ProductSchema.safeParse(product).success).toBe(true);
    expect(new Set(placed.map((p) => p.product.id)).size).toBe(1000);
    expect(new Set(placed.map((p) => p.product.modelCode)).size).toBe(1000);

    const first = placed.filter((p) => p.product.exhibitorId === 'ex-001');
    expect(first).toHaveLength(500);
    expect(first.every((p) => p.product.category === 'cnc-machines' && /^XK-\d{4}/.test(p.product.modelCode!))).toBe(true);
    expect(first.map((p) => p.position)).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
    expect(first[0]!.product.name['zh-CN']).toMatch(/^智能数控加工中心（.+）$/);
    expect(first[0]!.product.name.en).toMatch(/^Smart CNC Machining Center \(.+\)$/);
  });

  it('is deterministic for a seed', () => {
    expect(generateCatalogue({ count: 50, seed: 9, owners })).toEqual(generateCatalogue({ count: 50, seed: 9, owners }));
  });
});
