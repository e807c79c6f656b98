import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UploadResult } from '../../../model';
import { checkUpload, maxBytesFor, receiveMultipartFile, type BlobStore, type ReceivedFile, type UploadKind, type UploadLimits } from '../../uploads';
import type { ApiContext } from '../api-context';
import { route } from '../route';

const UploadQuery = z.object({ kind: z.enum(['glb', 'image'], { error: 'must be "glb" or "image"' }) });

/**
 * Receives one file (already streamed to a temp file under its size cap), checks it for the
 * expected kinds and stores it content-addressed. Nothing is stored when a check fails.
 */
export async function receiveAndStore(
  received: ReceivedFile,
  expected: UploadKind | UploadKind[],
  blobs: BlobStore,
  limits: UploadLimits,
): Promise<{ result: UploadResult; ext: string }> {
  try {
    const checked = await checkUpload(await readFile(received.tmpPath), expected, limits);
    const blob = await blobs.commit(received.tmpPath, received.sha256, checked.type);
    const result: UploadResult = {
      kind: checked.type.kind,
      sha256: blob.sha256,
      url: blob.url,
      contentType: blob.contentType,
      bytes: blob.bytes,
      ...(checked.glb ? { glb: checked.glb } : {}),
      ...(checked.image ? { image: checked.image } : {}),
    };
    return { result, ext: blob.ext };
  } finally {
    await blobs.discard(received.tmpPath);
  }
}

/** `POST /api/uploads?kind=glb|image`: exhibitors and organizers upload models and pictures for products and booths. */
export function uploadRoutes(ctx: ApiContext): void {
  const { router, registry, store, media, uploadLimits } = ctx;
  route(
    router,
    registry,
    {
      method: 'post',
      path: '/uploads',
      summary:
        'Upload a GLB model or an image as multipart/form-data field `file`: sniffed by magic bytes, size-capped while streaming, GLBs run through gltf-validator and the triangle/texture budgets. Answers what was found.',
      tag: 'uploads',
      access: ['exhibitor', 'organizer'],
      query: UploadQuery,
      body: 'multipart',
      success: { status: 201, schema: UploadResult },
      errors: [400, 401, 403, 413, 415, 422],
    },
    async ({ query, req, user }) => {
      const received = await receiveMultipartFile(req, { maxBytes: maxBytesFor(query.kind, uploadLimits), tmpDir: media.tmpDir, fieldName: 'file' });
      const { result, ext } = await receiveAndStore(received, query.kind, media, uploadLimits);
      await store.uploads.record(result, ext, user!.id, new Date().toISOString());
      return result;
    },
  );
}
