import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitorRegistrationPage, SessionInfo, UserSummary, VisitorRegistrationSchema } from '../../model';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type TestExpoServer } from './testing/test-expo-server';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const VALID_USCC = '91350100M000100Y43';

function signUpForm(data: Record<string, unknown>, licence: Uint8Array | null = PDF, fileName = 'licence.pdf'): FormData {
  const form = new FormData();
  form.set('data', JSON.stringify(data));
  if (licence) form.set('licence', new Blob([new Uint8Array(licence)]), fileName);
  return form;
}

const exhibitorSignUp = (overrides: Record<string, unknown> = {}) => ({
  companyName: { 'zh-CN': '福州测试智能科技有限公司', en: 'Fuzhou Test Intelligent Technology Co., Ltd.' },
  uscc: VALID_USCC,
  contactPerson: '张伟',
  phone: '+86 138 0013 8000',
  email: 'zhang.wei@fuzhou-test.example',
  password: 'a long enough password',
  country: 'CN',
  categories: ['industrial-robots'],
  acceptTerms: true,
  ...overrides,
});

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`registration and review [${dialect}]`, () => {
    let api: TestExpoServer;
    beforeAll(async () => {
      api = await startTestExpoServer(dialect);
    });
    afterAll(() => api?.close());

    const signUp = (form: FormData) => fetch(`${api.origin}/api/expos/demo-expo/exhibitor-registrations`, { method: 'POST', body: form });

    it('answers every failing field at once, each with its own message, and stores nothing', async () => {
      const res = await signUp(
        signUpForm(exhibitorSignUp({ uscc: '91350100M000100Y44', email: 'not-an-email', phone: '12', categories: ['no-such-category'], acceptTerms: false }), null),
      );
      const body = expectApiError({ status: res.status, headers: res.headers, body: await res.json() }, 400, 'bad_request');
      const details = body.error.details!.join('\n');
      expect(details).toContain('uscc: check character is wrong: the 18th character should be "3" for this code');
      expect(details).toMatch(/^email: must be an email address/m);
      expect(details).toMatch(/^phone: must be a phone number/m);
      expect(details).toMatch(/^acceptTerms: you must accept the terms/m);
      expect(details).toMatch(/^licence: attach the business licence/m);
      const pending = ExhibitorRegistrationPage.parse((await api.call('GET', '/expos/demo-expo/exhibitor-registrations?pageSize=100', { token: await api.login(DEMO_ACCOUNTS.organizer) })).body);
      expect(pending.items.some((r) => r.email === 'not-an-email')).toBe(false);
    });

    it('checks categories against the expo and refuses a licence that is not a document', async () => {
      let res = await signUp(signUpForm(exhibitorSignUp({ categories: ['industrial-robots', 'no-such-category'] })));
      expect((await res.json()).error.details).toEqual(['categories[1]: no category "no-such-category" in this expo']);
      res = await signUp(signUpForm(exhibitorSignUp(), Buffer.from('MZ\x90\x00 this is an executable'), 'licence.pdf'));
      const body = await res.json();
      expect(res.status).toBe(400);
      expect(body.error.details[0]).toMatch(/^licence: expected a licence document \(PDF, PNG, JPEG or WebP\)/);
    });

    it('signs an exhibitor up as pending, shows the rejection reason after review, and approves on a second look', async () => {
      const res = await signUp(signUpForm(exhibitorSignUp()));
      expect(res.status).toBe(201);
      const session = SessionInfo.parse(await res.json());
      expect(session.user).toMatchObject({ role: 'exhibitor', status: 'pending', email: 'zhang.wei@fuzhou-test.example', displayName: '张伟' });
      expect(res.headers.get('set-cookie')).toMatch(/^expo_session=.+; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; SameSite=Strict$/);
      const exhibitorId = session.user.exhibitorId!;

      // Hidden from the public until approved; the exhibitor sees its own registration.
      expectApiError(await api.call('GET', `/exhibitors/${exhibitorId}`), 404, 'not_found');
      const own = await api.call('GET', `/exhibitors/${exhibitorId}/private`, { token: session.token });
      expect(own.status).toBe(200);
      expect(own.body.registration).toMatchObject({ uscc: VALID_USCC, status: 'pending', phone: '+8613800138000' });

      // The same company cannot register twice; the same email neither.
      const again = await signUp(signUpForm(exhibitorSignUp({ email: 'other@fuzhou-test.example' })));
      expect((await again.json()).error.details).toEqual(['uscc: a company with this credit code has already registered for this expo']);
      const sameEmail = await signUp(signUpForm(exhibitorSignUp({ uscc: '91110000802100433B' })));
      expect((await sameEmail.json()).error.details).toEqual(['email: already registered: sign in instead']);

      const organizer = await api.login(DEMO_ACCOUNTS.organizer);
      const queue = ExhibitorRegistrationPage.parse((await api.call('GET', '/expos/demo-expo/exhibitor-registrations?status=pending&pageSize=100', { token: organizer })).body);
      const registration = queue.items.find((r) => r.exhibitorId === exhibitorId)!;
      expect(registration).toBeDefined();
      expect(queue.items.map((r) => r.submittedAt)).toEqual([...queue.items.map((r) => r.submittedAt)].sort());

      const licence = await fetch(`${api.origin}${registration.licence.url}`, { headers: { authorization: `Bearer ${organizer}` } });
      expect(licence.status).toBe(200);
      expect(licence.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await licence.arrayBuffer())).toEqual(PDF);
      expect((await fetch(`${api.origin}${registration.licence.url}`)).status).toBe(401);

      expectApiError(await api.call('POST', `/exhibitor-registrations/${registration.id}/review`, { token: organizer, body: { decision: 'reject' } }), 400, 'bad_request');
      const rejected = await api.call('POST', `/exhibitor-registrations/${registration.id}/review`, {
        token: organizer,
        body: { decision: 'reject', reason: '营业执照照片不清晰，请重新上传 / the licence scan is unreadable' },
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', reviewedBy: 'u-organizer' });
      const me = UserSummary.parse((await api.call('GET', '/me', { token: session.token })).body);
      expect(me).toMatchObject({ status: 'rejected', reviewReason: '营业执照照片不清晰，请重新上传 / the licence scan is unreadable' });

      const approved = await api.call('POST', `/exhibitor-registrations/${registration.id}/review`, { token: organizer, body: { decision: 'approve' } });
      expect(approved.body.status).toBe('approved');
      expect(approved.body.reviewReason).toBeUndefined();
      expect((await api.call('GET', `/exhibitors/${exhibitorId}`)).status).toBe(200);
      const search = await api.call('GET', `/search?q=${encodeURIComponent('福州测试')}&kind=exhibitor`);
      expect(search.body.items.map((h: { id: string }) => h.id)).toContain(exhibitorId);
    });

    it('approves visitors at once or queues them, as the expo is set', async () => {
      const organizer = await api.login(DEMO_ACCOUNTS.organizer);
      const visitor = (email: string) => ({
        displayName: 'Maria',
        email,
        password: 'a long enough password',
        company: 'Lisboa Importers Lda',
        country: 'PT',
        intent: { categories: ['industrial-robots'], tags: ['cobot'], budget: { currency: 'EUR', min: 10000, max: 50000 } },
        acceptTerms: true,
      });
      const auto = await api.call('POST', '/expos/demo-expo/visitor-registrations', { body: visitor('maria@lisboa.example') });
      expect(auto.status).toBe(201);
      expect(auto.body.user).toMatchObject({ role: 'visitor', status: 'approved' });

      expectApiError(await api.call('PUT', '/expos/demo-expo/settings', { token: auto.body.token, body: { visitorReview: 'manual' } }), 403, 'forbidden');
      expect((await api.call('PUT', '/expos/demo-expo/settings', { token: organizer, body: { visitorReview: 'manual' } })).status).toBe(200);
      const queued = await api.call('POST', '/expos/demo-expo/visitor-registrations', { body: visitor('joao@lisboa.example') });
      expect(queued.body.user.status).toBe('pending');
      const bad = await api.call('POST', '/expos/demo-expo/visitor-registrations', { body: { ...visitor('x@lisboa.example'), intent: { budget: { currency: 'EUR', min: 5, max: 1 } } } });
      expect(expectApiError(bad, 400).error.details).toEqual(['intent.budget.max: max must not be below min']);

      const queue = await api.call('GET', '/expos/demo-expo/visitor-registrations?status=pending', { token: organizer });
      const entry = VisitorRegistrationSchema.parse(queue.body.items.find((r: { email: string }) => r.email === 'joao@lisboa.example'));
      expect(entry.intent.budget).toEqual({ currency: 'EUR', min: 10000, max: 50000 });
      await api.call('POST', `/visitor-registrations/${entry.id}/review`, { token: organizer, body: { decision: 'approve' } });
      expect((await api.call('GET', '/me', { token: queued.body.token })).body.status).toBe('approved');
      await api.call('PUT', '/expos/demo-expo/settings', { token: organizer, body: { visitorReview: 'auto' } });
    });
  });
}
