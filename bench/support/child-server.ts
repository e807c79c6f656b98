import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A server running in its own process, so load generator and server never share an event loop. */
export interface ChildServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** Everything it printed on stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed by a signal). */
  stop(graceMs?: number): Promise<number | null>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/** Children still running; killed outright if the bench process exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killRunningOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * Runs `node --import tsx <script>` from the repository root and resolves once its output matches
 * `ready`, whose first group is the port it listens on (it must listen on 127.0.0.1).
 */
export async function spawnChildServer(options: {
  name: string;
  /** Script path relative to the repository root. */
  script: string;
  env: Record<string, string>;
  ready: RegExp;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killRunningOnExit();
  running.add(child);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  void exited.then(() => running.delete(child));

  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const stop = async (graceMs = 10_000): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  try {
    const port = await new Promise<string>((done, fail) => {
      const timeoutMs = options.timeoutMs ?? 60_000;
      const timer = setTimeout(() => fail(new Error(`${options.name} did not start within ${timeoutMs / 1000} s:\n${log}`)), timeoutMs);
      const check = () => {
        const match = options.ready.exec(log);
        if (!match) return;
        clearTimeout(timer);
        done(match[1]!);
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      void exited.then((code) => {
        clearTimeout(timer);
        fail(new Error(`${options.name} exited with code ${code} before it was ready:\n${log}`));
      });
    });
    return { url: `http://127.0.0.1:${port}`, pid: child.pid!, output: () => log, stop };
  } catch (error) {
    await stop(1000);
    throw error;
  }
}

/** Polls `url` until it answers 2xx (the server may print its address before every route is up). */
export async function waitUntilAnswering(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (last: ${last})`);
}
