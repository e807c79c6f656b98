import { checkGlb, type GlbReport } from './check-glb';
import { checkImage, type ImageReport } from './check-image';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits';
import { describeType, describeUnrecognised, sniffType, SNIFF_BYTES, type SniffedType, type UploadKind } from './sniff';
import { formatBytes, tooLarge, unsupportedType } from './upload-error';

/** What `checkUpload` learned about an accepted file. */
export interface CheckedUpload {
  type: SniffedType;
  glb?: GlbReport;
  image?: ImageReport;
}

const KIND_NAMES: Record<UploadKind, string> = {
  glb: 'a GLB model',
  image: 'an image (PNG, JPEG or WebP)',
  document: 'a licence document (PDF, PNG, JPEG or WebP)',
};

/**
 * Full check of a file's bytes for the kind the caller expects: sniffed by magic bytes (a mismatch
 * is a 415 naming what the file is), then the size cap for that kind (413), then the content
 * checks — gltf-validator and budgets for models, pixel size for images (422). Throws an
 * `UploadError` whose details list every problem; returns the report.
 *
 * A licence document may be a PDF or a picture (a scan or a photo); pictures sent as documents get
 * the document size cap and no pixel cap, since they are viewed, not rendered in the hall.
 */
export async function checkUpload(
  bytes: Uint8Array,
  expected: UploadKind | UploadKind[],
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<CheckedUpload> {
  const kinds = Array.isArray(expected) ? expected : [expected];
  const expectedText = kinds.map((kind) => KIND_NAMES[kind]).join(' or ');
  const head = bytes.subarray(0, SNIFF_BYTES);
  const type = sniffType(head);
  if (!type) throw unsupportedType(`expected ${expectedText}, but the file is ${describeUnrecognised(head)}`);
  const as = acceptedAs(type, kinds);
  if (!as) throw unsupportedType(`expected ${expectedText}, but the file is ${describeType(type)}`);

  const cap = maxBytesFor(as, limits);
  if (bytes.length > cap) {
    throw tooLarge(`the file is ${formatBytes(bytes.length)}, over the ${formatBytes(cap)} limit for ${KIND_NAMES[as]}`);
  }
  if (type.kind === 'glb') return { type, glb: await checkGlb(bytes, limits) };
  if (type.kind === 'image') return { type, image: checkImage(bytes, as === 'image' ? limits.maxImageSize : undefined) };
  return { type };
}

/** The size cap for an upload kind: what `receiveMultipartFile` should be given as `maxBytes`. */
export function maxBytesFor(kind: UploadKind, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): number {
  if (kind === 'glb') return limits.glbMaxBytes;
  if (kind === 'image') return limits.imageMaxBytes;
  return limits.documentMaxBytes;
}

/** Which expected kind accepts the sniffed type: its own kind first, else a document for a picture. */
function acceptedAs(type: SniffedType, kinds: readonly UploadKind[]): UploadKind | undefined {
  if (kinds.includes(type.kind)) return type.kind;
  return type.kind === 'image' && kinds.includes('document') ? 'document' : undefined;
}
