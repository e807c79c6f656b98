import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** One chunk of vite's build manifest (`build.manifest: true`), the fields read here. */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface CriticalJs {
  /** Output files (relative to the build folder) the entry needs before it runs: itself and its static imports, transitively. */
  files: string[];
  bytes: number;
  brotliBytes: number;
}

/**
 * The JavaScript a page must download before its first frame: the entry chunk of `entry` (an
 * html input, e.g. `hall.html`) plus every chunk it imports statically, transitively. Chunks
 * reached only through `import()` (the glTF loader, Rapier) load after the first frame and are
 * left out. Sizes are brotli at the highest quality, as a static host would serve them.
 */
export function criticalJs(outDir: string, entry: string, manifest: Record<string, ManifestChunk> = readManifest(outDir)): CriticalJs {
  const start = manifest[entry];
  if (!start?.isEntry) throw new Error(`${entry} is not an entry of the build manifest`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no such chunk`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry);
  const files = [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  let bytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(outDir, file));
    bytes += body.length;
    brotliBytes += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
  }
  return { files, bytes, brotliBytes };
}

export function readManifest(outDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}
