import { describe, expect, it } from 'vitest';
import { ExhibitorSignUp } from '../model';
import { FORM_LEVEL, fieldForPath, problemsFromDetails, problemsFromIssues } from './field-problems';

const FIELDS = ['companyName.zh-CN', 'companyName.en', 'uscc', 'email', 'categories', 'licence', 'intent.budget.min', 'intent.budget.max', 'intent.budget'];

describe('field problems', () => {
  it('finds the field a path belongs to, preferring the most specific one', () => {
    expect(fieldForPath('uscc', FIELDS)).toBe('uscc');
    expect(fieldForPath('companyName.en', FIELDS)).toBe('companyName.en');
    expect(fieldForPath('categories[3]', FIELDS)).toBe('categories');
    expect(fieldForPath('intent.budget.max', FIELDS)).toBe('intent.budget.max');
    expect(fieldForPath('intent.budget.currency', FIELDS)).toBe('intent.budget');
    expect(fieldForPath('usccx', FIELDS)).toBeUndefined();
    expect(fieldForPath('companyName', FIELDS)).toBeUndefined();
  });

  it('maps the server’s detail lines under their fields and keeps the rest whole', () => {
    const problems = problemsFromDetails(
      [
        'uscc: check character is wrong: the 18th character should be "3" for this code',
        'email: already registered: sign in instead',
        'licence: the file is not a PNG, JPEG, WebP or PDF',
        'categories[0]: must be at most 40 characters',
        'companyName.zh-CN: must not be empty',
        'phone: must be a phone number like +86 138 0013 8000 or 13800138000',
        'this expo is closed for registration',
      ],
      FIELDS,
    );
    expect(problems.get('uscc')).toEqual(['check character is wrong: the 18th character should be "3" for this code']);
    expect(problems.get('email')).toEqual(['already registered: sign in instead']);
    expect(problems.get('licence')).toEqual(['the file is not a PNG, JPEG, WebP or PDF']);
    expect(problems.get('categories')).toEqual(['must be at most 40 characters']);
    expect(problems.get('companyName.zh-CN')).toEqual(['must not be empty']);
    // `phone` is no field of this form, and the last line names none: both stay whole.
    expect(problems.get(FORM_LEVEL)).toEqual(['phone: must be a phone number like +86 138 0013 8000 or 13800138000', 'this expo is closed for registration']);
  });

  it('maps the model schema’s issues the same way', () => {
    const result = ExhibitorSignUp.safeParse({
      companyName: { 'zh-CN': '', en: 'Acme' },
      uscc: '91350100M000100Y44',
      contactPerson: 'Li Lei',
      phone: '13800138000',
      email: 'not-an-email',
      password: 'long-enough-password',
      country: 'CN',
      categories: [],
      acceptTerms: true,
    });
    expect(result.success).toBe(false);
    const problems = problemsFromIssues(result.error!.issues, FIELDS);
    expect(problems.get('uscc')).toEqual(['check character is wrong: the 18th character should be "3" for this code']);
    expect(problems.get('companyName.zh-CN')).toEqual(['must not be empty']);
    expect(problems.get('email')?.[0]).toMatch(/email address/);
    expect(problems.get('categories')).toEqual(['choose at least one category']);
    expect(problems.has(FORM_LEVEL)).toBe(false);
  });
});
