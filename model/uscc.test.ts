import { describe, expect, it } from 'vitest';
import { Uscc, usccCheckCharacter, usccProblem } from './uscc';

// Published codes of real companies (public registry data), used as known-good check characters.
const KNOWN_GOOD = ['91350100M000100Y43', '91110000802100433B', '914403001922038216'];

describe('USCC check character', () => {
  it('accepts codes whose check character is right', () => {
    for (const code of KNOWN_GOOD) expect(usccProblem(code), code).toBeUndefined();
  });

  it('names the right check character when the last one is wrong', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check character is wrong: the 18th character should be "3" for this code');
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('refuses every single-character change of a good code', () => {
    const good = KNOWN_GOOD[0]!;
    for (let i = 0; i < 17; i++) {
      const ch = good[i] === '1' ? '2' : '1';
      expect(usccProblem(good.slice(0, i) + ch + good.slice(i + 1)), `position ${i}`).toBeDefined();
    }
  });

  it('says what is wrong with length and letters', () => {
    expect(usccProblem('9135')).toBe('must be 18 characters (got 4)');
    expect(usccProblem('91350100I000100Y43')).toMatch(/character 9 \("I"\) is not allowed/);
  });

  it('tidies spaces, dashes and lowercase before checking', () => {
    expect(Uscc.parse('9135 0100-m000 100y43')).toBe('91350100M000100Y43');
    expect(Uscc.safeParse('91350100M000100Y40').success).toBe(false);
  });
});
