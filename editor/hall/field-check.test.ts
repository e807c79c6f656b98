import { describe, expect, it } from 'vitest';
import { HexColor, LIMITS, SpawnPoint, Stage } from '../../model';
import { checkFields } from './field-check';

const stage = { id: 'main', name: { 'zh-CN': '主舞台', en: 'Main stage' }, x: 10, z: 10, width: 8, depth: 4, rotation: 0 };

describe('checkFields', () => {
  it('takes what the model takes', () => {
    expect(checkFields(Stage, stage, 'en')).toEqual({});
    expect(checkFields(HexColor, '#A0b1C2', 'en')).toEqual({});
  });

  it('names the field and says what is wrong in the page language', () => {
    expect(checkFields(Stage, { ...stage, name: { 'zh-CN': '', en: 'Main' } }, 'zh-CN')).toEqual({ 'name.zh-CN': '不能为空' });
    expect(checkFields(Stage, { ...stage, name: { 'zh-CN': '台', en: 'x'.repeat(LIMITS.shortText + 1) } }, 'en')).toEqual({ 'name.en': `At most ${LIMITS.shortText} characters` });
    expect(checkFields(HexColor, 'red', 'en')).toEqual({ '': 'Must be a colour like #1a2b3c' });
    expect(checkFields(SpawnPoint, { x: 1, z: 1, yaw: 400 }, 'zh-CN')).toEqual({ yaw: '不能大于 360' });
    expect(checkFields(SpawnPoint, { x: 1, z: 1, yaw: Number.NaN }, 'en').yaw).toMatch(/^Invalid: /);
  });
});
