import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitorPrivate, ExhibitorProfileInput } from '../../model';
import { SESSION_COOKIE } from '../auth';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type Answer, type TestExpoServer } from './testing/test-expo-server';

/**
 * Every operation the route files register (method and path as the OpenAPI document writes them).
 * A new route belongs here and in the document; a route missing from the document fails below.
 */
const REGISTERED_ROUTES = [
  'get /api/health',
  'get /api/openapi.json',
  'post /api/auth/login',
  'post /api/auth/logout',
  'get /api/me',
  'get /api/expos',
  'get /api/expos/{id}',
  'put /api/expos/{id}/settings',
  'get /api/halls',
  'get /api/halls/{id}',
  'get /api/halls/{id}/instances',
  'get /api/categories',
  'get /api/exhibitors',
  'get /api/exhibitors/{id}',
  'get /api/exhibitors/{id}/private',
  'put /api/exhibitors/{id}',
  'get /api/products',
  'get /api/products/{id}',
  'post /api/exhibitors/{id}/products',
  'put /api/products/{id}',
  'delete /api/products/{id}',
  'get /api/events',
  'get /api/events/{id}',
  'post /api/expos/{id}/events',
  'put /api/events/{id}',
  'delete /api/events/{id}',
  'get /api/booths/{id}',
  'put /api/booths/{id}',
  'get /api/halls/{id}/layout',
  'put /api/halls/{id}/layout',
  'get /api/search',
  'post /api/expos/{id}/exhibitor-registrations',
  'post /api/expos/{id}/visitor-registrations',
  'get /api/expos/{id}/exhibitor-registrations',
  'get /api/expos/{id}/visitor-registrations',
  'get /api/exhibitor-registrations/{id}',
  'get /api/exhibitor-registrations/{id}/licence',
  'get /api/visitor-registrations/{id}',
  'post /api/exhibitor-registrations/{id}/review',
  'post /api/visitor-registrations/{id}/review',
  'post /api/uploads',
  'post /api/beacons',
];

interface Operation {
  summary?: string;
  operationId?: string;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown>; required?: string[] } }> };
}

function expectSecurityHeaders(res: { headers: Headers }, what: string): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, what).toMatch(/(^|;)\s*default-src 'self'(;|$)/);
  expect(csp, what).toMatch(/object-src 'none'/);
  expect(csp, what).toMatch(/frame-ancestors 'self'/);
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-powered-by'), what).toBeNull();
}

function expectNoStack(answer: Answer): void {
  expect(JSON.stringify(answer.body)).not.toMatch(/\bat .*:\d+:\d+|node_modules|SyntaxError|\.ts\b/);
}

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`HTTP hardening [${dialect}]`, () => {
    let expo: TestExpoServer;
    let distDir: string;

    beforeAll(async () => {
      // A built page of our own, so `/` answers 200 whether or not `npm run build` ran.
      distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-hardening-dist-'));
      fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>expo</title>');
      expo = await startTestExpoServer(dialect, { distDir });
    }, 60_000);
    afterAll(async () => {
      await expo?.close();
      fs.rmSync(distDir, { recursive: true, force: true });
    });

    it('sends the security headers with pages, API answers, errors and media', async () => {
      const page = await fetch(`${expo.origin}/`);
      expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expectSecurityHeaders(page, 'GET /');

      const halls = await expo.call('GET', '/halls');
      expect(halls.status).toBe(200);
      expectSecurityHeaders(halls, 'GET /api/halls');

      const missing = await expo.call('GET', '/nope');
      expectApiError(missing, 404, 'not_found');
      expectSecurityHeaders(missing, 'GET /api/nope');

      const refused = await expo.call('POST', '/auth/login', { body: '{"email": ' });
      expectSecurityHeaders(refused, 'a malformed login');

      const media = await fetch(`${expo.origin}/media/${'0'.repeat(64)}.glb`);
      expect(media.status).toBe(404);
      expectSecurityHeaders(media, 'GET /media/<missing>');

      const model = await fetch(`${expo.origin}/assets/models/chair.glb`);
      expect(model.status).toBe(200);
      expectSecurityHeaders(model, 'GET /assets/models/chair.glb');
    });

    describe('GET /api/openapi.json', () => {
      let doc: { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };
      beforeAll(async () => {
        const answer = await expo.call('GET', '/openapi.json');
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        doc = answer.body;
      });

      it('is an OpenAPI 3.1 document describing every registered route', () => {
        expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
        expect(doc.info.title).toEqual(expect.any(String));
        expect(doc.info.version).toEqual(expect.any(String));
        const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((method) => `${method} ${p}`));
        expect(documented).toEqual(expect.arrayContaining(REGISTERED_ROUTES));
        expect(new Set(documented).size).toBe(documented.length);
      });

      it('gives every operation a summary, a unique operationId, its path parameters and a success response', () => {
        const ids = new Set<string>();
        for (const [p, ops] of Object.entries(doc.paths)) {
          for (const [method, op] of Object.entries(ops)) {
            const where = `${method} ${p}`;
            expect(op.summary, where).toMatch(/\S/);
            expect(op.operationId, where).toMatch(/\S/);
            expect(ids.has(op.operationId!), `${where}: operationId ${op.operationId} is used twice`).toBe(false);
            ids.add(op.operationId!);
            const statuses = Object.keys(op.responses ?? {});
            expect(statuses.some((s) => /^2\d\d$/.test(s)), `${where} has no success response`).toBe(true);
            for (const [status, response] of Object.entries(op.responses!)) expect(response.description, `${where} ${status}`).toMatch(/\S/);
            const pathParams = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
            const declared = (op.parameters ?? []).filter((param) => param.in === 'path');
            expect(declared.map((param) => param.name).sort(), where).toEqual(pathParams.sort());
            expect(declared.every((param) => param.required === true), where).toBe(true);
          }
        }
      });

      it('documents the login body, the beacon and search routes, and the booth conflict', () => {
        const login = doc.paths['/api/auth/login']!.post!;
        const loginSchema = login.requestBody!.content!['application/json']!.schema!;
        expect(Object.keys(loginSchema.properties ?? {})).toEqual(expect.arrayContaining(['email', 'password']));
        expect(loginSchema.required).toEqual(expect.arrayContaining(['email', 'password']));
        expect(Object.keys(login.responses!)).toEqual(expect.arrayContaining(['200', '400', '401', '429']));

        expect(Object.keys(doc.paths['/api/beacons']!.post!.responses!)).toEqual(expect.arrayContaining(['200', '400', '413', '429']));
        expect(doc.paths['/api/search']!.get!.parameters!.map((param) => param.name)).toContain('q');

        const boothPut = doc.paths['/api/booths/{id}']!.put!;
        expect(boothPut.responses!['409']).toMatchObject({ description: expect.stringMatching(/conflict/i) });
        expect(boothPut.requestBody!.content!['application/json']!.schema).toBeDefined();
        expect(doc.paths['/api/uploads']!.post!.requestBody!.content!['multipart/form-data']).toBeDefined();
      });

      it('documents only routes that exist: none of them answers "no API route"', async () => {
        for (const [p, ops] of Object.entries(doc.paths)) {
          for (const method of Object.keys(ops)) {
            const apiPath = p.replace(/^\/api/, '').replace(/\{\w+\}/g, 'no-such-thing');
            const answer = await expo.call(method.toUpperCase(), apiPath);
            expect(JSON.stringify(answer.body) ?? '', `${method} ${p}`).not.toMatch(/no API route/);
          }
        }
      });
    });

    it('answers unknown routes and bad or oversized bodies with JSON errors and no stack trace', async () => {
      const unknown = expectApiError(await expo.call('GET', '/nope'), 404, 'not_found');
      expect(unknown.error.message).toBe('no API route for GET /api/nope');
      expectApiError(await expo.call('DELETE', '/halls'), 404, 'not_found');
      // Express's own refusal of a malformed %-escape is answered in the same JSON shape.
      expectApiError(await expo.call('GET', '/halls/%E0%A4%A'), 400, 'bad_request');

      const malformed = await expo.call('POST', '/auth/login', { body: '{"email": "organizer@expo.example", "password": ' });
      expectApiError(malformed, 400, 'bad_request');
      expect(malformed.headers.get('content-type')).toMatch(/^application\/json/);
      expectNoStack(malformed);

      const token = await expo.login(DEMO_ACCOUNTS.exhibitor);
      const { exhibitor } = ExhibitorPrivate.parse((await expo.call('GET', '/exhibitors/ex-001/private', { token })).body);
      const oversized = await expo.call('PUT', '/exhibitors/ex-001', {
        token,
        body: { ...ExhibitorProfileInput.parse(exhibitor), padding: 'x'.repeat(65 * 1024) },
      });
      expectApiError(oversized, 413, 'too_large');
      expect(oversized.headers.get('content-type')).toMatch(/^application\/json/);
      expectNoStack(oversized);

      // Only the beacon route reads text/plain as JSON (sendBeacon sends strings so); a plain-text
      // login, as a cross-site form could send, is refused.
      const plain = await expo.call('POST', '/auth/login', {
        body: JSON.stringify({ email: DEMO_ACCOUNTS.exhibitor.email, password: DEMO_ACCOUNTS.exhibitor.password }),
        headers: { 'content-type': 'text/plain' },
      });
      expectApiError(plain, 415, 'unsupported_media_type');
    });

    it('refuses writes made with the session cookie from another origin', async () => {
      const signIn = await fetch(`${expo.origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: DEMO_ACCOUNTS.exhibitor.email, password: DEMO_ACCOUNTS.exhibitor.password }),
      });
      expect(signIn.status).toBe(200);
      // The answer carries the session token: no cache may keep it.
      expect(signIn.headers.get('cache-control')).toBe('no-store');
      const setCookie = signIn.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      expect(setCookie).toBeDefined();
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
      expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
      expect(setCookie).toMatch(/;\s*Path=\//i);
      const cookie = setCookie!.split(';')[0]!;

      // Reading with the cookie works from anywhere (GETs change nothing).
      const read = await expo.call('GET', '/exhibitors/ex-001/private', { headers: { cookie, origin: 'https://evil.example' } });
      expect(read.status).toBe(200);
      const profile = ExhibitorProfileInput.parse(ExhibitorPrivate.parse(read.body).exhibitor);
      const defaced = { ...profile, website: 'https://evil.example/' };

      const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { referer: 'https://evil.example/page' }, { origin: 'null' }];
      for (const headers of foreign) {
        const refused = expectApiError(await expo.call('PUT', '/exhibitors/ex-001', { body: defaced, headers: { cookie, ...headers } }), 403, 'forbidden');
        expect(refused.error.message).toMatch(/cross-origin/);
      }
      const after = ExhibitorPrivate.parse((await expo.call('GET', '/exhibitors/ex-001/private', { headers: { cookie } })).body);
      expect(after.exhibitor.website).toBe(profile.website);

      // From our own origin the same cookie passes the check: the body is then judged as usual.
      const own = { cookie, origin: expo.origin };
      expectApiError(await expo.call('PUT', '/exhibitors/ex-001', { body: { name: 42 }, headers: own }), 400, 'bad_request');
      const saved = await expo.call('PUT', '/exhibitors/ex-001', { body: profile, headers: own });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const sameOriginReferer = await expo.call('PUT', '/exhibitors/ex-001', { body: profile, headers: { cookie, referer: `${expo.origin}/account.html` } });
      expect(sameOriginReferer.status, JSON.stringify(sameOriginReferer.body)).toBe(200);
    });

    it('limits sign-in attempts per client, answers 429 with Retry-After, and audits every attempt, refused ones too', async () => {
      const limited = await startTestExpoServer(dialect, { rateLimits: { loginPer15Min: 3 } });
      try {
        const audit = () => limited.server.store.db.selectFrom('login_audit').select(['email', 'user_id', 'outcome', 'ip']).orderBy('id').execute();
        const before = (await audit()).length;
        const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
          limited.call('POST', '/auth/login', { body: { email, password }, headers });

        expect((await attempt(DEMO_ACCOUNTS.exhibitor.email, DEMO_ACCOUNTS.exhibitor.password)).status).toBe(200);
        expectApiError(await attempt(DEMO_ACCOUNTS.exhibitor.email, 'not-the-password'), 401, 'invalid_credentials');
        expectApiError(await attempt('nobody@expo.example', 'whatever-it-is'), 401, 'invalid_credentials');
        const refused = await attempt(DEMO_ACCOUNTS.exhibitor.email, DEMO_ACCOUNTS.exhibitor.password);
        expectApiError(refused, 429, 'too_many_requests');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

        const rows = (await audit()).slice(before);
        expect(rows.map((r) => [r.email, r.user_id, r.outcome])).toEqual([
          [DEMO_ACCOUNTS.exhibitor.email, 'u-exhibitor', 'ok'],
          [DEMO_ACCOUNTS.exhibitor.email, 'u-exhibitor', 'bad_password'],
          ['nobody@expo.example', null, 'unknown_user'],
          [DEMO_ACCOUNTS.exhibitor.email, null, 'rate_limited'],
        ]);
        expect(rows.every((r) => /127\.0\.0\.1$/.test(r.ip))).toBe(true);

        // The limit is per client: another address (via the trusted local proxy) still gets an answer.
        const other = await attempt(DEMO_ACCOUNTS.exhibitor.email, 'not-the-password', { 'x-forwarded-for': '203.0.113.9' });
        expectApiError(other, 401, 'invalid_credentials');
        expect((await audit()).slice(before + 4).map((r) => [r.outcome, r.ip])).toEqual([['bad_password', '203.0.113.9']]);
      } finally {
        await limited.close();
      }
    }, 60_000);
  });
}
