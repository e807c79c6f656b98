/** What an upload is meant to be: a 3D model, a picture, or a licence document. */
export type UploadKind = 'glb' | 'image' | 'document';

/** A type recognised from a file's first bytes. */
export interface SniffedType {
  kind: UploadKind;
  contentType: string;
  ext: 'glb' | 'png' | 'jpg' | 'webp' | 'pdf';
}

/** How many leading bytes `sniffType` needs to recognise every accepted type. */
export const SNIFF_BYTES = 12;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const GLB_MAGIC = ascii('glTF');
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF_MAGIC = ascii('%PDF-');

/**
 * Recognises GLB 2.0, PNG, JPEG, WebP and PDF by their magic bytes — never by file name or the
 * client's MIME type, which an uploader controls. Returns undefined for anything else (SVG and
 * HTML included: they can carry script).
 */
export function sniffType(head: Uint8Array): SniffedType | undefined {
  if (startsWith(head, GLB_MAGIC)) {
    // glTF 1.0 binaries share the magic; only version 2 is a model the engine loads.
    const version = head.length >= 8 ? new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true) : 0;
    return version === 2 ? { kind: 'glb', contentType: 'model/gltf-binary', ext: 'glb' } : undefined;
  }
  if (startsWith(head, PNG_MAGIC)) return { kind: 'image', contentType: 'image/png', ext: 'png' };
  if (startsWith(head, JPEG_MAGIC)) return { kind: 'image', contentType: 'image/jpeg', ext: 'jpg' };
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return { kind: 'image', contentType: 'image/webp', ext: 'webp' };
  if (startsWith(head, PDF_MAGIC)) return { kind: 'document', contentType: 'application/pdf', ext: 'pdf' };
  return undefined;
}

/** Content type for a stored extension, for serving; undefined for anything not accepted. */
export function contentTypeForExt(ext: string): string | undefined {
  return CONTENT_TYPES.get(ext);
}

// A Map, not an object literal, so names like `constructor` never resolve to a prototype member.
const CONTENT_TYPES = new Map<string, string>([
  ['glb', 'model/gltf-binary'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['pdf', 'application/pdf'],
]);

/** Names a few common files that are not accepted, so the refusal can say what was sent. */
export function describeUnrecognised(head: Uint8Array): string {
  const text = new TextDecoder().decode(head.subarray(0, 64)).trimStart();
  if (startsWith(head, GLB_MAGIC)) return 'a glTF 1.0 binary (only glTF 2.0 GLB is accepted)';
  if (text.startsWith('{')) return 'a JSON file (a .gltf? export a binary .glb with everything embedded)';
  if (text.startsWith('GIF8')) return 'a GIF image';
  if (/^<(\?xml|svg|!doctype|html)/i.test(text)) return 'an XML/SVG/HTML document';
  if (startsWith(head, ascii('PK'))) return 'a ZIP archive';
  return 'of an unrecognised type';
}

/** `a GLB model`, `a PNG image`, … */
export function describeType(type: SniffedType): string {
  if (type.kind === 'glb') return 'a GLB model';
  if (type.ext === 'pdf') return 'a PDF document';
  return `a ${type.ext === 'jpg' ? 'JPEG' : type.ext === 'png' ? 'PNG' : 'WebP'} image`;
}
