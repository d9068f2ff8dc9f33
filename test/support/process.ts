/** `npm start`'s program (dist/src/main.js) as a real child process, and its resident memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { tempDir } from './stores.js';

export const MAIN = join(PROJECT_ROOT, 'dist/src/main.js');

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function startProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, NEO4J_URI: '', PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

export async function waitForUrl(started: ServerProcess, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /serving (http:\/\/[^/\s]+)\/graphql/.exec(started.output());
    if (match) return match[1];
    if (started.child.exitCode !== null) {
      await new Promise((r) => setTimeout(r, 100)); // the last of its output
      throw new Error(`server exited (${started.child.exitCode}): ${started.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${started.output()}`);
}

/** Resident memory of a process, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb * 1024;
}

/**
 * For a describe block: the real program over a fresh embedded store in a temporary folder, started before
 * its tests and stopped (SIGTERM, waited for) after them. `env` is added to the store's path.
 */
export function useServerProcess(env: Record<string, string>): { readonly url: string; readonly process: ServerProcess } {
  let dir: ReturnType<typeof tempDir> | undefined;
  let server: ServerProcess | undefined;
  let url = '';
  beforeAll(async () => {
    dir = tempDir('chorus-process-');
    server = startProcess({ CHORUS_DATA_PATH: join(dir.path, 'chorus.grafeo'), ...env });
    url = await waitForUrl(server);
  }, 120_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    dir?.remove();
  });
  return {
    get url() {
      return url;
    },
    get process() {
      if (!server) throw new Error('the server process starts in beforeAll');
      return server;
    },
  };
}
