/** A GLB split into its JSON document and its binary chunk. */
export interface GlbContainer {
  json: Record<string, unknown>;
  /** The BIN chunk: the only place a model's buffers and images may live. */
  bin: Uint8Array | undefined;
}

const HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/**
 * Splits a GLB 2.0 container (spec §4.4). Returns undefined when the container is malformed;
 * gltf-validator then says precisely how, so this reader does not try to.
 */
export function readGlbContainer(bytes: Uint8Array): GlbContainer | undefined {
  if (bytes.length < HEADER_BYTES + CHUNK_HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredLength = view.getUint32(8, true);
  if (view.getUint32(4, true) !== 2 || declaredLength > bytes.length) return undefined;
  const jsonLength = view.getUint32(12, true);
  const jsonEnd = HEADER_BYTES + CHUNK_HEADER_BYTES + jsonLength;
  if (view.getUint32(16, true) !== CHUNK_JSON || jsonEnd > declaredLength) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_BYTES + CHUNK_HEADER_BYTES, jsonEnd)));
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  let bin: Uint8Array | undefined;
  if (jsonEnd + CHUNK_HEADER_BYTES <= declaredLength && view.getUint32(jsonEnd + 4, true) === CHUNK_BIN) {
    const binStart = jsonEnd + CHUNK_HEADER_BYTES;
    bin = bytes.subarray(binStart, Math.min(binStart + view.getUint32(jsonEnd, true), declaredLength));
  }
  return { json, bin };
}

/** Narrowing helpers: the JSON is untrusted, so every read checks its type. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `json[key]` as an array of objects (non-objects become `{}` so indices still line up). */
export function recordsAt(json: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = json[key];
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
}

/** A non-negative integer at `record[key]`, else undefined. */
export function indexAt(record: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = record?.[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
