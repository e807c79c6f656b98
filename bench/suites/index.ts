import { apiSuite } from './api';
import { renderSuite } from './render';
import { roomSuite } from './room';
import { seedSuite } from './seed';

export interface BenchSuite {
  /** What the suite measures, for the usage line. */
  describe: string;
  run(log: (line: string) => void): Promise<Record<string, unknown>>;
}

/** Every suite `npm run bench -- <name>` knows. */
export const suites: Record<string, BenchSuite> = {
  seed: seedSuite,
  api: apiSuite,
  room: roomSuite,
  render: renderSuite,
};
