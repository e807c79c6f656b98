import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkUpload } from './check-upload';
import { makeGlb } from './glb-fixtures';
import { DEFAULT_UPLOAD_LIMITS } from './limits';
import { UploadError } from './upload-error';

// gltf-validator stood in for, to reproduce what real files cannot do on demand: never settle.
const validateBytes = vi.hoisted(() => vi.fn());
vi.mock('gltf-validator', () => ({ validateBytes }));

describe('checkUpload: gltf-validator is bounded', () => {
  beforeEach(() => {
    validateBytes.mockReset();
  });

  it('refuses a model whose validation does not settle in time', async () => {
    validateBytes.mockReturnValue(new Promise(() => {}));
    const started = performance.now();
    const error = await checkUpload(await makeGlb(), 'glb', { ...DEFAULT_UPLOAD_LIMITS, validatorTimeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 422, message: 'validation took longer than 0.2 s: simplify the model' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('caps the issue count and refuses every external resource', async () => {
    validateBytes.mockResolvedValue({ validatorVersion: 'stub', issues: { numErrors: 0, numWarnings: 0, numInfos: 0, numHints: 0, messages: [], truncated: false } });
    await checkUpload(await makeGlb(), 'glb', { ...DEFAULT_UPLOAD_LIMITS, validatorMaxIssues: 7 });
    const options = validateBytes.mock.calls[0]![1] as { maxIssues: number; format: string; externalResourceFunction: (uri: string) => Promise<Uint8Array> };
    expect(options).toMatchObject({ maxIssues: 7, format: 'glb' });
    await expect(options.externalResourceFunction('textures/a.png')).rejects.toThrow(/not allowed/);
  });
});
