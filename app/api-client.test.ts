import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExhibitorSignUp } from '../model';
import { ApiError, api } from './api-client';

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? {} : { 'content-type': 'application/json' } });

const session = {
  token: 'token',
  expiresAt: '2026-11-23T00:00:00.000Z',
  user: { id: 'u-1', email: 'sales@example.com', role: 'exhibitor', expoId: 'demo-expo', displayName: 'Li Lei', exhibitorId: 'ex-1', status: 'pending' },
};

const signUp = ExhibitorSignUp.parse({
  companyName: { 'zh-CN': '福州精工机械有限公司', en: 'Fuzhou Precision Machinery' },
  uscc: '91350100M000100Y43',
  contactPerson: 'Li Lei',
  phone: '13800138000',
  email: 'sales@example.com',
  password: 'a long passphrase',
  country: 'CN',
  categories: ['cnc-machines'],
  acceptTerms: true,
});

describe('api client', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a 4xx answer’s code and per-field details on the error', async () => {
    fetchMock.mockResolvedValue(
      answer(400, { error: { code: 'bad_request', message: 'the registration has problems: see details', details: ['uscc: a company with this credit code has already registered for this expo'] } }),
    );
    const error = await api.registerVisitor('demo-expo', {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'bad_request', message: 'the registration has problems: see details' });
    expect((error as ApiError).details).toEqual(['uscc: a company with this credit code has already registered for this expo']);
  });

  it('reports an answer that is not an API error body by its status', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api.me()).rejects.toMatchObject({ status: 502, message: 'HTTP 502', details: [] });
  });

  it('sends an exhibitor sign-up as multipart: the form as JSON in `data`, then the `licence` file', async () => {
    fetchMock.mockResolvedValue(answer(201, session));
    const licence = new Blob(['%PDF-1.4\n'], { type: 'application/pdf' });
    const result = await api.registerExhibitor('demo-expo', signUp, licence, 'licence.pdf');
    expect(result.user.status).toBe('pending');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/expos/demo-expo/exhibitor-registrations');
    expect(init?.method).toBe('POST');
    const form = init?.body as FormData;
    expect([...form.keys()]).toEqual(['data', 'licence']);
    expect(JSON.parse(form.get('data') as string)).toEqual(signUp);
    expect((form.get('licence') as File).name).toBe('licence.pdf');
  });

  it('accepts a sign-out’s empty 204 and validates other answers with the model', async () => {
    fetchMock.mockResolvedValueOnce(answer(204));
    await expect(api.logout()).resolves.toBeUndefined();
    fetchMock.mockResolvedValueOnce(answer(200, { ...session.user, role: 'admin' }));
    await expect(api.me()).rejects.toThrow();
  });
});
