import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * A bench helper process (a server or a load generator) spoken to over Node's IPC channel:
 * `request(type, body)` sends `{ id, type, body }` and resolves with the child's
 * `{ id, ok, body | error }` answer. Output is collected for error reports; the child is killed if
 * the bench exits without stopping it.
 */
export interface IpcChild {
  pid: number;
  request<T = unknown>(type: string, body?: unknown, timeoutMs?: number): Promise<T>;
  /** Everything it printed on stdout and stderr so far. */
  output(): string;
  /** Asks it to stop (SIGTERM), SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** What an IPC child sends back for each request. */
export type IpcAnswer = { id: number; ok: true; body: unknown } | { id: number; ok: false; error: string };

const repoRoot = resolve(import.meta.dirname, '../..');
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Runs `node [nodeArgs] --import tsx <script>` (path relative to the repository root) with an IPC channel. */
export function spawnIpcChild(name: string, script: string, env: Record<string, string> = {}, nodeArgs: readonly string[] = []): IpcChild {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
  running.add(child);
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  void exited.then(() => running.delete(child));

  let nextId = 1;
  const pending = new Map<number, { done: (body: unknown) => void; fail: (error: Error) => void }>();
  child.on('message', (raw) => {
    const answer = raw as IpcAnswer;
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    if (answer.ok) waiter.done(answer.body);
    else waiter.fail(new Error(`${name}: ${answer.error}`));
  });
  void exited.then((code) => {
    for (const waiter of pending.values()) waiter.fail(new Error(`${name} exited (code ${code}) before answering:\n${log.slice(-4000)}`));
    pending.clear();
  });

  return {
    pid: child.pid!,
    output: () => log,
    request<T>(type: string, body?: unknown, timeoutMs = 120_000): Promise<T> {
      const id = nextId++;
      return new Promise<T>((done, fail) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new Error(`${name} did not answer "${type}" within ${timeoutMs / 1000} s:\n${log.slice(-4000)}`));
        }, timeoutMs);
        pending.set(id, {
          done: (value) => {
            clearTimeout(timer);
            done(value as T);
          },
          fail: (error) => {
            clearTimeout(timer);
            fail(error);
          },
        });
        if (!child.connected) {
          pending.delete(id);
          clearTimeout(timer);
          fail(new Error(`${name} is not running:\n${log.slice(-4000)}`));
          return;
        }
        child.send({ id, type, body });
      });
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * The child's side: answers each request with `handlers[type](body)`. Unknown types and thrown
 * errors are answered as errors, so the parent never waits for nothing.
 */
export function serveIpcRequests(handlers: Record<string, (body: unknown) => unknown>): void {
  if (!process.send) throw new Error('this script must be started with an IPC channel (bench/support/ipc-child.ts)');
  process.on('message', (raw) => {
    const { id, type, body } = raw as { id: number; type: string; body: unknown };
    const handler = handlers[type];
    const reply = (answer: IpcAnswer) => process.send?.(answer);
    if (!handler) {
      reply({ id, ok: false, error: `unknown request "${type}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(body))
      .then(
        (result) => reply({ id, ok: true, body: result ?? null }),
        (error: unknown) => reply({ id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  // The parent going away (its IPC channel closing) ends this helper too.
  process.on('disconnect', () => process.exit(0));
}
