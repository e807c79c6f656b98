/**
 * Generates assets/models/*.glb from the model catalogue, verifies each file by reading it back,
 * prints a summary and refreshes the table in assets/README.md.
 *
 *   npx tsx assets/generate/generate-assets.ts           write files
 *   npx tsx assets/generate/generate-assets.ts --check   write nothing; fail if files are stale
 *
 * Output is deterministic (no timestamps, no randomness), so `--check` can run in CI.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeGlb } from './gltf-writer';
import { type GlbReport, inspectGlb } from './inspect-glb';
import type { ModelSpec } from './model-spec';
import { buildAllModels } from './models/index';

const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const TABLE_BEGIN = '<!-- models:begin -->';
const TABLE_END = '<!-- models:end -->';

const fmt = (v: number): string => v.toFixed(3);
const size = (r: GlbReport): string => [0, 1, 2].map((a) => fmt((r.max[a] ?? 0) - (r.min[a] ?? 0))).join(' × ');
const bbox = (r: GlbReport): string => `[${r.min.map(fmt).join(', ')}] – [${r.max.map(fmt).join(', ')}]`;

function consoleTable(rows: readonly GlbReport[]): string {
  const head = ['file', 'kind', 'tris', 'bbox min – max (m)', 'bytes'];
  const body = rows.map((r) => [`${r.name}.glb`, r.kind, String(r.triangles), bbox(r), String(r.bytes)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function markdownTable(rows: readonly { spec: ModelSpec; report: GlbReport }[]): string {
  const lines = [
    '| File | Kind | Description | Triangles | Size w × h × d (m) | Bytes |',
    '| --- | --- | --- | ---: | --- | ---: |',
    ...rows.map(({ spec, report }) =>
      `| \`${spec.name}.glb\` | \`${spec.kind}\` | ${spec.description} | ${report.triangles} | ${size(report)} | ${report.bytes} |`),
  ];
  const total = rows.reduce((n, r) => n + r.report.bytes, 0);
  return `${lines.join('\n')}\n\nTotal: ${rows.length} files, ${total} bytes.`;
}

/** Replaces the generated block in the README; leaves the hand-written prose alone. */
async function updateReadme(table: string, check: boolean): Promise<boolean> {
  const text = await readFile(README, 'utf8').catch(() => null);
  if (text === null) return true;
  const start = text.indexOf(TABLE_BEGIN);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README is missing the ${TABLE_BEGIN} / ${TABLE_END} markers`);
  const next = `${text.slice(0, start + TABLE_BEGIN.length)}\n${table}\n${text.slice(end)}`;
  if (next === text) return true;
  if (!check) await writeFile(README, next);
  return false;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  await mkdir(MODELS_DIR, { recursive: true });
  const rows: { spec: ModelSpec; report: GlbReport }[] = [];
  const stale: string[] = [];
  let failed = false;

  for (const spec of buildAllModels()) {
    const bytes = await writeGlb(spec);
    const report = await inspectGlb(bytes);
    if (report.issues.length > 0) {
      failed = true;
      console.error(`${spec.name}: ${report.issues.join('; ')}`);
    }
    const file = `${MODELS_DIR}${spec.name}.glb`;
    if (check) {
      const onDisk = await readFile(file).catch(() => null);
      if (!onDisk || Buffer.compare(onDisk, bytes) !== 0) stale.push(`${spec.name}.glb`);
    } else if (report.issues.length === 0) {
      await writeFile(file, bytes);
    }
    rows.push({ spec, report });
  }

  console.log(consoleTable(rows.map((r) => r.report)));
  const total = rows.reduce((n, r) => n + r.report.bytes, 0);
  console.log(`\n${rows.length} models, ${total} bytes in total`);

  const known = new Set(rows.map((r) => `${r.spec.name}.glb`));
  const extra = (await readdir(MODELS_DIR)).filter((f) => f.endsWith('.glb') && !known.has(f));
  if (extra.length > 0) console.warn(`not produced by the generator (delete if obsolete): ${extra.join(', ')}`);

  if (!(await updateReadme(markdownTable(rows), check))) stale.push('README.md table');
  if (check && stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')} (run npm run assets)`);
    failed = true;
  }
  if (failed) process.exitCode = 1;
}

await main();
