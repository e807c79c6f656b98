import { apiSuite } from './api';
import { seedSuite } from './seed';

export interface BenchSuite {
  /** What the suite measures, for the usage line. */
  describe: string;
  run(log: (line: string) => void): Promise<Record<string, unknown>>;
}

/** Every suite `npm run bench -- <name>` knows. Later issues add render and room. */
export const suites: Record<string, BenchSuite> = {
  seed: seedSuite,
  api: apiSuite,
};
