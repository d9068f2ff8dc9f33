/** A Neo4j of a test's own (neo4j/run.sh as a child process, on its own port and data folder), to stop and start again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface Neo4jProcess {
  uri: string;
  stop(): Promise<void>;
}

export function startNeo4j(port: number, homeDir: string, timeoutMs = 180_000): Promise<Neo4jProcess> {
  const child: ChildProcess = spawn('bash', [join(PROJECT_ROOT, 'neo4j/run.sh')], {
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_HOME_DIR: homeDir, NEO4J_HEAP: '512m', NEO4J_HEAP_MIN: '128m', NEO4J_PAGECACHE: '64m' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start on port ${port} within ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (/NEO4J READY/.test(output)) {
        clearTimeout(timer);
        resolve({
          uri: `bolt://127.0.0.1:${port}`,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (${code}) before it was ready:\n${output.slice(-2000)}`));
    });
  });
}
