import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDocument, publishWhenOnline } from './publisher';

/** A real HTTP server that keeps one document with a revision, answering like the API's booth PUT. */
let server: Server;
let base = '';
let stored = { revision: 2, name: 'theirs' };
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests++;
      const doc = JSON.parse(body) as { revision: number; name: string };
      res.setHeader('content-type', 'application/json');
      if (req.url === '/broken') {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: { code: 'internal', message: 'database is on fire' } }));
      } else if (doc.name === '') {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: { code: 'bad_request', message: 'invalid body', details: ['name: must not be empty'] } }));
      } else if (doc.revision !== stored.revision) {
        res.statusCode = 409;
        res.end(JSON.stringify({ error: { code: 'conflict', message: 'published meanwhile' }, current: { revision: stored.revision, document: stored } }));
      } else {
        stored = { ...doc, revision: doc.revision + 1 };
        res.end(JSON.stringify(stored));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('publishDocument', () => {
  it('publishes at the base revision and reports a conflict with their document after someone else did', async () => {
    stored = { revision: 2, name: 'theirs' };
    const first = await publishDocument({ url: `${base}/doc`, body: { revision: 2, name: 'mine' }, baseRevision: 2 });
    expect(first).toEqual({ kind: 'published', revision: 3, document: { revision: 3, name: 'mine' } });
    const stale = await publishDocument({ url: `${base}/doc`, body: { revision: 2, name: 'late' }, baseRevision: 2 });
    expect(stale).toMatchObject({ kind: 'conflict', revision: 3, theirs: { name: 'mine' } });
  });

  it('validates before sending, and reports the server problems as invalid', async () => {
    const before = requests;
    const local = await publishDocument({ url: `${base}/doc`, body: {}, baseRevision: 0, validate: () => ({ ok: false, errors: ['items[0].x: outside'] }) });
    expect(local).toEqual({ kind: 'invalid', problems: ['items[0].x: outside'] });
    expect(requests).toBe(before);
    const remote = await publishDocument({ url: `${base}/doc`, body: { revision: 3, name: '' }, baseRevision: 3 });
    expect(remote).toEqual({ kind: 'invalid', problems: ['name: must not be empty'] });
  });

  it('tells offline from a server failure', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    expect(await publishDocument({ url: `http://127.0.0.1:${port}/doc`, body: { revision: 0, name: 'x' }, baseRevision: 0 })).toEqual({ kind: 'offline' });
    expect(await publishDocument({ url: `${base}/broken`, body: { revision: 0, name: 'x' }, baseRevision: 0 })).toEqual({ kind: 'failed', status: 500, message: 'database is on fire' });
  });
});

describe('publishWhenOnline', () => {
  it('keeps trying while offline and publishes once the network is back', async () => {
    stored = { revision: 5, name: 'x' };
    let online = false;
    const waits: number[] = [];
    const target = new EventTarget();
    // The network "returns" after two failed attempts: the real fetch then goes through.
    const flaky: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const result = await publishWhenOnline(
      { url: `${base}/doc`, body: { revision: 5, name: 'offline edit' }, baseRevision: 5, fetch: flaky },
      {
        minDelayMs: 5,
        maxDelayMs: 20,
        onlineTarget: target,
        onWaiting: (ms) => {
          waits.push(ms);
          if (waits.length === 2) {
            online = true;
            target.dispatchEvent(new Event('online'));
          }
        },
      },
    );
    expect(waits).toEqual([5, 10]);
    expect(result).toMatchObject({ kind: 'published', revision: 6 });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const never: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const pending = publishWhenOnline({ url: `${base}/doc`, body: {}, baseRevision: 0, fetch: never }, { minDelayMs: 10_000, signal: controller.signal, onlineTarget: new EventTarget(), onWaiting: () => controller.abort(new Error('left the page')) });
    await expect(pending).rejects.toThrow('left the page');
  });
});
