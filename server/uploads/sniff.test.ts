import { describe, expect, it } from 'vitest';
import { makeGlb, makePng } from './glb-fixtures';
import { makeJpegHeader, makeWebpHeader, PDF_BYTES } from './image-fixtures';
import { describeUnrecognised, sniffType } from './sniff';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffType', () => {
  it('recognises each accepted type by its magic bytes', async () => {
    expect(sniffType(await makeGlb())).toEqual({ kind: 'glb', contentType: 'model/gltf-binary', ext: 'glb' });
    expect(sniffType(makePng(2, 2))).toEqual({ kind: 'image', contentType: 'image/png', ext: 'png' });
    expect(sniffType(makeJpegHeader(8, 8))).toEqual({ kind: 'image', contentType: 'image/jpeg', ext: 'jpg' });
    expect(sniffType(makeWebpHeader(8, 8))).toEqual({ kind: 'image', contentType: 'image/webp', ext: 'webp' });
    expect(sniffType(PDF_BYTES)).toEqual({ kind: 'document', contentType: 'application/pdf', ext: 'pdf' });
  });

  it('refuses everything else, including types that can carry script', () => {
    for (const other of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '<!doctype html><script>', 'GIF89a', '{"asset":{"version":"2.0"}}', 'RIFF\0\0\0\0AVI ', '']) {
      expect(sniffType(text(other)), other).toBeUndefined();
    }
    // glTF 1.0 binary: same magic, version 1.
    expect(sniffType(new Uint8Array([0x67, 0x6c, 0x54, 0x46, 1, 0, 0, 0]))).toBeUndefined();
    // A truncated PNG signature is not a PNG.
    expect(sniffType(makePng(1, 1).subarray(0, 4))).toBeUndefined();
  });

  it('names common refused files', () => {
    expect(describeUnrecognised(text('{"asset":{}}'))).toMatch(/JSON.*\.glb/);
    expect(describeUnrecognised(text('<svg/>'))).toMatch(/SVG/);
    expect(describeUnrecognised(new Uint8Array([0x67, 0x6c, 0x54, 0x46, 1, 0, 0, 0]))).toMatch(/glTF 1\.0/);
  });
});
