import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUpload } from './check-upload';
import { editGlb, makeGlb, makePng, trianglesByGltfTransform, unpackGlb } from './glb-fixtures';
import { makeJpegHeader, makeWebpHeader, PDF_BYTES } from './image-fixtures';
import { DEFAULT_UPLOAD_LIMITS } from './limits';
import { UploadError } from './upload-error';

const MODELS_DIR = path.resolve(import.meta.dirname, '../../assets/models');
const MB = 1024 * 1024;

/** The UploadError `promise` rejects with (fails the test if it resolves or throws anything else). */
async function refusal(promise: Promise<unknown>): Promise<UploadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UploadError)) throw new Error(`expected an UploadError, got ${String(error)}`);
  return error;
}

describe('checkUpload: GLB models', () => {
  const assets = fs.readdirSync(MODELS_DIR).filter((name) => name.endsWith('.glb'));

  it.each(assets)('accepts assets/models/%s with its true triangle count', async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(MODELS_DIR, name)));
    const { type, glb } = await checkUpload(bytes, 'glb');
    expect(type.ext).toBe('glb');
    expect(glb!.validator.errors).toBe(0);
    expect(glb!.meshes).toBeGreaterThan(0);
    expect(glb!.triangles).toBeGreaterThan(0);
    expect(glb!.triangles).toBe(await trianglesByGltfTransform(bytes));
  });

  it('counts a mesh once per node that instances it', async () => {
    const { glb } = await checkUpload(await makeGlb({ triangles: 100, instances: 3 }), 'glb');
    expect(glb).toMatchObject({ triangles: 300, meshes: 1 });
  });

  it('refuses a model over the triangle budget, saying by how much', async () => {
    const bytes = await makeGlb({ triangles: 60_800, instances: 3 });
    const error = await refusal(checkUpload(bytes, 'glb'));
    expect(error.status).toBe(422);
    expect(error.message).toBe('the model has 182,400 triangles, 82,400 over the budget of 100,000');
    expect(await trianglesByGltfTransform(bytes)).toBe(182_400);
  });

  it('reports embedded textures and refuses one over the size budget', async () => {
    const { glb } = await checkUpload(await makeGlb({ textures: [{ width: 256, height: 128 }] }), 'glb');
    expect(glb!.textures).toEqual([{ width: 256, height: 128, mimeType: 'image/png' }]);

    const error = await refusal(checkUpload(await makeGlb({ textures: [{ width: 4096, height: 32 }] }), 'glb'));
    expect(error.status).toBe(422);
    expect(error.details).toEqual(["texture 'texture-0' is 4096×32 px, 2,048 px over the maximum of 2,048 px"]);
  });

  it('refuses more textures than the budget', async () => {
    const textures = Array.from({ length: 17 }, () => ({ width: 4, height: 4 }));
    const error = await refusal(checkUpload(await makeGlb({ textures }), 'glb'));
    expect(error.details).toEqual(['the model has 17 textures, 1 over the budget of 16']);
  });

  it('refuses external buffers and images, relative or http, naming each', async () => {
    const model = await makeGlb({ textures: [{ width: 4, height: 4 }] });
    const external = editGlb(model, (json) => {
      json.buffers[0].uri = 'model.bin';
      json.images[0] = { uri: 'https://cdn.example.com/textures/a.png', mimeType: 'image/png' };
    }, false);
    const error = await refusal(checkUpload(external, 'glb'));
    expect(error.status).toBe(422);
    expect(error.details).toEqual([
      "external resource 'model.bin' is not allowed: embed everything in the GLB",
      "external resource 'https://cdn.example.com/textures/a.png' is not allowed: embed everything in the GLB",
    ]);
  });

  it('refuses data: URIs even though they are self-contained', async () => {
    const model = await makeGlb();
    const { bin } = unpackGlb(model);
    const dataUri = editGlb(model, (json) => {
      json.buffers[0].uri = `data:application/octet-stream;base64,${Buffer.from(bin!).toString('base64')}`;
    }, false);
    const error = await refusal(checkUpload(dataUri, 'glb'));
    expect(error.details).toEqual(["buffers[0] is a data: URI, which is not allowed: only the GLB's binary chunk may hold data"]);
  });

  it('refuses corrupted bytes after a valid header with the validator errors', async () => {
    const corrupted = (await makeGlb()).slice();
    for (let i = 20; i < corrupted.length; i++) corrupted[i] = (i * 151) & 255;
    const error = await refusal(checkUpload(corrupted, 'glb'));
    expect(error.status).toBe(422);
    expect(error.details!.length).toBeGreaterThan(0);
    for (const line of error.details!) expect(line).toMatch(/^[A-Z_]+ at [^:]+: /);
  });

  it('refuses a truncated GLB', async () => {
    const error = await refusal(checkUpload((await makeGlb()).subarray(0, 200), 'glb'));
    expect(error.status).toBe(422);
    expect(error.details!.some((line) => line.startsWith('GLB_'))).toBe(true);
  });

  it('refuses a required extension the engine cannot load, clearly', async () => {
    const draco = editGlb(await makeGlb(), (json) => {
      json.extensionsUsed = ['KHR_draco_mesh_compression'];
      json.extensionsRequired = ['KHR_draco_mesh_compression'];
    });
    const error = await refusal(checkUpload(draco, 'glb'));
    expect(error.status).toBe(422);
    expect(error.details).toEqual(["the model requires the extension 'KHR_draco_mesh_compression', which the expo engine cannot load"]);
  });

  it('refuses by magic bytes: a PNG is not a model, whatever it is called', async () => {
    const error = await refusal(checkUpload(makePng(8, 8), 'glb'));
    expect(error.status).toBe(415);
    expect(error.message).toBe('expected a GLB model, but the file is a PNG image');
    const gltf = await refusal(checkUpload(new TextEncoder().encode('{"asset":{"version":"2.0"}}'), 'glb'));
    expect(gltf.status).toBe(415);
    expect(gltf.message).toMatch(/JSON file/);
  });

  it('refuses a model over the size cap with 413 before validating it', async () => {
    const error = await refusal(checkUpload(await makeGlb(), 'glb', { ...DEFAULT_UPLOAD_LIMITS, glbMaxBytes: 100 }));
    expect(error.status).toBe(413);
  });
});

describe('checkUpload: images', () => {
  it('accepts PNG, JPEG and WebP with their size', async () => {
    expect(await checkUpload(makePng(64, 32), 'image')).toMatchObject({ type: { ext: 'png' }, image: { width: 64, height: 32 } });
    expect(await checkUpload(makeJpegHeader(640, 480), 'image')).toMatchObject({ type: { ext: 'jpg' }, image: { width: 640, height: 480 } });
    expect(await checkUpload(makeWebpHeader(300, 200), 'image')).toMatchObject({ type: { ext: 'webp' }, image: { width: 300, height: 200 } });
  });

  it('refuses a GLB where an image is expected', async () => {
    const error = await refusal(checkUpload(await makeGlb(), 'image'));
    expect(error.status).toBe(415);
    expect(error.message).toBe('expected an image (PNG, JPEG or WebP), but the file is a GLB model');
  });

  it('refuses images over the pixel cap, saying by how much', async () => {
    const error = await refusal(checkUpload(makeWebpHeader(5000, 4097), 'image'));
    expect(error.status).toBe(422);
    expect(error.details).toEqual(['904 px too wide (5,000 px, max 4,096)', '1 px too tall (4,097 px, max 4,096)']);
  });

  it('refuses images over 5 MB and damaged headers', async () => {
    const big = new Uint8Array(5 * MB + 1);
    big.set(makePng(1, 1).subarray(0, 8));
    expect((await refusal(checkUpload(big, 'image'))).status).toBe(413);
    const damaged = makePng(16, 16).subarray(0, 12);
    expect((await refusal(checkUpload(damaged, 'image'))).status).toBe(422);
  });
});

describe('checkUpload: licence documents', () => {
  it('accepts a PDF, and a picture with no pixel cap', async () => {
    expect((await checkUpload(PDF_BYTES, 'document')).type).toEqual({ kind: 'document', contentType: 'application/pdf', ext: 'pdf' });
    expect(await checkUpload(makeWebpHeader(8000, 6000), 'document')).toMatchObject({ image: { width: 8000, height: 6000 } });
  });

  it('caps documents at 10 MB and refuses models and PDFs where they do not belong', async () => {
    const big = new Uint8Array(10 * MB + 1);
    big.set(PDF_BYTES);
    expect((await refusal(checkUpload(big, 'document'))).status).toBe(413);
    expect((await refusal(checkUpload(await makeGlb(), 'document'))).status).toBe(415);
    expect((await refusal(checkUpload(PDF_BYTES, 'image'))).message).toBe('expected an image (PNG, JPEG or WebP), but the file is a PDF document');
  });

  it('accepts any of several expected kinds, each with its own rules', async () => {
    expect((await checkUpload(PDF_BYTES, ['image', 'document'])).type.ext).toBe('pdf');
    // As an image first: the pixel cap applies.
    expect((await refusal(checkUpload(makeWebpHeader(8000, 10), ['image', 'document']))).status).toBe(422);
  });
});
