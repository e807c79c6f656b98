/**
 * Every upload budget in one place. The defaults are what a booth model, a product picture or a
 * scanned licence needs; a deployment can pass its own `UploadLimits` to `checkUpload`.
 */
export interface UploadLimits {
  /** Largest accepted GLB file, in bytes (enforced while the upload streams in). */
  glbMaxBytes: number;
  /** Largest accepted PNG/JPEG/WebP picture, in bytes. */
  imageMaxBytes: number;
  /** Largest accepted licence document (PDF or picture), in bytes. */
  documentMaxBytes: number;
  /** Most triangles a model may draw, counting every node that instances a mesh. */
  maxTriangles: number;
  /** Largest width or height of a texture embedded in a model, in pixels. */
  maxTextureSize: number;
  /** Most images a model may embed. */
  maxTextures: number;
  /** Largest width or height of an uploaded picture, in pixels. */
  maxImageSize: number;
  /** Issues gltf-validator collects before it stops (bounds its memory and the report's size). */
  validatorMaxIssues: number;
  /** How long gltf-validator may run before the upload is refused. */
  validatorTimeoutMs: number;
}

const MB = 1024 * 1024;

/** 20 MB models (≤ 100,000 triangles, ≤ 16 textures of ≤ 2048 px), 5 MB pictures (≤ 4096 px), 10 MB documents. */
export const DEFAULT_UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  glbMaxBytes: 20 * MB,
  imageMaxBytes: 5 * MB,
  documentMaxBytes: 10 * MB,
  maxTriangles: 100_000,
  maxTextureSize: 2048,
  maxTextures: 16,
  maxImageSize: 4096,
  validatorMaxIssues: 100,
  validatorTimeoutMs: 10_000,
});
