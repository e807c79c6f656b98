/**
 * Test fixtures: real GLBs and PNGs built with glTF-Transform and pngjs (dev dependencies, so only
 * tests import this file), plus a GLB repacker to craft what glTF-Transform refuses to write.
 */
import { Document, NodeIO, Primitive } from '@gltf-transform/core';
import { PNG } from 'pngjs';

/** A real PNG of `width`×`height` (an opaque grey gradient). */
export function makePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = png.data[i + 1] = png.data[i + 2] = (i / 4) % 256;
    png.data[i + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

export interface ModelOptions {
  /** Triangles in the one mesh (a non-indexed soup; none degenerate). */
  triangles?: number;
  /** Nodes that instance the mesh. */
  instances?: number;
  /** Embedded PNG textures, each width×height. */
  textures?: { width: number; height: number }[];
}

/** A valid GLB: one triangle mesh used by `instances` nodes, with optional embedded textures. */
export async function makeGlb({ triangles = 12, instances = 1, textures = [] }: ModelOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const positions = new Float32Array(triangles * 9);
  const uvs = new Float32Array(triangles * 6);
  for (let t = 0; t < triangles; t++) {
    const x = t % 1000;
    const y = Math.floor(t / 1000);
    positions.set([x, y, 0, x + 1, y, 0, x, y + 1, 0], t * 9);
    uvs.set([0, 0, 1, 0, 0, 1], t * 6);
  }
  const material = doc.createMaterial('painted');
  textures.forEach(({ width, height }, i) => {
    const texture = doc.createTexture(`texture-${i}`).setImage(makePng(width, height)).setMimeType('image/png');
    // Only one slot renders, but every texture must be referenced to be kept in the file.
    if (i === 0) material.setBaseColorTexture(texture);
    else doc.createMaterial(`extra-${i}`).setBaseColorTexture(texture);
  });
  const primitive = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer));
  const mesh = doc.createMesh('soup').addPrimitive(primitive);
  const scene = doc.createScene();
  for (let i = 0; i < instances; i++) scene.addChild(doc.createNode(`instance-${i}`).setMesh(mesh).setTranslation([i * 1100, 0, 0]));
  return new Uint8Array(await new NodeIO().writeBinary(doc));
}

/** A GLB's JSON and BIN chunks. */
export function unpackGlb(glb: Uint8Array): { json: Record<string, unknown>; bin: Uint8Array | undefined } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as Record<string, unknown>;
  const binStart = 20 + jsonLength;
  const bin = binStart + 8 <= glb.length ? glb.subarray(binStart + 8, binStart + 8 + view.getUint32(binStart, true)) : undefined;
  return { json, bin };
}

/** Writes a GLB container around `json` and an optional BIN chunk (padded per the spec). */
export function packGlb(json: unknown, bin?: Uint8Array): Uint8Array {
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonChunk = new Uint8Array(text.length + pad(text.length)).fill(0x20);
  jsonChunk.set(text);
  const binChunk = bin ? new Uint8Array(bin.length + pad(bin.length)) : undefined;
  if (bin) binChunk!.set(bin);
  const total = 12 + 8 + jsonChunk.length + (binChunk ? 8 + binChunk.length : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true); // 'glTF'
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonChunk.length, true);
  view.setUint32(16, 0x4e4f534a, true); // 'JSON'
  out.set(jsonChunk, 20);
  if (binChunk) {
    view.setUint32(20 + jsonChunk.length, binChunk.length, true);
    view.setUint32(24 + jsonChunk.length, 0x004e4942, true); // 'BIN\0'
    out.set(binChunk, 28 + jsonChunk.length);
  }
  return out;
}

/** Rewrites a GLB's JSON (and optionally drops its BIN chunk). */
export function editGlb(glb: Uint8Array, edit: (json: Record<string, any>) => void, keepBin = true): Uint8Array {
  const { json, bin } = unpackGlb(glb);
  edit(json);
  return packGlb(json, keepBin ? bin : undefined);
}

/**
 * Triangles a GLB draws, counted with glTF-Transform's object model: independent of the
 * JSON-level counter under test.
 */
export async function trianglesByGltfTransform(glb: Uint8Array): Promise<number> {
  const doc = await new NodeIO().readBinary(glb);
  let total = 0;
  for (const node of doc.getRoot().listNodes()) {
    for (const primitive of node.getMesh()?.listPrimitives() ?? []) {
      const count = primitive.getIndices()?.getCount() ?? primitive.getAttribute('POSITION')?.getCount() ?? 0;
      const mode = primitive.getMode();
      if (mode === Primitive.Mode.TRIANGLES) total += Math.floor(count / 3);
      else if (mode === Primitive.Mode.TRIANGLE_STRIP || mode === Primitive.Mode.TRIANGLE_FAN) total += Math.max(0, count - 2);
    }
  }
  return total;
}
