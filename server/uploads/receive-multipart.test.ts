import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { receiveMultipartFile, type ReceivedFile } from './receive-multipart';
import { UploadError } from './upload-error';

const MB = 1024 * 1024;

interface Outcome {
  file?: ReceivedFile;
  error?: UploadError;
  /** Bytes of this request the server had read off the socket when the upload settled. */
  socketBytesRead: number;
  /** After a refusal: bytes of this request read by the time the connection closed. */
  socketClosed?: Promise<number>;
}

/** A real HTTP server that receives one file per request, as an upload route would. */
describe('receiveMultipartFile on a real port', () => {
  let server: Server;
  let base: string;
  let tmpDir: string;
  let maxBytes = 20 * MB;
  let fieldName: string | undefined = 'file';
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-receive-'));
    server = createServer((req, res) => {
      // bytesRead counts per socket, and keep-alive sockets carry several requests.
      const readBefore = req.socket.bytesRead;
      const socketBytesRead = () => req.socket.bytesRead - readBefore;
      receiveMultipartFile(req, { maxBytes, tmpDir, ...(fieldName ? { fieldName } : {}) }).then(
        (file) => {
          outcomes.push({ file, socketBytesRead: socketBytesRead() });
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ bytes: file.bytes, sha256: file.sha256 }));
        },
        (error: unknown) => {
          if (!(error instanceof UploadError)) throw error;
          const socketClosed = new Promise<number>((done) => req.socket.once('close', () => done(socketBytesRead())));
          outcomes.push({ error, socketBytesRead: socketBytesRead(), socketClosed });
          res.writeHead(error.status, { 'Content-Type': 'application/json', Connection: 'close' }).end(JSON.stringify(error.toBody()));
        },
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => {
    for (const { file } of outcomes.splice(0)) if (file) fs.rmSync(file.tmpPath, { force: true });
    maxBytes = 20 * MB;
    fieldName = 'file';
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  const post = (form: FormData) => fetch(`${base}/upload`, { method: 'POST', body: form });
  const formWith = (bytes: Uint8Array<ArrayBuffer>, extra: Record<string, string> = {}, field = 'file') => {
    const form = new FormData();
    for (const [name, value] of Object.entries(extra)) form.append(name, value);
    form.append(field, new Blob([bytes]), 'model.glb');
    return form;
  };

  it('streams a file to a temp file with its sha256, size and text fields', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) & 255);
    const res = await post(formWith(bytes, { boothId: 'booth-7', title: 'Chair' }));
    expect(res.status).toBe(200);
    const { file } = outcomes[0]!;
    expect(file).toMatchObject({ bytes: bytes.length, fieldName: 'file', fileName: 'model.glb', fields: { boothId: 'booth-7', title: 'Chair' } });
    expect(file!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    // Buffer.equals, not toEqual: element-wise deep equality on 300 KB takes seconds.
    expect(fs.readFileSync(file!.tmpPath).equals(bytes)).toBe(true);
  });

  it('refuses 21 MB against a 20 MB cap with 413, without reading the rest or keeping a temp file', async () => {
    const bytes = new Uint8Array(21 * MB).fill(7);
    const res = await post(formWith(bytes));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
    const { error, socketBytesRead, socketClosed } = outcomes[0]!;
    expect(error?.status).toBe(413);
    // It stopped at the cap: the server read the cap plus socket buffering, not 21 MB — neither
    // when it refused nor afterwards, until the connection closed.
    expect(socketBytesRead).toBeLessThan(20 * MB + MB / 2);
    expect(await socketClosed).toBeLessThan(20 * MB + MB / 2);
    // The temp file never outgrew the cap, since it cannot hold more than was read, and it is gone.
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('accepts a file of exactly the cap and refuses one byte more', async () => {
    maxBytes = 1000;
    expect((await post(formWith(new Uint8Array(1000)))).status).toBe(200);
    expect(outcomes[0]!.file?.bytes).toBe(1000);
    expect((await post(formWith(new Uint8Array(1001)))).status).toBe(413);
    expect(fs.readdirSync(tmpDir).filter((name) => name !== path.basename(outcomes[0]!.file!.tmpPath))).toEqual([]);
  });

  it('refuses a second file, a missing file, a wrong field and a non-multipart body with 400', async () => {
    const two = formWith(new Uint8Array(10));
    two.append('file', new Blob([new Uint8Array(10)]), 'second.glb');
    expect((await post(two)).status).toBe(400);
    const none = new FormData();
    none.append('title', 'no file');
    expect((await post(none)).status).toBe(400);
    expect((await post(formWith(new Uint8Array(10), {}, 'other'))).status).toBe(400);
    expect((await fetch(`${base}/upload`, { method: 'POST', body: 'plain text' })).status).toBe(400);
    expect(outcomes.map((o) => o.error?.code)).toEqual(['bad_request', 'missing_file', 'bad_request', 'bad_request']);
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('refuses text fields over 64 KB in all', async () => {
    const res = await post(formWith(new Uint8Array(10), { a: 'x'.repeat(40_000), b: 'y'.repeat(40_000) }));
    expect(res.status).toBe(400);
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });

  it('refuses a truncated multipart body', async () => {
    const boundary = 'expo-boundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.glb"\r\n\r\nglTF-partial-without-closing-boundary`;
    const res = await fetch(`${base}/upload`, { method: 'POST', body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(400);
    expect(fs.readdirSync(tmpDir)).toEqual([]);
  });
});
