/** A real nginx in a throwaway prefix, on a loopback port, started and stopped by PID. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './servers.js';

export interface Gateway {
  port: number;
  prefix: string;
  /** Absolute path of the error_log file. */
  errorLog: string;
  stderr(): string;
  stop(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * `serverBlock` is the body of one `server {}` (listen is added); `httpExtra` goes in `http {}`.
 * master_process off keeps nginx to one process, so killing the PID leaves no orphan workers.
 * `binary` is a name PATH finds or a listed binary's path (test/helpers/gateway-binaries.ts); a wrapper
 * script must `exec` so the spawned PID stays nginx's own.
 */
export async function startNginx(serverBlock: string, httpExtra = '', binary = 'nginx'): Promise<Gateway> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-nginx-'));
  await mkdir(path.join(prefix, 'logs'));
  await mkdir(path.join(prefix, 'tmp'));
  const port = await freePort();
  const errorLog = path.join(prefix, 'logs', 'error.log');
  const conf = [
    'master_process off;',
    `error_log ${errorLog} info;`,
    'events { worker_connections 128; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(prefix, 'tmp', kind)};`),
    httpExtra,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    serverBlock,
    '  }',
    '}',
    '',
  ].join('\n');
  await writeFile(path.join(prefix, 'nginx.conf'), conf);
  const child = spawn(
    binary,
    ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', `daemon off; pid ${path.join(prefix, 'nginx.pid')};`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(child.pid, 'SIGTERM');
      if (!(await waitExit(child, 3000))) {
        process.kill(child.pid, 'SIGKILL');
        await waitExit(child, 3000);
      }
    }
    await rm(prefix, { recursive: true, force: true });
  };
  // Bounded wait for the listen socket: 100 × 50 ms.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    if (await canConnect(port)) return { port, prefix, errorLog, stderr: () => stderr, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not start on 127.0.0.1:${port}: ${stderr}`);
}
