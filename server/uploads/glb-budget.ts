import { readImageSize } from './check-image';
import { indexAt, isRecord, recordsAt, type GlbContainer } from './glb-container';
import { sniffType } from './sniff';
import { formatCount } from './upload-error';

/** One image embedded in a model, as the GPU will see it. */
export interface TextureInfo {
  width: number;
  height: number;
  mimeType: string;
}

// glTF primitive modes (spec §3.7.2.1).
const TRIANGLES = 4;
const TRIANGLE_STRIP = 5;
const TRIANGLE_FAN = 6;

/**
 * Triangles the model draws, per the glTF spec: a TRIANGLES primitive draws count ÷ 3, a strip or
 * a fan count − 2, points and lines none; `count` is the indices accessor's, else POSITION's.
 * Each node that uses a mesh draws it again, so a mesh used by 3 nodes costs 3× (and a node with
 * EXT_mesh_gpu_instancing costs once per instance). Counted from accessor counts in the JSON, so
 * compressed (Draco/meshopt) primitives are counted too. Assumes the JSON passed gltf-validator.
 */
export function countTriangles(json: Record<string, unknown>): number {
  const accessors = recordsAt(json, 'accessors');
  const accessorCount = (index: number | undefined) => indexAt(index === undefined ? undefined : accessors[index], 'count') ?? 0;
  const perMesh = recordsAt(json, 'meshes').map((mesh) =>
    recordsAt(mesh, 'primitives').reduce((sum, primitive) => {
      const attributes = isRecord(primitive.attributes) ? primitive.attributes : {};
      const count = accessorCount(indexAt(primitive, 'indices') ?? indexAt(attributes, 'POSITION'));
      const mode = indexAt(primitive, 'mode') ?? TRIANGLES;
      if (mode === TRIANGLES) return sum + Math.floor(count / 3);
      if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return sum + Math.max(0, count - 2);
      return sum;
    }, 0),
  );
  let total = 0;
  for (const node of recordsAt(json, 'nodes')) {
    const mesh = indexAt(node, 'mesh');
    if (mesh === undefined) continue;
    total += (perMesh[mesh] ?? 0) * gpuInstances(node, accessorCount);
  }
  return total;
}

function gpuInstances(node: Record<string, unknown>, accessorCount: (index: number | undefined) => number): number {
  const extensions = isRecord(node.extensions) ? node.extensions : {};
  const instancing = extensions.EXT_mesh_gpu_instancing;
  if (!isRecord(instancing) || !isRecord(instancing.attributes)) return 1;
  const first = Object.values(instancing.attributes).find((value) => typeof value === 'number');
  return Math.max(1, accessorCount(first));
}

/** The triangle budget problem, saying by how much the model is over; undefined when within it. */
export function triangleProblem(triangles: number, max: number): string | undefined {
  if (triangles <= max) return undefined;
  return `the model has ${formatCount(triangles)} triangles, ${formatCount(triangles - max)} over the budget of ${formatCount(max)}`;
}

/**
 * Reads every image embedded in the BIN chunk (sniffed by magic bytes, sized from its header)
 * and lists the problems: images that are not PNG/JPEG/WebP, unreadable headers, textures over
 * `maxSize` px and more than `maxCount` images. Images with a `uri` are refused elsewhere.
 */
export function readTextures(glb: GlbContainer, maxSize: number, maxCount: number): { textures: TextureInfo[]; problems: string[] } {
  const bufferViews = recordsAt(glb.json, 'bufferViews');
  const images = recordsAt(glb.json, 'images');
  const textures: TextureInfo[] = [];
  const problems: string[] = [];
  images.forEach((image, index) => {
    const label = typeof image.name === 'string' && image.name ? `texture '${image.name}'` : `texture ${index}`;
    const viewIndex = indexAt(image, 'bufferView');
    const view = viewIndex === undefined ? undefined : bufferViews[viewIndex];
    if (!view || !glb.bin) return;
    const start = indexAt(view, 'byteOffset') ?? 0;
    const bytes = glb.bin.subarray(start, start + (indexAt(view, 'byteLength') ?? 0));
    const type = sniffType(bytes);
    if (type?.kind !== 'image') {
      problems.push(`${label} is not a PNG, JPEG or WebP image (the engine cannot decode it)`);
      return;
    }
    const size = readImageSize(bytes);
    if (!size) {
      problems.push(`${label} has a damaged header: its size cannot be read`);
      return;
    }
    textures.push({ ...size, mimeType: type.contentType });
    const side = Math.max(size.width, size.height);
    if (side > maxSize) {
      problems.push(`${label} is ${size.width}×${size.height} px, ${formatCount(side - maxSize)} px over the maximum of ${formatCount(maxSize)} px`);
    }
  });
  if (images.length > maxCount) {
    problems.push(`the model has ${images.length} textures, ${images.length - maxCount} over the budget of ${maxCount}`);
  }
  return { textures, problems };
}
