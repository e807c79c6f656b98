import { validateBytes, type ValidationMessage, type ValidationReport } from 'gltf-validator';
import { countTriangles, readTextures, triangleProblem, type TextureInfo } from './glb-budget';
import { readGlbContainer, recordsAt } from './glb-container';
import type { UploadLimits } from './limits';
import { invalidContent, UploadError } from './upload-error';

/** What a model costs and what gltf-validator said about it. */
export interface GlbReport {
  triangles: number;
  textures: TextureInfo[];
  meshes: number;
  validator: {
    errors: number;
    warnings: number;
    infos: number;
    /** The first ≤ 20 messages, as `CODE at pointer: message`. */
    messages: string[];
    /** True when the validator stopped at `validatorMaxIssues`, or more than 20 messages exist. */
    truncated: boolean;
  };
}

const REPORTED_MESSAGES = 20;
const ERROR = 0;

/**
 * Required extensions the engine's glTF loader handles without fetching a decoder, and that do not
 * hide data from the budget checks. Draco, meshopt and KTX2 are absent on purpose: the engine
 * loads no decoders (see engine/scene/load-glb.ts).
 */
export const ALLOWED_REQUIRED_EXTENSIONS: readonly string[] = [
  'KHR_mesh_quantization',
  'KHR_texture_transform',
  'KHR_materials_unlit',
  'KHR_materials_emissive_strength',
  'EXT_texture_webp',
];

/**
 * Full check of a GLB: its resources are all embedded, gltf-validator finds no errors (within
 * `validatorMaxIssues` and `validatorTimeoutMs`), its required extensions are loadable, and it is
 * within the triangle and texture budgets. Throws a 422 whose details list every problem found.
 */
export async function checkGlb(bytes: Uint8Array, limits: UploadLimits): Promise<GlbReport> {
  const glb = readGlbContainer(bytes);
  const problems = glb ? [...externalResourceProblems(glb.json), ...requiredExtensionProblems(glb.json)] : [];
  const report = await validate(bytes, limits);
  const { messages, errors, moreErrors } = validatorMessages(report, problems.length > 0);
  if (errors.length > 0 || problems.length > 0 || !glb) {
    const details = [...problems, ...errors];
    if (!glb && details.length === 0) details.push('the GLB container is malformed');
    if (moreErrors > 0) details.push(`…and ${moreErrors} more validator errors`);
    throw invalidContent('the model failed its checks', details);
  }

  const triangles = countTriangles(glb.json);
  const { textures, problems: textureProblems } = readTextures(glb, limits.maxTextureSize, limits.maxTextures);
  const budgetProblems = [triangleProblem(triangles, limits.maxTriangles), ...textureProblems].filter((p) => p !== undefined);
  if (budgetProblems.length > 0) throw invalidContent(budgetProblems.join('; '), budgetProblems);

  const { issues } = report;
  return {
    triangles,
    textures,
    meshes: recordsAt(glb.json, 'meshes').length,
    validator: {
      errors: issues.numErrors,
      warnings: issues.numWarnings,
      infos: issues.numInfos,
      messages,
      truncated: issues.truncated || issues.messages.length > REPORTED_MESSAGES,
    },
  };
}

/**
 * Runs gltf-validator, bounded: `maxIssues` caps the report, and a timer refuses files whose
 * validation does not settle in time (pathological input can leave the promise pending forever).
 * External resources are refused so that a `uri` counts as an error instead of being fetched.
 */
async function validate(bytes: Uint8Array, limits: UploadLimits): Promise<ValidationReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(invalidContent(`validation took longer than ${+(limits.validatorTimeoutMs / 1000).toFixed(1)} s: simplify the model`)),
      limits.validatorTimeoutMs,
    );
  });
  try {
    const validation = validateBytes(bytes, {
      format: 'glb',
      maxIssues: limits.validatorMaxIssues,
      writeTimestamp: false,
      externalResourceFunction: (uri) => Promise.reject(new Error(`external resource '${uri}' is not allowed`)),
    });
    return await Promise.race([validation, timeout]);
  } catch (error) {
    if (error instanceof UploadError) throw error;
    // The validator rejects only when it cannot even recognise the format.
    throw invalidContent('the model could not be validated', [String(error).slice(0, 300)]);
  } finally {
    clearTimeout(timer);
  }
}

function validatorMessages(report: ValidationReport, skipIoErrors: boolean): { messages: string[]; errors: string[]; moreErrors: number } {
  const all = report.issues.messages;
  // Our own URI check already explains each refused resource; the validator's IO_ERROR would repeat it.
  const skipped = skipIoErrors ? all.filter((m) => m.code === 'IO_ERROR' && m.severity === ERROR).length : 0;
  const errors = all.filter((m) => m.severity === ERROR && !(skipIoErrors && m.code === 'IO_ERROR'));
  const shown = errors.slice(0, REPORTED_MESSAGES);
  return {
    messages: all.slice(0, REPORTED_MESSAGES).map(formatMessage),
    errors: shown.map(formatMessage),
    // numErrors counts errors past `maxIssues` too, which the report does not list.
    moreErrors: Math.max(0, report.issues.numErrors - skipped - shown.length),
  };
}

/** `CODE at /json/pointer: message`; byte offsets for container problems, `/` for the root (an empty pointer). */
const formatMessage = (m: ValidationMessage) =>
  `${m.code} at ${m.pointer ? m.pointer : m.offset !== undefined ? `byte ${m.offset}` : '/'}: ${m.message}`;

/**
 * Buffers and images must live in the BIN chunk. A relative path or URL would make the engine
 * fetch files nobody checked; a data: URI would smuggle bytes past the size and texture checks.
 */
function externalResourceProblems(json: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['buffers', 'images']) {
    recordsAt(json, key).forEach((resource, index) => {
      const uri = resource.uri;
      if (uri === undefined) return;
      if (typeof uri === 'string' && uri.trim().toLowerCase().startsWith('data:')) {
        problems.push(`${key}[${index}] is a data: URI, which is not allowed: only the GLB's binary chunk may hold data`);
      } else {
        problems.push(`external resource '${printable(uri)}' is not allowed: embed everything in the GLB`);
      }
    });
  }
  return problems;
}

function requiredExtensionProblems(json: Record<string, unknown>): string[] {
  const required = Array.isArray(json.extensionsRequired) ? json.extensionsRequired : [];
  return required
    .filter((name) => !ALLOWED_REQUIRED_EXTENSIONS.includes(String(name)))
    .map((name) => `the model requires the extension '${printable(name)}', which the expo engine cannot load`);
}

/** A user-supplied value, shortened and stripped of control characters, for an error message. */
function printable(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  const text = String(value).replace(/[\u0000-\u001f\u007f]/g, '?');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
