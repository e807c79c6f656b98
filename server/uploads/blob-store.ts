import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { ifNoneMatchHits } from '../http';
import { contentTypeForExt, type SniffedType } from './sniff';

/** A checked file in the store. Its name is its content, so it never changes. */
export interface StoredBlob {
  sha256: string;
  ext: string;
  contentType: string;
  bytes: number;
  /** Where the store's handler serves it: `/media/<sha256>.<ext>`. */
  url: string;
}

/**
 * Content-addressed storage for checked uploads. Disk today (`createDiskBlobStore`); an object
 * store later implements the same methods (uploading from `tmpDir` in `commit`).
 */
export interface BlobStore {
  /** Local folder for temp files: pass it to `receiveMultipartFile` so `commit` can rename. */
  readonly tmpDir: string;
  /** Moves a checked temp file into the store under its hash (idempotent: same bytes → same blob, temp removed). */
  commit(tmpPath: string, sha256: string, type: SniffedType): Promise<StoredBlob>;
  /** Deletes a temp file that will not be committed (a failed check); a missing file is fine. */
  discard(tmpPath: string): Promise<void>;
  has(sha256: string, ext: string): Promise<boolean>;
  /**
   * Answers a GET/HEAD with one stored file (right type, `nosniff`, ETag, 304), with the given
   * `Cache-Control` (default: public and immutable). False, having sent nothing, when there is no
   * such file: private files are served this way by routes that check who asks.
   */
  send(req: Request, res: Response, sha256: string, ext: string, cacheControl?: string): Promise<boolean>;
  /**
   * Express handler serving GET/HEAD `/<sha256>.<ext>` (mount it at `/media`): anything but 64 hex
   * digits and a known extension is a 404; answers with the right Content-Type, `nosniff`,
   * immutable caching and `ETag: "<sha256>"` (304 on a matching If-None-Match).
   */
  handler(): RequestHandler;
}

const SHA256 = /^[0-9a-f]{64}$/;
const BLOB_PATH = /^\/([0-9a-f]{64})\.([a-z]{3,4})$/;
/** A year, the most HTTP caches honour; safe because a blob's URL changes when its bytes do. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A blob store in `dir`: files at `<dir>/<aa>/<sha256>.<ext>` (256 folders keep listings short), temp files in `<dir>/.tmp`. */
export function createDiskBlobStore(dir: string): BlobStore {
  const root = path.resolve(dir);
  const tmpDir = path.join(root, '.tmp');
  const ready = mkdir(tmpDir, { recursive: true });
  const blobPath = (sha256: string, ext: string) => path.join(root, sha256.slice(0, 2), `${sha256}.${ext}`);

  const exists = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;

  const store: BlobStore = {
    tmpDir,

    async commit(tmpPath, sha256, type) {
      if (!SHA256.test(sha256)) throw new Error(`not a sha256 digest: ${sha256}`);
      await ready;
      const target = blobPath(sha256, type.ext);
      await mkdir(path.dirname(target), { recursive: true });
      if (await exists(target)) {
        await unlink(tmpPath);
      } else {
        await moveInto(tmpPath, target, tmpDir);
      }
      const { size } = await stat(target);
      return { sha256, ext: type.ext, contentType: type.contentType, bytes: size, url: `/media/${sha256}.${type.ext}` };
    },

    async discard(tmpPath) {
      await rm(tmpPath, { force: true });
    },

    async has(sha256, ext) {
      return SHA256.test(sha256) && contentTypeForExt(ext) !== undefined && exists(blobPath(sha256, ext));
    },

    async send(req, res, sha256, ext, cacheControl = IMMUTABLE) {
      const contentType = contentTypeForExt(ext);
      if (!SHA256.test(sha256) || !contentType) return false;
      const file = blobPath(sha256, ext);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return false;
      const etag = `"${sha256}"`;
      res.set({ 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': cacheControl, ETag: etag });
      if (ifNoneMatchHits(req.get('If-None-Match'), etag)) {
        res.status(304).end();
        return true;
      }
      res.set('Content-Length', String(info.size));
      if (req.method === 'HEAD') {
        res.end();
        return true;
      }
      // A client that goes away mid-download is not an error worth reporting.
      await pipeline(createReadStream(file), res).catch(() => {});
      return true;
    },

    handler() {
      return async (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const match = BLOB_PATH.exec(req.path);
        if (!match || !(await store.send(req, res, match[1]!, match[2]!))) {
          res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('not found');
        }
      };
    },
  };
  return store;
}

/**
 * Renames into place, which is atomic: readers see the whole file or none. When the temp file is
 * on another file system, it is copied next to the target first so the final step is still a rename.
 */
async function moveInto(tmpPath: string, target: string, tmpDir: string): Promise<void> {
  try {
    await rename(tmpPath, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const staged = path.join(tmpDir, `${path.basename(target)}.${process.pid}.${Date.now()}`);
    await copyFile(tmpPath, staged);
    await rename(staged, target);
    await unlink(tmpPath);
  }
}
