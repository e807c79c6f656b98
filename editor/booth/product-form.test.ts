import { describe, expect, it } from 'vitest';
import { emptyFields, fieldsOf, productInputOf } from './product-form';

describe('productInputOf', () => {
  it('builds a valid product input from the form, specs and tags included, and round-trips through fieldsOf', () => {
    const fields = { ...emptyFields(), nameZh: '数控机床', nameEn: 'CNC lathe', descriptionZh: '高精度', descriptionEn: 'Precise', category: 'cnc-machines', tags: 'cnc, lathe，metal', specs: 'Weight | 重量 | 1200 kg\nPower | 功率 | 15 kW', modelCode: 'XK-5200' };
    const result = productInputOf(fields);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tags).toEqual(['cnc', 'lathe', 'metal']);
    expect(result.value.specs[1]).toEqual({ name: { en: 'Power', 'zh-CN': '功率' }, value: '15 kW' });
    const back = fieldsOf({ ...result.value, id: 'p', exhibitorId: 'e', version: 1, media: [], published: true } as never);
    expect(back.specs).toBe('Weight | 重量 | 1200 kg\nPower | 功率 | 15 kW');
  });

  it('names every missing or bad field', () => {
    const result = productInputOf({ ...emptyFields(), nameEn: 'x', glbUrl: 'http://evil.example/x.glb' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith('name.zh-CN'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('glbUrl'))).toBe(true);
  });
});
