import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { badRequest, formatBytes, MissingFileError, tooLarge, UploadError } from './upload-error';

/** A file streamed to disk, hashed on the way, not yet checked. */
export interface ReceivedFile {
  tmpPath: string;
  bytes: number;
  /** Lowercase hex sha256 of the bytes: the file's name once stored. */
  sha256: string;
  fieldName: string;
  /** The client's name for the file; informative only, never trusted for the type. */
  fileName: string;
  /** The form's text fields (a prototype-less object, so any field name is safe). */
  fields: Record<string, string>;
}

/** Options for `receiveMultipartFile`. */
export interface ReceiveOptions {
  /** The size cap: one byte more and the upload fails with 413. */
  maxBytes: number;
  /** Where the temp file goes; on the store's file system, so committing is a rename. */
  tmpDir: string;
  /** The form field the file must come in; any field when omitted. */
  fieldName?: string;
}

/** All text fields together; they are labels and ids, not content. */
export const MAX_FIELD_BYTES = 64 * 1024;
const MAX_FIELDS = 100;

/**
 * Streams ONE file from a multipart/form-data request into a temp file in `tmpDir`, hashing it as
 * it goes; other text fields are collected into `fields`. Never holds more than a chunk in memory
 * and never writes more than `maxBytes`: as soon as the cap is passed it stops reading the request
 * (unpipes and pauses it), deletes the temp file and rejects with a 413. A second file, a missing
 * file, oversized fields or a malformed body reject with 400. On success the caller owns `tmpPath`
 * (commit it to a `BlobStore` or delete it).
 *
 * After a rejection, answer with `Connection: close`: the rest of the body is never read, so the
 * connection cannot be reused, and Node then closes it once the response is sent.
 */
export function receiveMultipartFile(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: options.maxBytes + 1, fieldSize: MAX_FIELD_BYTES, fields: MAX_FIELDS, parts: MAX_FIELDS + 2 },
      });
    } catch {
      reject(badRequest('expected a multipart/form-data request with a boundary'));
      return;
    }

    const fields = Object.create(null) as Record<string, string>;
    let fieldBytes = 0;
    let settled = false;
    let file: { tmpPath: string; fieldName: string; fileName: string; written: Promise<void>; abort: AbortController; result: () => { bytes: number; sha256: string } } | undefined;

    const fail = async (error: UploadError): Promise<void> => {
      if (settled) return;
      settled = true;
      // Stop reading: nothing more of this body is parsed, hashed or written.
      req.unpipe(parser);
      req.pause();
      if (file) {
        // The file stream may never end now that the body is not read: abort its pipeline.
        file.abort.abort();
        await file.written.catch(() => {});
        await unlink(file.tmpPath).catch(() => {});
      }
      reject(error);
    };

    parser.on('file', (name, stream, info) => {
      if (settled || file) {
        stream.resume();
        if (file) void fail(badRequest('send one file per request'));
        return;
      }
      if (options.fieldName !== undefined && name !== options.fieldName) {
        stream.resume();
        void fail(badRequest(`expected the file in the form field "${options.fieldName}"`));
        return;
      }
      const tmpPath = path.join(options.tmpDir, `upload-${randomUUID()}.part`);
      const hash = createHash('sha256');
      let bytes = 0;
      // Counts and hashes on the way to disk, and refuses the chunk that would pass the cap, so
      // the temp file never holds more than `maxBytes`.
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          if (bytes + chunk.length > options.maxBytes) {
            done(overCap());
            return;
          }
          bytes += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const overCap = () => tooLarge(`the file is over the ${formatBytes(options.maxBytes)} limit`);
      // busboy emits 'limit' on reaching its cap, so one byte more than ours means "over".
      stream.on('limit', () => void fail(overCap()));
      const abort = new AbortController();
      const written = pipeline(stream, counter, createWriteStream(tmpPath, { flags: 'wx' }), { signal: abort.signal });
      file = { tmpPath, fieldName: name, fileName: info.filename ?? '', written, abort, result: () => ({ bytes, sha256: hash.digest('hex') }) };
      written.catch((error: unknown) => fail(error instanceof UploadError ? error : badRequest('the upload was interrupted')));
    });

    parser.on('field', (name, value, info) => {
      fieldBytes += Buffer.byteLength(name) + Buffer.byteLength(value);
      if (info.nameTruncated || info.valueTruncated || fieldBytes > MAX_FIELD_BYTES) {
        void fail(badRequest(`form fields are limited to ${formatBytes(MAX_FIELD_BYTES)} in all`));
        return;
      }
      fields[name] = value;
    });
    parser.on('fieldsLimit', () => void fail(badRequest(`a form may have at most ${MAX_FIELDS} fields`)));
    parser.on('partsLimit', () => void fail(badRequest(`a form may have at most ${MAX_FIELDS} fields`)));
    parser.on('error', (error: Error) => void fail(badRequest(`malformed multipart body: ${error.message}`)));
    parser.on('close', () => {
      if (settled) return;
      if (!file) {
        void fail(new MissingFileError(options.fieldName ? `no file in the form field "${options.fieldName}"` : 'no file in the request', fields));
        return;
      }
      const done = file;
      done.written.then(() => {
        if (settled) return;
        settled = true;
        resolve({ tmpPath: done.tmpPath, ...done.result(), fieldName: done.fieldName, fileName: done.fileName, fields });
      }, () => {});
    });
    req.on('error', () => void fail(badRequest('the upload was interrupted')));
    req.on('close', () => {
      if (!req.complete) void fail(badRequest('the upload was interrupted'));
    });
    // The temp folder exists before any part arrives, so each file's pipeline starts synchronously
    // and owns its stream's errors from the first byte.
    mkdir(options.tmpDir, { recursive: true }).then(
      () => req.pipe(parser),
      () => fail(badRequest('the upload could not be stored')),
    );
  });
}
