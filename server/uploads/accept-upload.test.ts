import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptUpload } from './accept-upload';
import { createDiskBlobStore, type BlobStore } from './blob-store';
import { makeGlb, makePng } from './glb-fixtures';
import { PDF_BYTES } from './image-fixtures';
import { listFiles } from './list-files';
import type { UploadKind } from './sniff';
import { UploadError } from './upload-error';

const MODELS_DIR = path.resolve(import.meta.dirname, '../../assets/models');

interface ErrorBody {
  error: { code: string; message: string; details?: string[] };
}

/** A real express app with an upload route per kind, as the API will mount them. */
describe('acceptUpload behind a real express route', () => {
  let dir: string;
  let store: BlobStore;
  let server: Server;
  let base: string;
  let before: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-uploads-'));
    store = createDiskBlobStore(dir);
    const app = express();
    app.post('/upload/:kind', async (req, res) => {
      try {
        const accepted = await acceptUpload(req, { kind: req.params.kind as UploadKind, store, fieldName: 'file' });
        res.status(201).json({ blob: accepted.blob, triangles: accepted.glb?.triangles, fields: accepted.fields });
      } catch (error) {
        if (!(error instanceof UploadError)) throw error;
        res.status(error.status).set('Connection', 'close').json(error.toBody());
      }
    });
    app.use('/media', store.handler());
    server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    before = listFiles(dir);
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const upload = (kind: string, bytes: Uint8Array<ArrayBuffer>, fileName: string, clientType = 'application/octet-stream') => {
    const form = new FormData();
    form.append('title', 'Booth 7 model');
    form.append('file', new Blob([bytes], { type: clientType }), fileName);
    return fetch(`${base}/upload/${kind}`, { method: 'POST', body: form });
  };

  /** Asserts the refusal and that it left nothing behind: no blob, no temp file. */
  async function expectRefused(res: Response, status: number): Promise<ErrorBody> {
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    expect(listFiles(dir)).toEqual(before);
    expect(fs.readdirSync(store.tmpDir)).toEqual([]);
    return body;
  }

  it('stores a real model and serves it back byte for byte', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(MODELS_DIR, 'chair.glb')));
    const res = await upload('glb', bytes, 'chair.glb', 'model/gltf-binary');
    expect(res.status).toBe(201);
    const { blob, triangles, fields } = (await res.json()) as { blob: { url: string; sha256: string }; triangles: number; fields: Record<string, string> };
    expect(triangles).toBeGreaterThan(0);
    expect(fields).toEqual({ title: 'Booth 7 model' });
    expect(listFiles(dir)).toEqual([...before, path.join(blob.sha256.slice(0, 2), `${blob.sha256}.glb`)].sort());
    expect(fs.readdirSync(store.tmpDir)).toEqual([]);

    const served = await fetch(`${base}${blob.url}`);
    expect(served.headers.get('content-type')).toBe('model/gltf-binary');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses a PNG renamed .glb with 415, whatever the client claims, and stores nothing', async () => {
    const body = await expectRefused(await upload('glb', makePng(8, 8), 'model.glb', 'model/gltf-binary'), 415);
    expect(body.error).toEqual({ code: 'unsupported_type', message: 'expected a GLB model, but the file is a PNG image' });
  });

  it('refuses a model over budget with 422 and stores nothing', async () => {
    const body = await expectRefused(await upload('glb', await makeGlb({ triangles: 60_800, instances: 3 }), 'big.glb'), 422);
    expect(body.error.message).toBe('the model has 182,400 triangles, 82,400 over the budget of 100,000');
  });

  it('refuses a model where a picture is expected, and a picture over its cap', async () => {
    await expectRefused(await upload('image', await makeGlb(), 'photo.png', 'image/png'), 415);
    const tooBig = new Uint8Array(5 * 1024 * 1024 + 1);
    tooBig.set(makePng(1, 1));
    await expectRefused(await upload('image', tooBig, 'photo.png', 'image/png'), 413);
  });

  it('stores a licence PDF and serves it as a PDF', async () => {
    const res = await upload('document', PDF_BYTES, 'licence.pdf');
    expect(res.status).toBe(201);
    const { blob } = (await res.json()) as { blob: { url: string } };
    const served = await fetch(`${base}${blob.url}`);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
