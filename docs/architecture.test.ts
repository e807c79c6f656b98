import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** The layer table between the markers in docs/architecture.md: folder → folders it may import. */
function readLayerRules(): Map<string, Set<string>> {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const table = /<!-- layers:start -->([\s\S]*?)<!-- layers:end -->/.exec(doc)?.[1] ?? '';
  const rules = new Map<string, Set<string>>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1] || cells[1] === 'folder' || cells[1].startsWith('---')) continue;
    rules.set(cells[1], new Set(cells[2] ? cells[2].split(',').map((s) => s.trim()) : []));
  }
  return rules;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

/** Packages a folder must never import, beyond the folder rules. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  model: /^(?!zod$)(?!zod\/)[^.]/,
  engine: /^(lit|lit\/.*|express|better-sqlite3|kysely|@colyseus\/core|node:.*)$/,
  server: /^(@babylonjs\/.*|lit|lit\/.*|idb)$/,
};

interface Violation {
  file: string;
  spec: string;
  why: string;
}

function checkTree(root: string, rules: Map<string, Set<string>>): Violation[] {
  const violations: Violation[] = [];
  for (const [folder, allowed] of rules) {
    let files: string[];
    try {
      files = sourceFiles(join(root, folder));
    } catch {
      continue;
    }
    for (const file of files) {
      const rel = relative(root, file);
      const isTest = /\.test\.ts$/.test(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(file, '..', spec));
          const targetFolder = target.split(sep)[0]!;
          if (targetFolder === folder) continue;
          if (!rules.has(targetFolder)) continue; // config files at the root, package.json…
          if (!allowed.has(targetFolder)) {
            violations.push({ file: rel, spec, why: `${folder}/ may not import from ${targetFolder}/` });
          } else if (!isTest && target !== targetFolder && target !== join(targetFolder, 'index')) {
            violations.push({ file: rel, spec, why: `import ${targetFolder}/ through its index.ts, not its internals` });
          }
        } else if (FORBIDDEN_PACKAGES[folder]?.test(spec) && !(folder === 'model' && isTest && spec === 'vitest')) {
          violations.push({ file: rel, spec, why: `${folder}/ may not use the package "${spec}"` });
        }
        if (spec === '@babylonjs/core' || spec === '@babylonjs/loaders') {
          violations.push({ file: rel, spec, why: 'import Babylon by deep path, never the whole namespace' });
        }
      }
    }
  }
  return violations;
}

describe('layers (docs/architecture.md)', () => {
  const rules = readLayerRules();

  it('reads the layer table from the architecture doc', () => {
    expect(rules.get('model')?.size).toBe(0);
    expect([...(rules.get('engine') ?? [])]).toEqual(['model']);
    expect(rules.get('server')?.has('engine')).toBe(false);
  });

  it('no module imports upward or around a folder index', () => {
    expect(checkTree(root, rules)).toEqual([]);
  });

  it('catches an upward import, a side-door import and a fenced package', () => {
    const fake = mkdtempSync(join(tmpdir(), 'layers-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(fake, path, '..'), { recursive: true });
        writeFileSync(join(fake, path), text);
      };
      write('app/index.ts', 'export const page = 1;\n');
      write('model/index.ts', "import { page } from '../app';\nexport const x = page;\n");
      write('engine/index.ts', "import { html } from 'lit';\nimport { y } from '../model/hidden';\n");
      write('model/hidden.ts', 'export const y = 2;\n');
      const why = checkTree(fake, rules).map((v) => `${v.file}: ${v.why}`);
      expect(why).toContain('model/index.ts: model/ may not import from app/');
      expect(why).toContain('engine/index.ts: engine/ may not use the package "lit"');
      expect(why).toContain('engine/index.ts: import model/ through its index.ts, not its internals');
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('every code folder has one public index.ts', () => {
    for (const folder of ['model', 'engine', 'editor', 'app', 'server', 'hall-templates']) {
      expect(statSync(join(root, folder, 'index.ts')).isFile(), `${folder}/index.ts`).toBe(true);
    }
  });
});
