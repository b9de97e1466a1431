/** The isolate wall with real processes: environment, user, network namespace, limits, process-group kills. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isolatedCommand, isolationNotice, isolationSupport, runIsolated, startIsolated, UNPRIVILEGED_ID } from '../../src/gateway/isolate.js';

const have = isolationSupport();
const expectNetns = have.netnsAsRoot || have.netnsAsUser;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-isolate-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('runIsolated', () => {
  test('the binary sees PATH and LANG only: a secret in gatewatch\'s environment is not there', async () => {
    process.env.GATEWATCH_ISOLATE_SECRET = 'planted-secret-value';
    try {
      const result = await runIsolated('env', [], { timeoutMs: 10_000 });
      expect(result.code).toBe(0);
      const names = result.stdout.trim().split('\n').map((line) => line.split('=')[0]).filter((name) => name !== 'PWD');
      expect(names.sort()).toEqual(['LANG', 'PATH']);
      expect(result.stdout).not.toContain('planted-secret-value');
    } finally {
      delete process.env.GATEWATCH_ISOLATE_SECRET;
    }
  });

  test('as root the binary runs as the unprivileged user; otherwise as ourselves', async () => {
    const result = await runIsolated('id', ['-u'], { timeoutMs: 10_000 });
    expect(result.stdout.trim()).toBe(String(have.root ? UNPRIVILEGED_ID : process.getuid!()));
    expect(result.isolation.user).toBe(have.root ? 'dropped' : 'unprivileged');
  });

  test('a fresh network namespace: loopback only, and it is up (or the gap is reported where the kernel refuses one)', async () => {
    const result = await runIsolated('cat', ['/proc/net/dev'], { timeoutMs: 10_000 });
    if (!expectNetns) {
      expect(result.isolation.gaps).toEqual(['network']);
      return;
    }
    const interfaces = result.stdout.split('\n').slice(2).map((line) => line.split(':')[0]!.trim()).filter(Boolean);
    expect(interfaces).toEqual(['lo']);
    expect(result.isolation).toEqual({ network: 'own-namespace', user: have.root ? 'dropped' : 'unprivileged', limits: true, gaps: [] });
  });

  test('without a namespace to be had, the run says so in one notice', () => {
    const none = { ...have, netnsAsRoot: false, netnsAsUser: false };
    const planned = isolatedCommand('/usr/sbin/nginx', ['-t'], { timeoutMs: 1000 }, none);
    expect(planned.isolation.gaps).toEqual(['network']);
    expect(planned.args.slice(-2)).toEqual(['/usr/sbin/nginx', '-t']);
    expect(isolationNotice([planned.isolation, planned.isolation])).toMatch(/^The gateway binary ran without its own network namespace/);
    expect(isolationNotice([])).toBeUndefined();
  });

  test('CPU time, address space and file size are limited', async () => {
    const result = await runIsolated('sh', ['-c', 'ulimit -t; ulimit -v; ulimit -f'], { timeoutMs: 10_000, cpuSeconds: 7, memoryBytes: 512 * 1024 * 1024, fileBytes: 1024 * 1024 });
    expect(result.stdout.trim().split('\n')).toEqual(['7', String(512 * 1024), '2048']);
  });

  test('a CPU-bound binary is stopped by its CPU limit', async () => {
    const result = await runIsolated('sh', ['-c', 'while :; do :; done'], { timeoutMs: 30_000, cpuSeconds: 1 });
    expect(result.timedOut).toBe(false);
    expect(result.code).not.toBe(0);
  });

  test('the wall time kills the whole process group, background children included', async () => {
    const pidFile = path.join(dir, 'bg.pid');
    const result = await runIsolated('sh', ['-c', `sleep 60 & echo $! > ${pidFile}; wait`], { timeoutMs: 1500, sandboxDir: dir });
    expect(result.timedOut).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(pid)).toBe(false);
  });

  test('the sandbox dir is writable by the user the binary runs as', async () => {
    const result = await runIsolated('touch', [path.join(dir, 'written')], { timeoutMs: 10_000, sandboxDir: dir });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, 'written'))).toBe(true);
  });

  test('a missing binary is ENOENT, not a shell error', async () => {
    const result = await runIsolated('gatewatch-no-such-binary', ['-t'], { timeoutMs: 10_000 });
    expect(result.spawnError).toBe('ENOENT');
  });
});

describe('startIsolated', () => {
  test('stop() ends the whole process group and resolves when it is gone', async () => {
    const pidFile = path.join(dir, 'serve.pid');
    const served = await startIsolated('sh', ['-c', `sleep 60 & echo $! > ${pidFile}; echo ready; wait`], { timeoutMs: 60_000, network: 'none', sandboxDir: dir });
    for (let i = 0; i < 50 && !served.output().includes('ready'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(served.output()).toContain('ready');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(served.pid)).toBe(true);
    await served.stop();
    for (let i = 0; i < 50 && alive(child); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(served.pid)).toBe(false);
    expect(alive(child)).toBe(false);
  });

  test('the wall time bounds a served process too', async () => {
    const served = await startIsolated('sleep', ['60'], { timeoutMs: 500, network: 'shared' });
    const exit = await served.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(served.isolation.network).toBe('shared');
    expect(served.isolation.gaps).toEqual([]);
  });
});
