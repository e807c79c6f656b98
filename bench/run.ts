import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suites } from './suites';

/**
 * `npm run bench -- <suite>`: runs one benchmark suite, prints its progress, then one JSON object
 * as the last line, and writes the same object to `bench/results/<suite>.json`. Benchmarks measure;
 * they never fail a build on a number (compare ratios within one run: these machines are shared).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const suite = name ? suites[name] : undefined;
  if (!name || !suite) {
    console.error(`usage: npm run bench -- <suite>\nsuites: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  const started = Date.now();
  const result = { suite: name, at: new Date(started).toISOString(), ...(await suite.run((line) => console.log(line))) };
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
