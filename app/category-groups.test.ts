import { describe, expect, it } from 'vitest';
import type { Category } from '../model';
import { groupByIndustry } from './category-groups';

const category = (id: string, zh: string, en: string, parentId?: string): Category => ({ version: 1, id, expoId: 'demo-expo', name: { 'zh-CN': zh, en }, ...(parentId ? { parentId } : {}) });

const taxonomy = [
  category('smart-manufacturing', '智能制造', 'Smart manufacturing'),
  category('lighting', '照明灯具', 'Lighting'),
  category('robotics', '机器人', 'Robotics'),
  category('cnc-machines', '数控机床', 'CNC machines', 'smart-manufacturing'),
  category('additive', '增材制造', 'Additive manufacturing', 'smart-manufacturing'),
  category('led-panels', 'LED 面板', 'LED panels', 'lighting'),
  category('orphan', '其他', 'Other', 'no-such-industry'),
];

describe('category groups', () => {
  it('puts categories under their industry, both in the page language’s order', () => {
    const groups = groupByIndustry(taxonomy, 'en');
    expect(groups.map((g) => [g.industry.id, g.categories.map((c) => c.id)])).toEqual([
      ['lighting', ['led-panels']],
      ['orphan', ['orphan']],
      ['robotics', ['robotics']],
      ['smart-manufacturing', ['additive', 'cnc-machines']],
    ]);
  });

  it('sorts by the Chinese names on the Chinese page', () => {
    // 机器人 (jī), 其他 (qí), 照明 (zhào), 智能 (zhì)
    expect(groupByIndustry(taxonomy, 'zh-CN').map((g) => g.industry.id)).toEqual(['robotics', 'orphan', 'lighting', 'smart-manufacturing']);
  });
});
