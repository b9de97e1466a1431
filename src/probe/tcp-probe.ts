/** One `tcp: host:port` probe attempt on node:net: success is a completed three-way handshake. */
import net from 'node:net';
import { checkHost, normalizeHost, type BlockedTargetError } from '../safety/blocked-target.js';
import { guardLookup } from '../safety/guarded-lookup.js';
import { describeError, phaseTimings, type AttemptResult, type PhaseMarks, type ProbeIo } from './attempt.js';
import { PROBE_TIMEOUT_CODE, classifyError, errorAssertion, errorCode } from './classify.js';

export interface TcpTarget {
  /** `host:port` or `[v6]:port`. */
  address: string;
  timeoutMs: number;
  maxMs?: number;
}

/** `[::1]:5432` and `db:5432`; the brackets are how an IPv6 literal keeps its colons apart from the port. */
export function splitHostPort(address: string): { host: string; port: number } {
  const match = /^\[?([^\]\s]+?)\]?:(\d+)$/.exec(address);
  if (!match) throw new Error(`"${address}" is not host:port`);
  return { host: normalizeHost(match[1]!), port: Number(match[2]) };
}

function tcpDetail(error: unknown, probeClass: string, timeoutMs: number): string | undefined {
  const blocked = (error as Partial<BlockedTargetError>).verdict?.target;
  if (blocked) return JSON.stringify(blocked);
  return probeClass === 'timeout_connect' ? `${timeoutMs}ms` : undefined;
}

export function probeTcpOnce(target: TcpTarget, io: ProbeIo): Promise<AttemptResult> {
  const { host, port } = splitHostPort(target.address);
  const verdict = checkHost(host, io.allow);
  const literal = net.isIP(host) !== 0;
  if (verdict) {
    return Promise.resolve({
      ok: false,
      class: 'blocked_target',
      status: null,
      bodyOrigin: null,
      timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
      assertions: [errorAssertion('blocked_target', undefined, JSON.stringify(verdict.target))],
      error: `refused to probe "${target.address}" (${verdict.why})`,
    });
  }
  const marks: PhaseMarks = { start: io.now(), end: 0 };
  return new Promise((resolve) => {
    // The guarded lookup refuses a name that resolves to a blocked address before net connects.
    const socket = net.connect({ host, port, lookup: guardLookup(io.lookup, io.allow) });
    const finish = (error?: unknown): void => {
      clearTimeout(timer);
      marks.end = io.now();
      socket.destroy();
      const timings = phaseTimings(marks, literal);
      if (error === undefined) {
        const slow = target.maxMs !== undefined && marks.end - marks.start > target.maxMs;
        resolve({
          ok: !slow,
          class: slow ? 'slow' : null,
          status: null,
          bodyOrigin: null,
          timings,
          assertions: slow ? [`[CONNECT_TIME] (${Math.round(marks.end - marks.start)}ms) <= ${target.maxMs}ms`] : [],
        });
        return;
      }
      // A TCP probe ends at the handshake, so every failure happened while connecting.
      const probeClass = classifyError(error, 'connecting');
      resolve({
        ok: false,
        class: probeClass,
        status: null,
        bodyOrigin: null,
        timings,
        assertions: [errorAssertion(probeClass, errorCode(error), tcpDetail(error, probeClass, target.timeoutMs))],
        error: describeError(error),
      });
    };
    // net's own `timeout` option only reports idleness; a hard deadline needs our timer.
    const timer = setTimeout(() => {
      const error = Object.assign(new Error(`no connection within ${target.timeoutMs}ms`), { code: PROBE_TIMEOUT_CODE });
      finish(error);
    }, target.timeoutMs);
    socket.once('lookup', () => (marks.lookup ??= io.now()));
    socket.once('connect', () => {
      marks.connect = io.now();
      finish();
    });
    socket.once('error', (error) => finish(error));
  });
}
