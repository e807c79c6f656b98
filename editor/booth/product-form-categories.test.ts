import { describe, expect, it } from 'vitest';
import type { Category } from '../../model';
import { categoryOptions } from './product-form-categories';

const cat = (id: string, zh: string, en: string, parentId?: string): Category => ({ version: 1, id, expoId: 'fair', name: { 'zh-CN': zh, en }, ...(parentId ? { parentId } : {}) });

const TAXONOMY: Category[] = [
  cat('machinery', '机械', 'Machinery'),
  cat('cnc-machines', '数控机床', 'CNC machines', 'machinery'),
  cat('industrial-robots', '工业机器人', 'Industrial robots', 'machinery'),
  cat('lighting', '照明', 'Lighting'),
  cat('led-lamps', 'LED 灯具', 'LED lamps', 'lighting'),
  cat('services', '服务', 'Services'),
];

const ids = (groups: ReturnType<typeof categoryOptions>) => groups.map((g) => [g.id, g.options.map((o) => o.id)]);

describe('categoryOptions', () => {
  it('groups by industry in the page language, an industry with nothing under it being a choice itself', () => {
    expect(ids(categoryOptions(TAXONOMY, 'en'))).toEqual([
      ['lighting', ['led-lamps']],
      ['machinery', ['cnc-machines', 'industrial-robots']],
      ['services', ['services']],
    ]);
    const zh = categoryOptions(TAXONOMY, 'zh-CN');
    expect(zh.find((g) => g.id === 'machinery')!.options[0]).toEqual({ id: 'industrial-robots', name: '工业机器人', otherName: 'Industrial robots' });
  });

  it('finds a category by its Chinese or English name or slug, ignoring case and full-width letters', () => {
    expect(ids(categoryOptions(TAXONOMY, 'en', '机床'))).toEqual([['machinery', ['cnc-machines']]]);
    expect(ids(categoryOptions(TAXONOMY, 'zh-CN', 'robot'))).toEqual([['machinery', ['industrial-robots']]]);
    expect(ids(categoryOptions(TAXONOMY, 'en', 'ＬＥＤ'))).toEqual([['lighting', ['led-lamps']]]);
    expect(ids(categoryOptions(TAXONOMY, 'en', 'cnc-'))).toEqual([['machinery', ['cnc-machines']]]);
    expect(categoryOptions(TAXONOMY, 'en', 'nothing like it')).toEqual([]);
  });

  it('an industry that matches brings all of its categories', () => {
    expect(ids(categoryOptions(TAXONOMY, 'en', '机械'))).toEqual([['machinery', ['cnc-machines', 'industrial-robots']]]);
  });
});
