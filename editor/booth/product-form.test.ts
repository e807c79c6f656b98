import { describe, expect, it } from 'vitest';
import { LIMITS, ProductSchema } from '../../model';
import { emptyFields, fieldProblems, fieldsOf, productInputOf } from './product-form';

const FILLED = { ...emptyFields(), nameZh: '数控机床', nameEn: 'CNC lathe', descriptionZh: '高精度', descriptionEn: 'Precise', category: 'cnc-machines', tags: 'cnc, lathe，metal', specs: 'Weight | 重量 | 1200 kg\nPower | 功率 | 15 kW', modelCode: 'XK-5200' };

describe('productInputOf', () => {
  it('builds a valid product input from the form, specs and tags included, and round-trips through fieldsOf', () => {
    const result = productInputOf({ ...FILLED, images: ['/media/a.png'], glbUrl: '/media/m.glb' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tags).toEqual(['cnc', 'lathe', 'metal']);
    expect(result.value.specs[1]).toEqual({ name: { en: 'Power', 'zh-CN': '功率' }, value: '15 kW' });
    const back = fieldsOf(ProductSchema.parse({ ...result.value, id: 'p', exhibitorId: 'e' }));
    expect(back).toEqual({ ...FILLED, tags: 'cnc, lathe, metal', images: ['/media/a.png'], glbUrl: '/media/m.glb' });
  });

  it('keeps what the form does not edit: videos, and a draft stays a draft', () => {
    const filled = productInputOf(FILLED);
    if (!filled.ok) throw new Error(filled.problems.join('\n'));
    const product = ProductSchema.parse({
      ...filled.value,
      id: 'p',
      exhibitorId: 'e',
      media: [{ kind: 'video', url: 'https://video.example/launch.mp4' }, { kind: 'image', url: '/media/a.png' }],
      published: false,
    });
    const again = productInputOf(fieldsOf(product));
    expect(again.ok && again.value.media).toEqual([{ kind: 'image', url: '/media/a.png' }, { kind: 'video', url: 'https://video.example/launch.mp4' }]);
    expect(again.ok && again.value.published).toBe(false);
  });

  it('names every missing or bad field the way the server does', () => {
    const result = productInputOf({ ...emptyFields(), nameEn: 'x', specs: 'Weight | 重量 |', glbUrl: 'http://evil.example/x.glb' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(expect.arrayContaining(['name.zh-CN: must not be empty', 'category: must not be empty', 'specs[0].value: must not be empty']));
    expect(result.problems.some((p) => p.startsWith('glbUrl: '))).toBe(true);
  });
});

describe('fieldProblems', () => {
  it('puts each problem next to its field, spec problems on their line', () => {
    const result = productInputOf({
      ...FILLED,
      nameZh: '',
      descriptionEn: '',
      category: '',
      tags: Array.from({ length: LIMITS.tagsPerProduct + 1 }, (_, i) => `t${i}`).join(','),
      specs: 'Weight | 重量 | 1 kg\nPower | 功率 |',
      modelCode: 'x'.repeat(LIMITS.shortText + 1),
      images: Array.from({ length: LIMITS.mediaPerProduct + 1 }, (_, i) => `/media/${i}.png`),
      glbUrl: 'javascript:alert(1)',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const placed = fieldProblems(result.problems);
    expect(placed.map((p) => p.field).sort()).toEqual(['category', 'descriptionEn', 'glbUrl', 'images', 'modelCode', 'nameZh', 'specs', 'tags']);
    expect(placed.find((p) => p.field === 'nameZh')).toEqual({ field: 'nameZh', message: 'must not be empty' });
    expect(placed.find((p) => p.field === 'specs')).toEqual({ field: 'specs', entry: 2, message: 'value: must not be empty' });
    expect(placed.every((p) => p.field !== 'form')).toBe(true);
  });

  it('reads the server’s details alike, and keeps what belongs to no field for the form', () => {
    expect(fieldProblems(['name.en: must not be empty', 'tags[2]: must not contain control characters', 'specs[4].name.zh-CN: must not be empty', 'forbidden: this is another exhibitor\'s data'])).toEqual([
      { field: 'nameEn', message: 'must not be empty' },
      { field: 'tags', entry: 3, message: 'must not contain control characters' },
      { field: 'specs', entry: 5, message: 'name.zh-CN: must not be empty' },
      { field: 'form', message: "forbidden: this is another exhibitor's data" },
    ]);
    expect(fieldProblems(['sign in first'])).toEqual([{ field: 'form', message: 'sign in first' }]);
  });
});
