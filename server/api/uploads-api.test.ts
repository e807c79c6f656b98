import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadResult } from '../../model';
import { makeGlb, makePng, trianglesByGltfTransform } from '../uploads/glb-fixtures';
import { listFiles } from '../uploads/list-files';
import { DIALECTS_UNDER_TEST } from '../store/testing/test-stores';
import { DEMO_ACCOUNTS, expectApiError, startTestExpoServer, type Answer, type TestExpoServer } from './testing/test-expo-server';

const CHAIR = fs.readFileSync(new URL('../../assets/models/chair.glb', import.meta.url));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The stored uploads: every file under `<dataDir>/media` except the temp folder, and that folder's files. */
function mediaFiles(expo: TestExpoServer): { stored: string[]; temp: string[] } {
  const media = path.join(expo.dataDir, 'media');
  const all = fs.existsSync(media) ? listFiles(media) : [];
  const isTemp = (file: string) => file.split(path.sep)[0] === '.tmp';
  return { stored: all.filter((file) => !isTemp(file)), temp: all.filter(isTemp) };
}

for (const dialect of DIALECTS_UNDER_TEST) {
  describe(`POST /api/uploads [${dialect}]`, () => {
    let expo: TestExpoServer;
    let exhibitor: string;
    let visitor: string;

    beforeAll(async () => {
      expo = await startTestExpoServer(dialect);
      exhibitor = await expo.login(DEMO_ACCOUNTS.exhibitor);
      visitor = await expo.login(DEMO_ACCOUNTS.visitor);
    }, 60_000);
    afterAll(() => expo?.close());

    /** Posts `bytes` as the multipart field `file`, as the product editor's file input does; `token: null` signs out. */
    async function upload(kind: string, bytes: Uint8Array, { token = exhibitor as string | null, fileName = `upload.${kind}`, type = 'application/octet-stream' } = {}): Promise<Answer> {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), fileName);
      const res = await fetch(`${expo.origin}/api/uploads?kind=${kind}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    }

    /** Runs a refused upload and checks that it left nothing behind in the media store. */
    async function expectRefused(status: number, code: string, send: () => Promise<Answer>) {
      const before = mediaFiles(expo).stored;
      const body = expectApiError(await send(), status, code);
      expect(mediaFiles(expo)).toEqual({ stored: before, temp: [] });
      return body;
    }

    it('takes uploads from exhibitors only: 401 signed out, 403 for a visitor', async () => {
      await expectRefused(401, 'unauthorized', () => upload('glb', CHAIR, { token: null }));
      await expectRefused(403, 'forbidden', () => upload('glb', CHAIR, { token: visitor }));
    });

    it('stores a checked GLB under its hash and serves it back, immutable and unsniffable', async () => {
      const answer = await upload('glb', CHAIR, { fileName: 'chair.glb', type: 'model/gltf-binary' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      const result = UploadResult.parse(answer.body);
      const hash = sha256(CHAIR);
      expect(result).toMatchObject({ kind: 'glb', sha256: hash, url: `/media/${hash}.glb`, contentType: 'model/gltf-binary', bytes: CHAIR.length });
      expect(result.glb!.triangles).toBeGreaterThan(0);
      expect(result.glb!.triangles).toBe(await trianglesByGltfTransform(CHAIR));
      expect(result.glb!.validator.errors).toBe(0);

      const served = await fetch(`${expo.origin}${result.url}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('model/gltf-binary');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cache-control')).toMatch(/\bimmutable\b/);
      expect(Buffer.from(await served.arrayBuffer()).equals(CHAIR)).toBe(true);
      expect(await expo.server.store.uploads.get(hash)).toMatchObject({ sha256: hash, createdBy: 'u-exhibitor' });

      const again = await upload('glb', CHAIR, { fileName: 'another-name.glb' });
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      expect(UploadResult.parse(again.body).url).toBe(result.url);
      expect(mediaFiles(expo).stored.filter((file) => file.endsWith(`${hash}.glb`))).toHaveLength(1);
    });

    it('judges the type by the bytes: a PNG named and typed as a GLB, or random bytes, is a 415', async () => {
      const png = makePng(8, 8);
      const disguised = await expectRefused(415, 'unsupported_type', () => upload('glb', png, { fileName: 'model.glb', type: 'model/gltf-binary' }));
      expect(disguised.error.message).toMatch(/expected a GLB model, but the file is a PNG image/);
      const noise = await expectRefused(415, 'unsupported_type', () => upload('glb', randomBytes(4096), { fileName: 'model.glb', type: 'model/gltf-binary' }));
      expect(noise.error.message).toMatch(/expected a GLB model/);
    });

    it('refuses a GLB with a corrupt JSON chunk with 422 and details', async () => {
      const corrupt = new Uint8Array(await makeGlb());
      // The JSON chunk starts at byte 20: keep the container, break the JSON inside it.
      corrupt.set(new TextEncoder().encode('{"asset": nope,'), 20);
      const body = await expectRefused(422, 'invalid_content', () => upload('glb', corrupt));
      expect(body.error.details?.length).toBeGreaterThan(0);
    });

    it('refuses a GLB over the triangle budget with 422, saying by how much', async () => {
      // 1,000 triangles drawn by 101 nodes: 101,000 triangles against the budget of 100,000.
      const heavy = await makeGlb({ triangles: 1000, instances: 101 });
      const body = await expectRefused(422, 'invalid_content', () => upload('glb', heavy));
      expect(body.error.message).toContain('101,000 triangles, 1,000 over the budget of 100,000');
    });

    it('stores a picture with its pixel size, and refuses one over the pixel cap with 422', async () => {
      const picture = makePng(64, 48);
      const answer = await upload('image', picture, { fileName: 'photo.png', type: 'image/png' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      const result = UploadResult.parse(answer.body);
      expect(result).toMatchObject({ kind: 'image', contentType: 'image/png', url: `/media/${sha256(picture)}.png`, image: { width: 64, height: 48 } });
      const served = await fetch(`${expo.origin}${result.url}`);
      expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png']);
      expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(picture))).toBe(true);

      const huge = await expectRefused(422, 'invalid_content', () => upload('image', makePng(4097, 2), { fileName: 'banner.png', type: 'image/png' }));
      expect(huge.error.message).toMatch(/4097×2 px, over the maximum of 4096×4096 px/);
      expect(huge.error.details).toEqual(['1 px too wide (4,097 px, max 4,096)']);
    });

    it('stores the same bytes uploaded concurrently once, and answers each upload', async () => {
      const picture = makePng(33, 17);
      const answers = await Promise.all(Array.from({ length: 6 }, () => upload('image', picture)));
      const urls = answers.map((answer) => {
        expect(answer.status, JSON.stringify(answer.body)).toBe(201);
        return UploadResult.parse(answer.body).url;
      });
      expect(new Set(urls)).toEqual(new Set([`/media/${sha256(picture)}.png`]));
      const { stored, temp } = mediaFiles(expo);
      expect(stored.filter((file) => file.endsWith(`${sha256(picture)}.png`))).toHaveLength(1);
      expect(temp).toEqual([]);
    });

    it('refuses an unknown kind and a request without the file field with 400', async () => {
      await expectRefused(400, 'bad_request', () => upload('svg', makePng(4, 4)));
      await expectRefused(400, 'bad_request', async () => {
        const form = new FormData();
        form.append('picture', new Blob([makePng(4, 4)]), 'a.png');
        const res = await fetch(`${expo.origin}/api/uploads?kind=image`, { method: 'POST', body: form, headers: { authorization: `Bearer ${exhibitor}` } });
        return { status: res.status, headers: res.headers, body: await res.json() };
      });
    });

    // The over-size (413) case is not tested here: `ExpoServerOptions` has no `uploadLimits`, so the
    // real server cannot be given a small cap; `receive-multipart.test.ts` streams past one instead.
  });
}
