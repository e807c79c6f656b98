import { describe, expect, it } from 'vitest';
import { ExhibitorSignUp, VisitorSignUp } from '../model';
import { licenceProblem } from './licence-file';
import { exhibitorSignUpInput, splitKeywords, visitorSignUpInput } from './sign-up-values';

const exhibitor = {
  'companyName.zh-CN': ' 福州精工机械有限公司 ',
  'companyName.en': 'Fuzhou Precision Machinery Co., Ltd.',
  uscc: '91350100M000100Y43',
  contactPerson: 'Chen Jing',
  phone: '+86 138 0013 8000',
  email: 'Sales@Example.com',
  password: ' a long passphrase ',
  country: 'CN',
  categories: ['cnc-machines'],
  'description.zh-CN': '',
  'description.en': '',
  website: '',
  acceptTerms: true,
};

describe('sign-up values', () => {
  it('shapes a filled exhibitor form into a valid ExhibitorSignUp', () => {
    const input = exhibitorSignUpInput(exhibitor);
    const parsed = ExhibitorSignUp.parse(input);
    expect(parsed.companyName['zh-CN']).toBe('福州精工机械有限公司');
    expect(parsed.email).toBe('sales@example.com');
    expect(parsed.password).toBe(' a long passphrase ');
    expect(parsed.description).toBeUndefined();
    expect(parsed.website).toBeUndefined();
  });

  it('keeps a half-filled description so the schema names the missing language', () => {
    const result = ExhibitorSignUp.safeParse(exhibitorSignUpInput({ ...exhibitor, 'description.en': 'We make lathes.' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['description.zh-CN']);
  });

  it('shapes a visitor form, with keywords and an optional budget', () => {
    const values = { displayName: 'Ana', email: 'ana@example.com', password: 'correct horse battery', country: 'PT', 'intent.categories': ['cnc-machines'], 'intent.tags': 'lathe, 激光切割，lathe', acceptTerms: true };
    const parsed = VisitorSignUp.parse(visitorSignUpInput(values));
    expect(parsed.intent).toEqual({ categories: ['cnc-machines'], tags: ['lathe', '激光切割'] });
    expect(parsed.phone).toBeUndefined();

    const withBudget = VisitorSignUp.parse(visitorSignUpInput({ ...values, 'intent.budget.currency': 'EUR', 'intent.budget.max': '50000' }));
    expect(withBudget.intent.budget).toEqual({ currency: 'EUR', min: 0, max: 50000 });

    const upsideDown = VisitorSignUp.safeParse(visitorSignUpInput({ ...values, 'intent.budget.min': '9000', 'intent.budget.max': '10' }));
    expect(upsideDown.error!.issues.map((i) => i.path.join('.'))).toEqual(['intent.budget.max']);
  });

  it('splits keywords on Western and Chinese separators', () => {
    expect(splitKeywords(' a, b，c、d; ;e ')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(splitKeywords('')).toEqual([]);
  });

  it('checks the licence file before it is sent', () => {
    expect(licenceProblem(undefined)?.key).toBe('problem.licenceMissing');
    expect(licenceProblem({ name: '', size: 0, type: '' })?.key).toBe('problem.licenceMissing');
    expect(licenceProblem({ name: 'licence.pdf', size: 1000, type: 'application/pdf' })).toBeUndefined();
    expect(licenceProblem({ name: 'scan.JPG', size: 1000, type: '' })).toBeUndefined();
    expect(licenceProblem({ name: 'licence.docx', size: 1000, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })?.key).toBe('problem.licenceType');
    expect(licenceProblem({ name: 'huge.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' })).toEqual({ key: 'problem.licenceSize', params: { mb: '11.0' } });
  });
});
