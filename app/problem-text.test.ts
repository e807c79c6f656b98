import { describe, expect, it } from 'vitest';
import { ExhibitorSignUp, VisitorSignUp } from '../model';
import { localizeProblem } from './problem-text';

describe('problem text', () => {
  it('says the model’s messages in Chinese, keeping the facts they carry', () => {
    expect(localizeProblem('check character is wrong: the 18th character should be "3" for this code', 'zh-CN')).toContain('“3”');
    expect(localizeProblem('must be 18 characters (got 17)', 'zh-CN')).toBe('统一社会信用代码应为 18 位（现在是 17 位）');
    expect(localizeProblem('character 3 ("I") is not allowed: use digits and capital letters except I, O, Z, S, V', 'zh-CN')).toContain('第 3 位“I”');
    expect(localizeProblem('must be at least 10 characters', 'zh-CN')).toBe('至少 10 个字符');
    expect(localizeProblem('already registered: sign in instead', 'zh-CN')).toBe('这个邮箱已经注册过了，请直接登录');
    expect(localizeProblem('wrong email or password', 'zh-CN')).toBe('邮箱或密码不正确');
  });

  it('keeps English as the model says it', () => {
    const message = 'check character is wrong: the 18th character should be "3" for this code';
    expect(localizeProblem(message, 'en')).toBe(message);
    expect(localizeProblem('must be at least 10 characters', 'en')).toBe('must be at least 10 characters');
  });

  it('shows a message it does not know as it came', () => {
    expect(localizeProblem('the licence is not a PDF', 'zh-CN')).toBe('the licence is not a PDF');
  });

  it('knows every message an empty sign-up form produces', () => {
    const empty = { companyName: { 'zh-CN': '', en: '' }, uscc: '', contactPerson: '', phone: '', email: '', password: '', country: '', categories: [], acceptTerms: false };
    const visitor = { displayName: '', email: '', password: '', country: '', intent: { categories: [], tags: [], budget: { currency: 'CNY', min: Number.NaN, max: -1 } }, acceptTerms: false };
    const messages = [...ExhibitorSignUp.safeParse(empty).error!.issues, ...VisitorSignUp.safeParse(visitor).error!.issues].map((i) => i.message);
    expect(messages.length).toBeGreaterThan(8);
    for (const message of messages) expect(localizeProblem(message, 'zh-CN'), message).not.toBe(message);
  });
});
