/**
 * Writes the built-in hall and booth templates to hall-templates/halls/ and hall-templates/booths/.
 *
 *   npx tsx hall-templates/generate/generate-templates.ts
 *
 * The JSON files are committed; this script is how they are made, and a test checks that its
 * output still equals them. Deterministic: the same code always writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BoothTemplateDocument, HallLayoutDocument } from '../../model';
import { cornerBooth, inlineBooth } from './shell-booths';
import { islandBooth, peninsulaBooth, rawSpace } from './open-booths';
import { pavilion12 } from './pavilion-12';
import { premiumIslands } from './premium-islands';
import { standardGrid } from './standard-grid';
import { toTemplateJson } from './template-json';
import { twoZoneStage } from './two-zone-stage';

/** One output file: its path relative to hall-templates/ and its full text. */
export interface TemplateFile {
  path: string;
  json: string;
}

/**
 * Builds every template file. Pure: writes nothing. Each document is validated first, so an
 * invalid template is never written.
 */
export function generateTemplateFiles(): TemplateFile[] {
  const booths = [inlineBooth(), cornerBooth(), peninsulaBooth(), islandBooth(), rawSpace()];
  const halls = [standardGrid(), premiumIslands(), twoZoneStage(), pavilion12()];
  return [
    ...booths.map((b) => ({ path: `booths/${b.id}.json`, json: toTemplateJson(BoothTemplateDocument.parse(b)) })),
    ...halls.map((h) => ({ path: `halls/${h.id}.json`, json: toTemplateJson(HallLayoutDocument.parse(h)) })),
  ];
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of generateTemplateFiles()) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.json);
    console.log(`wrote hall-templates/${file.path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
