/**
 * server/uploads — safe uploads of GLB models, pictures and licence documents: streamed to a temp
 * file under a size cap, checked by magic bytes and content, then stored content-addressed.
 *
 * ```ts
 * const store = createDiskBlobStore(path.join(config.dataDir, 'media'));
 * app.use('/media', store.handler());
 * app.post('/api/booths/:id/model', async (req, res) => {
 *   try {
 *     const { blob, glb } = await acceptUpload(req, { kind: 'glb', store, fieldName: 'model' });
 *     res.status(201).json({ url: blob.url, triangles: glb!.triangles });
 *   } catch (e) {
 *     if (!(e instanceof UploadError)) throw e;
 *     res.status(e.status).set('Connection', 'close').json(e.toBody());
 *   }
 * });
 * ```
 * The pieces (`receiveMultipartFile`, `checkUpload`, `BlobStore.commit`) are exported for other flows.
 */
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits';
export { UploadError, MissingFileError, type UploadErrorStatus } from './upload-error';
export { sniffType, type SniffedType, type UploadKind } from './sniff';
export { receiveMultipartFile, MAX_FIELD_BYTES, type ReceivedFile, type ReceiveOptions } from './receive-multipart';
export { checkUpload, maxBytesFor, type CheckedUpload } from './check-upload';
export { ALLOWED_REQUIRED_EXTENSIONS, type GlbReport } from './check-glb';
export type { TextureInfo } from './glb-budget';
export type { ImageReport } from './check-image';
export { createDiskBlobStore, type BlobStore, type StoredBlob } from './blob-store';
export { acceptUpload, type AcceptedUpload, type AcceptUploadOptions } from './accept-upload';
