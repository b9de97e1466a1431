/**
 * Hostile upstreams on loopback: one that trickles a byte per second (in the head, then in the body) and ones that
 * send headers forever (as fast as the socket takes them, and one line at a time). Each must end as a classified
 * failure within the probe's timeout plus slack, release its connection, and leave the healthy probes of the
 * same run untouched.
 */
import net from 'node:net';
import { nodeDeps } from '../../src/deps.js';
import type { ProbeResult } from '../../src/probe/result.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { fakeLookup, probeOptions, spec } from '../probe/options.js';
import { startHttp, type Running } from '../probe/servers.js';

const TIMEOUT_MS = 1500;
/* Slack for a loaded 2-core runner; a probe that ignored its timeout would run as long as the server lasts. */
const SLACK_MS = 1500;

interface Hostile extends Running {
  /** Connections the server still holds: the probe must have closed its end. */
  open(): number;
}

/** A raw server that waits for the request head and then runs `behave`, stopping every timer when the socket goes. */
function startHostile(behave: (socket: net.Socket, stop: (timer: NodeJS.Timeout) => void) => void): Promise<Hostile> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const timers = new Set<NodeJS.Timeout>();
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      for (const timer of timers) clearInterval(timer);
    });
    socket.once('data', () => behave(socket, (timer) => timers.add(timer)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        open: () => sockets.size,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** Writes `text` one byte per second. */
const trickle = (text: string) => (socket: net.Socket, stop: (timer: NodeJS.Timeout) => void): void => {
  let index = 0;
  const send = (): void => {
    if (index < text.length && !socket.destroyed) socket.write(text[index++]!);
  };
  send();
  stop(setInterval(send, 1000));
};

/** Header lines without end, as fast as the socket drains (node's parser gives up at 16 KiB). */
const headersFlood = (socket: net.Socket): void => {
  let line = 0;
  const pump = (): void => {
    while (!socket.destroyed) {
      if (!socket.write(`X-Flood-${line++}: ${'a'.repeat(100)}\r\n`)) {
        socket.once('drain', pump);
        return;
      }
    }
  };
  socket.write('HTTP/1.1 200 OK\r\n');
  pump();
};

/** Header lines without end, one every 50 ms: under any size limit for the whole timeout. */
const headersDrip = (socket: net.Socket, stop: (timer: NodeJS.Timeout) => void): void => {
  let line = 0;
  socket.write('HTTP/1.1 200 OK\r\n');
  stop(setInterval(() => socket.write(`X-Drip-${line++}: a\r\n`), 50));
};

const servers: Array<Running & { open?: () => number }> = [];
let hostile: Record<'trickleHead' | 'trickleBody' | 'flood' | 'drip', Hostile>;
let healthy: Running;

beforeAll(async () => {
  const [trickleHead, trickleBody, flood, drip] = await Promise.all([
    startHostile(trickle('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')),
    startHostile((socket, stop) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 64\r\n\r\n');
      trickle('x'.repeat(64))(socket, stop);
    }),
    startHostile(headersFlood),
    startHostile(headersDrip),
  ]);
  hostile = { trickleHead: trickleHead!, trickleBody: trickleBody!, flood: flood!, drip: drip! };
  healthy = await startHttp((_request, response) => response.end('ok'));
  servers.push(...Object.values(hostile), healthy);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('hostile upstreams in one probe run', () => {
  let probes: Record<string, ProbeResult>;
  let findings: { ruleId: string; message: string }[];
  let wallMs: number;
  let maxLagMs = 0;

  beforeAll(async () => {
    const url = (port: number): string => `http://127.0.0.1:${port}/health`;
    const specs = [
      spec('trickle-head', { url: url(hostile.trickleHead.port), timeoutMs: TIMEOUT_MS }),
      spec('trickle-body', { url: url(hostile.trickleBody.port), timeoutMs: TIMEOUT_MS }),
      spec('headers-flood', { url: url(hostile.flood.port), timeoutMs: TIMEOUT_MS }),
      spec('headers-drip', { url: url(hostile.drip.port), timeoutMs: TIMEOUT_MS }),
      ...Array.from({ length: 6 }, (_, index) => spec(`healthy-${index}`, { url: url(healthy.port), timeoutMs: TIMEOUT_MS, expect: { status: [200], body: 'ok' } })),
    ];
    // Event-loop lag while the run goes: a flood the client reads synchronously would show up here.
    let last = performance.now();
    const lag = setInterval(() => {
      const now = performance.now();
      maxLagMs = Math.max(maxLagMs, now - last - 20);
      last = now;
    }, 20);
    const started = performance.now();
    try {
      const result = await runProbes(probeOptions(specs), nodeDeps(), [], { lookup: fakeLookup({}) });
      wallMs = performance.now() - started;
      probes = Object.fromEntries(result.probes.map((probe) => [probe.name, probe]));
      findings = result.findings;
    } finally {
      clearInterval(lag);
    }
  }, 30_000);

  test('each hostile server ends as its class, within the timeout plus slack', () => {
    expect(probes['trickle-head']).toMatchObject({ ok: false, class: 'timeout_headers', status: null });
    expect(probes['trickle-body']).toMatchObject({ ok: false, class: 'truncated_body', status: 200 });
    expect(probes['headers-flood']).toMatchObject({ ok: false, class: 'bad_response', status: null });
    expect(probes['headers-flood']!.error).toMatch(/HPE_HEADER_OVERFLOW/);
    expect(probes['headers-drip']).toMatchObject({ ok: false, class: 'timeout_headers', status: null });
    for (const name of ['trickle-head', 'trickle-body', 'headers-drip']) {
      expect(probes[name]!.timings.total).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(probes[name]!.timings.total).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    }
    // The flood overflows node's header limit long before the timeout.
    expect(probes['headers-flood']!.timings.total).toBeLessThan(TIMEOUT_MS);
  });

  test('each failure is a finding of its class', () => {
    const ids = findings.map((finding) => finding.ruleId).sort();
    expect(ids).toEqual(['probe/bad-response', 'probe/timeout-headers', 'probe/timeout-headers', 'probe/truncated-body']);
  });

  test('healthy probes in the same run pass and are not held up', () => {
    for (let index = 0; index < 6; index++) {
      const probe = probes[`healthy-${index}`]!;
      expect(probe).toMatchObject({ ok: true, class: null, status: 200 });
      expect(probe.timings.total).toBeLessThan(SLACK_MS);
    }
    // All run side by side in the default pool of 16: the whole run takes one timeout, not four.
    expect(wallMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(maxLagMs).toBeLessThan(SLACK_MS);
  });

  test('every hostile connection is closed by the probe, none left open on the servers', async () => {
    const deadline = Date.now() + 2000;
    const open = (): number => Object.values(hostile).reduce((sum, server) => sum + server.open(), 0);
    while (open() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(open()).toBe(0);
  });
});
