/**
 * `gatewatch demo`'s probe scenario: three real loopback upstreams — one healthy, one down (a port
 * that was bound and then closed, so connecting is refused), one that answers only after the probe's
 * timeout — probed with the same runProbes a CI run uses.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { defaultOptions, type ProbeSpec } from '../config.js';
import type { Deps } from '../deps.js';
import type { Finding } from '../finding.js';
import type { ProbeResult } from '../probe/result.js';
import { runProbes, type ProbeRuntime } from '../probe/run-probes.js';

export interface DemoScenario {
  findings: Finding[];
  probes: ProbeResult[];
  /** Closes every server the scenario started; safe to call more than once. */
  stop(): Promise<void>;
}

const SLOW_ANSWER_MS = 1500;
const PROBE_TIMEOUT_MS = 500;

interface Upstream {
  port: number;
  close(): Promise<void>;
}

function startUpstream(handler: http.RequestListener): Promise<Upstream> {
  const server = http.createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  let closed: Promise<void> | undefined;
  // Destroy held connections too: the slow upstream may still be sitting on a timed-out request.
  const close = (): Promise<void> =>
    (closed ??= new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close }));
  });
}

function demoSpec(name: string, url: string): ProbeSpec {
  return { name, url, timeoutMs: PROBE_TIMEOUT_MS, retries: 0, expect: { status: [200] }, tls: {} };
}

export async function runDemoScenario(deps: Deps, runtime: Partial<ProbeRuntime> = {}): Promise<DemoScenario> {
  const timers = new Set<NodeJS.Timeout>();
  const started: Upstream[] = [];
  const stop = async (): Promise<void> => {
    for (const timer of timers) clearTimeout(timer);
    await Promise.all(started.map((upstream) => upstream.close()));
  };
  try {
    const healthy = await startUpstream((_request, response) => response.end('{"status":"up"}\n'));
    started.push(healthy);
    const slow = await startUpstream((_request, response) => {
      const timer = setTimeout(() => response.end('{"status":"up, eventually"}\n'), SLOW_ANSWER_MS);
      timers.add(timer);
    });
    started.push(slow);
    // Bound, then closed: nothing listens there any more, so the kernel refuses the connection.
    const down = await startUpstream(() => undefined);
    await down.close();

    const options = {
      ...defaultOptions(deps.cwd),
      probes: [
        demoSpec('demo: healthy upstream', `http://127.0.0.1:${healthy.port}/health`),
        demoSpec('demo: upstream down', `http://127.0.0.1:${down.port}/health`),
        demoSpec('demo: upstream slower than its timeout', `http://127.0.0.1:${slow.port}/health`),
      ],
    };
    const { findings, probes } = await runProbes(options, deps, [], runtime);
    return { findings, probes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
