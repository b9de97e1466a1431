/**
 * The probe phase: every configured (and nginx-derived) probe, run by a bounded worker pool within
 * one time budget, then joined with the gateway log lines written meanwhile and turned into findings.
 */
import { pushAll } from '../collections.js';
import { lookup as dnsLookup } from 'node:dns';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import type { Options, ProbeSpec } from '../config.js';
import type { Deps } from '../deps.js';
import type { Finding } from '../finding.js';
import { LOG_CLASSIFIERS } from '../logs/detect.js';
import type { Gateway } from '../failure-class.js';
import type { LogEvent, LogLineClassifier } from '../logs/types.js';
import type { LookupFunction } from '../safety/guarded-lookup.js';
import { errorMessage, type AttemptResult, type ProbeIo } from './attempt.js';
import { diagnose, pairClass } from './diagnosis.js';
import { locationOf, pairFinding, singleFinding } from './findings.js';
import { nodeLogReader, openLogWindow, readLogWindow, type LogReader, type LogWindow } from './gateway-log.js';
import { probeHttpOnce } from './http-probe.js';
import { matchLogEvent } from './log-match.js';
import type { ProbeResult } from './result.js';
import { withRetries } from './retry.js';
import { BUDGET_EXCEEDED_RULE, GATEWAY_LOG_RULE, INVALID_TARGET_RULE } from './rules.js';
import { displayTarget, planLegs, type Leg } from './targets.js';
import { probeTcpOnce } from './tcp-probe.js';

/** The network and file I/O of the probe phase; tests inject a lookup (no real DNS) and a log reader. */
export interface ProbeRuntime {
  lookup: LookupFunction;
  sleep(ms: number): Promise<void>;
  logReader: LogReader;
  classifiers: Partial<Record<Gateway, LogLineClassifier>>;
}

export function nodeProbeRuntime(): ProbeRuntime {
  return {
    lookup: dnsLookup as unknown as LookupFunction,
    sleep: (ms) => sleep(ms),
    logReader: nodeLogReader,
    classifiers: LOG_CLASSIFIERS,
  };
}

const LOG_SETTLE_MS = 100;

export interface ProbePhaseResult {
  findings: Finding[];
  probes: ProbeResult[];
}

interface PlannedProbe {
  spec: ProbeSpec;
  legs: Leg[];
  ca?: Buffer;
}

/** Reads each distinct `tls.ca` file once; an unreadable one makes its probes invalid, not the run. */
async function loadCas(specs: readonly ProbeSpec[], deps: Deps): Promise<Map<string, Buffer | { failure: string }>> {
  const cas = new Map<string, Buffer | { failure: string }>();
  for (const spec of specs) {
    const caPath = spec.tls.ca;
    if (!caPath || cas.has(caPath)) continue;
    try {
      cas.set(caPath, await deps.readFile(caPath));
    } catch (error) {
      cas.set(caPath, { failure: (error as NodeJS.ErrnoException).code ?? errorMessage(error) });
    }
  }
  return cas;
}

function invalidFinding(spec: ProbeSpec, reason: string): Finding {
  const location = locationOf(spec);
  return {
    ruleId: INVALID_TARGET_RULE.id,
    severity: INVALID_TARGET_RULE.severity,
    message: `Probe ${JSON.stringify(spec.name)} cannot run: it ${reason}`,
    ...(location ? { location } : {}),
  };
}

function skippedResult(spec: ProbeSpec, leg: Leg, budgetMs: number): ProbeResult {
  return {
    name: spec.name,
    url: displayTarget(leg),
    ok: false,
    class: null,
    status: null,
    bodyOrigin: null,
    timings: { dns: null, connect: null, tls: null, ttfb: null, total: 0 },
    attempts: 0,
    assertions: [`[BUDGET] (exhausted) < ${budgetMs}ms`],
    ...(leg.role ? { role: leg.role } : {}),
  };
}

function toResult(spec: ProbeSpec, leg: Leg, attempt: AttemptResult, attempts: number): ProbeResult {
  return {
    name: spec.name,
    url: displayTarget(leg),
    ok: attempt.ok,
    class: attempt.class,
    status: attempt.status,
    bodyOrigin: attempt.bodyOrigin,
    timings: attempt.timings,
    attempts,
    assertions: attempt.assertions,
    ...(leg.role ? { role: leg.role } : {}),
    ...(attempt.error ? { error: attempt.error } : {}),
  };
}

/**
 * A generic gateway 5xx (class `http_status`, gateway body) says nothing about the cause; the log
 * line the gateway wrote for it does ("connect() failed (111…)" = refused).
 */
function refineWithLog(result: ProbeResult, event: LogEvent | undefined, logPath: string): ProbeResult {
  if (!event) return result;
  const gatewayLog = { path: logPath, line: event.line, text: event.text, signature: event.signature };
  const refined = result.class === 'http_status' && result.bodyOrigin === 'gateway' ? { class: event.class } : {};
  return { ...result, ...refined, gatewayLog };
}

/** Validates each spec and loads its CA; the invalid ones become findings and are not run. */
async function planProbes(specs: readonly ProbeSpec[], deps: Deps, findings: Finding[]): Promise<PlannedProbe[]> {
  const cas = await loadCas(specs, deps);
  const planned: PlannedProbe[] = [];
  for (const spec of specs) {
    const plan = planLegs(spec);
    if ('error' in plan) {
      findings.push(invalidFinding(spec, plan.error));
      continue;
    }
    const ca = spec.tls.ca ? cas.get(spec.tls.ca) : undefined;
    if (ca !== undefined && !Buffer.isBuffer(ca)) {
      findings.push(invalidFinding(spec, `sets tls.ca ${JSON.stringify(spec.tls.ca)} that cannot be read (${ca.failure}); fix the path`));
      continue;
    }
    planned.push({ spec, legs: plan.legs, ...(ca ? { ca } : {}) });
  }
  return planned;
}

function attemptLeg(probe: PlannedProbe, leg: Leg, timeoutMs: number, io: ProbeIo): Promise<AttemptResult> {
  const { spec } = probe;
  if (leg.kind === 'tcp') {
    return probeTcpOnce({ address: leg.target, timeoutMs, ...(spec.expect.maxMs ? { maxMs: spec.expect.maxMs } : {}) }, io);
  }
  return probeHttpOnce(
    {
      url: leg.target,
      timeoutMs,
      expect: spec.expect,
      ...(spec.method ? { method: spec.method } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
      tls: { ...spec.tls, ...(probe.ca ? { ca: probe.ca } : {}) },
    },
    io,
  );
}

/**
 * Every leg of every probe through one pool of `probe.concurrency` workers. A leg that would start
 * after the deadline is skipped; a running one is cut at the deadline (withRetries caps its timeout).
 */
async function runLegs(
  planned: readonly PlannedProbe[],
  options: Options,
  deps: Deps,
  runtime: ProbeRuntime,
): Promise<{ results: ProbeResult[][]; skipped: number; crashes: Finding[] }> {
  const deadline = deps.now() + options.probe.budgetMs;
  const io: ProbeIo = { lookup: runtime.lookup, now: () => deps.now(), allow: options.allow };
  const limit = pLimit(options.probe.concurrency);
  let skipped = 0;
  const crashes: Finding[] = [];
  const runLeg = (probe: PlannedProbe, leg: Leg): Promise<ProbeResult> =>
    limit(async () => {
      if (deps.now() >= deadline) {
        skipped += 1;
        return skippedResult(probe.spec, leg, options.probe.budgetMs);
      }
      const policy = { retries: probe.spec.retries, timeoutMs: probe.spec.timeoutMs, deadline, now: io.now, sleep: runtime.sleep };
      try {
        const { result, attempts } = await withRetries((timeoutMs) => attemptLeg(probe, leg, timeoutMs, io), policy);
        return toResult(probe.spec, leg, result, attempts);
      } catch (error) {
        // A spec node:http/net refuses outright (planLegs missed it): one finding, never a lost run.
        crashes.push(invalidFinding(probe.spec, `could not be sent to ${JSON.stringify(leg.target)}: ${errorMessage(error)}`));
        return { ...skippedResult(probe.spec, leg, options.probe.budgetMs), assertions: [], error: errorMessage(error) };
      }
    });
  const results = await Promise.all(planned.map((probe) => Promise.all(probe.legs.map((leg) => runLeg(probe, leg)))));
  return { results, skipped, crashes };
}

/** Classified lines appended to `gateway_log` since `window` was opened, or why they could not be read. */
async function readGatewayEvents(
  options: Options,
  window: LogWindow | undefined,
  runtime: ProbeRuntime,
): Promise<{ events: LogEvent[]; error?: string }> {
  if (!window || !options.gatewayLog) return { events: [] };
  const format = options.gatewayLog.format ?? 'nginx';
  const classify = runtime.classifiers[format];
  if (!classify) return { events: [], error: `no ${format} log reader is available` };
  // nginx writes error_log before it answers, but HAProxy logs a stream when it ends, just after
  // the last byte went out: give that line a moment to reach the file.
  if (format !== 'nginx') await runtime.sleep(LOG_SETTLE_MS);
  try {
    return { events: await readLogWindow(window, runtime.logReader, classify) };
  } catch (error) {
    return { events: [], error: (error as NodeJS.ErrnoException).code ?? errorMessage(error) };
  }
}

/** Results and the finding of one probe: a single leg, or a via/direct pair with its diagnosis. */
function assemble(probe: PlannedProbe, results: ProbeResult[], events: readonly LogEvent[], logPath: string): { probes: ProbeResult[]; finding?: Finding } {
  const withLog = (result: ProbeResult, leg: Leg, partner?: Leg): { result: ProbeResult; event?: LogEvent } => {
    if (result.ok) return { result };
    const event = matchLogEvent(events, leg, partner);
    return event ? { result: refineWithLog(result, event, logPath), event } : { result };
  };
  if (probe.legs.length === 1) {
    const { result, event } = withLog(results[0]!, probe.legs[0]!);
    const finding = singleFinding(probe.spec, result, event);
    return { probes: [result], ...(finding ? { finding } : {}) };
  }
  const [viaLeg, directLeg] = probe.legs as [Leg, Leg];
  const via = withLog(results[0]!, viaLeg, directLeg);
  // A failing direct side is matched by its own address for the via request: the gateway's failover line names it.
  const direct = withLog(results[1]!, directLeg, viaLeg);
  const diagnosis = diagnose(via.result, direct.result);
  const event = via.event ?? direct.event;
  // A body the upstream sent (its own 5xx, a cut 200) already says what happened; a log class never overrides it.
  const logClass = via.result.ok || via.result.bodyOrigin === 'upstream' ? undefined : event?.class;
  const probeClass = pairClass(diagnosis, via.result, direct.result, logClass, event?.haproxyTermination);
  const finding = pairFinding(probe.spec, via.result, direct.result, diagnosis, probeClass, event);
  return { probes: [{ ...via.result, diagnosis }, { ...direct.result, diagnosis }], ...(finding ? { finding } : {}) };
}

export async function runProbes(
  options: Options,
  deps: Deps,
  extraTargets: ProbeSpec[] = [],
  runtime: Partial<ProbeRuntime> = {},
): Promise<ProbePhaseResult> {
  const io = { ...nodeProbeRuntime(), ...runtime };
  const specs = [...options.probes, ...extraTargets];
  const findings: Finding[] = [];
  if (specs.length === 0) return { findings, probes: [] };
  const planned = await planProbes(specs, deps, findings);

  // Remember the log's size before the first packet: only lines appended from here on are ours.
  let window: LogWindow | undefined;
  let logError: string | undefined;
  if (options.gatewayLog) {
    try {
      window = await openLogWindow(options.cwd, options.gatewayLog.path, io.logReader);
    } catch (error) {
      logError = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
    }
  }
  const { results, skipped, crashes } = await runLegs(planned, options, deps, io);
  pushAll(findings, crashes);
  const log = await readGatewayEvents(options, window, io);
  logError ??= log.error;
  if (options.gatewayLog && logError) {
    findings.push({
      ruleId: GATEWAY_LOG_RULE.id,
      severity: GATEWAY_LOG_RULE.severity,
      message: `Gateway log ${JSON.stringify(options.gatewayLog.path)} could not be read (${logError}), so probe failures carry no log line; check gateway_log`,
    });
  }

  const probes: ProbeResult[] = [];
  planned.forEach((probe, index) => {
    const assembled = assemble(probe, results[index]!, log.events, options.gatewayLog?.path ?? '');
    pushAll(probes, assembled.probes);
    if (assembled.finding) findings.push(assembled.finding);
  });
  if (skipped > 0) {
    findings.push({
      ruleId: BUDGET_EXCEEDED_RULE.id,
      severity: BUDGET_EXCEEDED_RULE.severity,
      message: `Probe budget of ${options.probe.budgetMs}ms ran out with ${skipped} probe request(s) not started; raise probe.budget_ms, probe.concurrency, or lower timeout_ms`,
      ...(options.configPath ? { location: { path: options.configPath, line: 1 } } : {}),
    });
  }
  return { findings, probes };
}
