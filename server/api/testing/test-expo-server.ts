import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ApiErrorBody, SessionInfo } from '../../../model';
import { startExpoServer, type ExpoServer, type ExpoServerOptions } from '../../expo-server';
import { DEMO_ACCOUNTS } from '../../seed';
import type { StoreDialect } from '../../store';
import { createPostgresDatabase } from '../../store/testing/test-stores';

export { DEMO_ACCOUNTS };

/** A whole expo server (API, rooms, pages) on a free loopback port, seeded with the demo fair and its sign-ins. */
export interface TestExpoServer {
  server: ExpoServer;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  dialect: StoreDialect;
  dataDir: string;
  /** Stops the server and removes its data (and its PostgreSQL database). */
  close(): Promise<void>;
  /** Signs in and returns the session token. */
  login(account: { email: string; password: string }): Promise<string>;
  /** A JSON request to `/api<path>`; `token` goes in `Authorization: Bearer`. */
  call(method: string, apiPath: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Answer>;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function startTestExpoServer(dialect: StoreDialect, options: Partial<ExpoServerOptions> = {}): Promise<TestExpoServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-test-server-'));
  const pg = dialect === 'postgres' ? await createPostgresDatabase() : undefined;
  const server = await startExpoServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    ...(pg ? { database: { dialect: 'postgres', url: pg.url } } : {}),
    log: () => undefined,
    ...options,
  });
  const origin = `http://127.0.0.1:${server.port}`;

  const call: TestExpoServer['call'] = async (method, apiPath, { token, body, headers } = {}) => {
    const res = await fetch(`${origin}/api${apiPath}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a file): keep the text.
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };

  return {
    server,
    origin,
    dialect,
    dataDir,
    call,
    async login(account) {
      const res = await call('POST', '/auth/login', { body: { email: account.email, password: account.password } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return SessionInfo.parse(res.body).token;
    },
    async close() {
      await server.close();
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asserts an error answer: status, JSON body in the API's error shape, and the code; returns the body. */
export function expectApiError(answer: Answer, status: number, code?: string): ApiErrorBody {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const body = ApiErrorBody.parse(answer.body);
  if (code) expect(body.error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
  return body;
}
