import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskBlobStore, type BlobStore } from './blob-store';
import { makePng } from './glb-fixtures';
import { listFiles } from './list-files';
import { sniffType } from './sniff';

/** A GET whose path is sent as written (fetch would resolve `..` segments before sending). */
function rawGet(base: string, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${rawPath}`, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.path = rawPath;
    req.end();
  });
}

describe('disk blob store', () => {
  let dir: string;
  let store: BlobStore;
  let server: Server;
  let base: string;
  const png = makePng(16, 16);
  const sha256 = createHash('sha256').update(png).digest('hex');

  const stage = (bytes: Uint8Array) => {
    const tmpPath = path.join(store.tmpDir, `staged-${Math.random().toString(36).slice(2)}`);
    fs.writeFileSync(tmpPath, bytes);
    return tmpPath;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-blobs-'));
    store = createDiskBlobStore(dir);
    const app = express();
    app.use('/media', store.handler());
    server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores by content: the same bytes twice are one file, and the temp files are gone', async () => {
    const type = sniffType(png)!;
    const first = await store.commit(stage(png), sha256, type);
    const second = await store.commit(stage(png), sha256, type);
    expect(first).toEqual({ sha256, ext: 'png', contentType: 'image/png', bytes: png.length, url: `/media/${sha256}.png` });
    expect(second).toEqual(first);
    expect(listFiles(dir)).toEqual([path.join(sha256.slice(0, 2), `${sha256}.png`)]);
    expect(await store.has(sha256, 'png')).toBe(true);
    expect(await store.has(sha256, 'glb')).toBe(false);
    expect(await store.has('../../etc/passwd', 'png')).toBe(false);
  });

  it('serves a blob with its type, nosniff, immutable caching and its hash as ETag', async () => {
    const res = await fetch(`${base}/media/${sha256}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toBe(`"${sha256}"`);
    expect(res.headers.get('content-length')).toBe(String(png.length));
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);

    const head = await fetch(`${base}/media/${sha256}.png`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(png.length));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    for (const tag of [`"${sha256}"`, `W/"${sha256}"`, `"other", "${sha256}"`, '*']) {
      const res = await fetch(`${base}/media/${sha256}.png`, { headers: { 'If-None-Match': tag } });
      expect(res.status, tag).toBe(304);
      expect(res.headers.get('etag')).toBe(`"${sha256}"`);
    }
    expect((await fetch(`${base}/media/${sha256}.png`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it('answers 404 to anything but a stored hash with a known extension', async () => {
    const unknown = 'ab'.repeat(32);
    for (const bad of [
      `/media/${unknown}.png`,
      `/media/${sha256}.glb`,
      `/media/${sha256}.svg`,
      `/media/${sha256.toUpperCase()}.png`,
      `/media/${sha256}.png.html`,
      `/media/${sha256.slice(0, 2)}/${sha256}.png`,
      '/media/../../../etc/passwd',
      '/media/..%2F..%2F..%2Fetc%2Fpasswd',
      '/media/%2e%2e/%2e%2e/etc/passwd',
      '/media/.tmp',
      '/media/',
    ]) {
      expect(await rawGet(base, bad), bad).toBe(404);
    }
  });
});
