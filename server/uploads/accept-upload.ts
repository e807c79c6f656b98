import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { BlobStore, StoredBlob } from './blob-store';
import { checkUpload, maxBytesFor, type CheckedUpload } from './check-upload';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits';
import { receiveMultipartFile } from './receive-multipart';
import type { UploadKind } from './sniff';

/** Options for `acceptUpload`. */
export interface AcceptUploadOptions {
  /** What the route takes. Streaming stops at the largest cap among them; `checkUpload` then applies the cap of the kind the file turns out to be. */
  kind: UploadKind | UploadKind[];
  store: BlobStore;
  limits?: UploadLimits;
  /** The form field the file must come in; any field when omitted. */
  fieldName?: string;
}

/** An upload that passed every check and is now in the store. */
export interface AcceptedUpload extends CheckedUpload {
  blob: StoredBlob;
  fileName: string;
  fields: Record<string, string>;
}

/**
 * The whole upload path for a route: stream the one file to a temp file under the size cap, check
 * it, and commit it to the store. Throws an `UploadError` on any failure, and then nothing is
 * stored and no temp file is left behind. Reads the file into memory for the checks, which is
 * bounded by the cap (gltf-validator needs the whole file).
 *
 * Answer an `UploadError` with `res.status(e.status).set('Connection', 'close').json(e.toBody())`:
 * after a 413 the rest of the body was never read, so the connection cannot be reused.
 */
export async function acceptUpload(req: IncomingMessage, options: AcceptUploadOptions): Promise<AcceptedUpload> {
  const limits = options.limits ?? DEFAULT_UPLOAD_LIMITS;
  const kinds = Array.isArray(options.kind) ? options.kind : [options.kind];
  const maxBytes = Math.max(...kinds.map((kind) => maxBytesFor(kind, limits)));
  const received = await receiveMultipartFile(req, {
    maxBytes,
    tmpDir: options.store.tmpDir,
    ...(options.fieldName !== undefined ? { fieldName: options.fieldName } : {}),
  });
  try {
    const checked = await checkUpload(await readFile(received.tmpPath), kinds, limits);
    const blob = await options.store.commit(received.tmpPath, received.sha256, checked.type);
    return { ...checked, blob, fileName: received.fileName, fields: received.fields };
  } finally {
    // A no-op after a commit (the file was moved); the cleanup after a failed check.
    await options.store.discard(received.tmpPath);
  }
}
