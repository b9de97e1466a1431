/**
 * AWS Application Load Balancer access log lines → LogEvent. Reads files only; never calls AWS.
 * Field list, `-`/`-1` sentinels and causes: GATEWAYS.md §1 (AWS "Access log entries" and
 * "Troubleshoot your Application Load Balancers" pages, Knowledge Center 502/503/504 articles).
 */
import type { ProbeClass } from '../failure-class.js';
import type { LogEvent, LogLineClassifier } from './types.js';
import { FOREIGN, OK, type LineVerdict } from './verdict.js';

/* 1-based positions of the documented fields we read (AWS access-log table). */
export const ALB_FIELD = {
  type: 1,
  time: 2,
  elb: 3,
  client: 4,
  target: 5,
  requestProcessingTime: 6,
  targetProcessingTime: 7,
  responseProcessingTime: 8,
  elbStatusCode: 9,
  targetStatusCode: 10,
  request: 13,
  targetGroupArn: 17,
  requestCreationTime: 22,
  actionsExecuted: 23,
  errorReason: 25,
  targetList: 26,
  targetStatusList: 27,
} as const;

/*
 * Fields 1–25 carry everything the classification needs; 26–30 came later (target lists 2019,
 * classification 2020, conn_trace_id 2024). AWS: "ignore any fields at the end of the log entry
 * that you were not expecting", so extra trailing fields are fine and fewer than 25 means a cut line.
 */
const MIN_FIELDS = 25;
const MAX_FIELDS = 64;

const TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);

/*
 * The connect timeout and the target TLS-handshake timeout are both 10 s and cannot be changed
 * (KC 504: "You can't adjust the 10-second SSL handshake timeout"); anything under a second is a refusal or reset.
 */
const CONNECT_TIMEOUT_S = 10;
const FAST_S = 1;

/**
 * Splits a line into fields: space separated, `"…"` grouping (user agent, request, target lists
 * contain spaces). Offsets only, so a million ordinary lines allocate no substrings.
 * Returns the field count, or −(count + 1) when the last field opens a quote that never closes (a cut line).
 */
export function splitAlbFields(text: string, starts: Int32Array, ends: Int32Array): number {
  let count = 0;
  let index = 0;
  const length = text.length;
  while (index < length && count < MAX_FIELDS) {
    while (index < length && text.charCodeAt(index) === 32) index += 1;
    if (index >= length) break;
    if (text.charCodeAt(index) === 34) {
      const close = text.indexOf('"', index + 1);
      if (close < 0) return -(count + 1);
      starts[count] = index + 1;
      ends[count] = close;
      index = close + 1;
    } else {
      let end = text.indexOf(' ', index);
      if (end < 0) end = length;
      starts[count] = index;
      ends[count] = end;
      index = end;
    }
    count += 1;
  }
  return count;
}

export interface AlbRecord {
  type: string;
  time: string;
  target: string;
  processingTimes: [number, number, number];
  elbStatus: number;
  /** Undefined for `-`: no connection to the target or no response from it (the "LB-generated" marker). */
  targetStatus?: number;
  request: string;
  targetGroupArn: string;
  requestCreationTime: string;
  actions: string;
  errorReason: string;
  targetList: string;
  /** `time − request_creation_time` in seconds; undefined when either is missing. */
  elapsedS?: number;
}

const starts = new Int32Array(MAX_FIELDS);
const ends = new Int32Array(MAX_FIELDS);

function elapsedSeconds(time: string, created: string): number | undefined {
  const end = Date.parse(time);
  const start = Date.parse(created);
  return Number.isNaN(end) || Number.isNaN(start) ? undefined : (end - start) / 1000;
}

type Parsed = { kind: 'record'; record: AlbRecord } | { kind: 'ok' } | { kind: 'warning'; reason: string } | { kind: 'foreign' };

/** Parses one line; lines whose `elb_status_code` is below 500 stop early (the fast path for healthy traffic). */
function parse(text: string, full: boolean): Parsed {
  const split = splitAlbFields(text, starts, ends);
  const unclosed = split < 0;
  const count = unclosed ? -split - 1 : split;
  const field = (position: number): string => (position <= count ? text.slice(starts[position - 1]!, ends[position - 1]!) : '');
  const type = count > 0 ? field(ALB_FIELD.type) : '';
  if (!TYPES.has(type) || count < 3 || !/^\d{4}-\d\d-\d\dT/.test(field(ALB_FIELD.time))) return { kind: 'foreign' };
  if (unclosed || count < MIN_FIELDS) {
    return { kind: 'warning', reason: `truncated ALB log line (${unclosed ? 'unclosed quote' : `${count} of ${MIN_FIELDS}+ fields`})` };
  }
  const elbText = field(ALB_FIELD.elbStatusCode);
  const elbStatus = Number(elbText);
  if (!/^\d{3}$/.test(elbText)) {
    // `-` is documented for elb_status_code only on HTTP/2 GOAWAY-style aborts; anything else is damage.
    return elbText === '-' ? { kind: 'ok' } : { kind: 'warning', reason: `elb_status_code "${elbText}" is not a status code` };
  }
  if (elbStatus < 500 && !full) return { kind: 'ok' };
  const targetText = field(ALB_FIELD.targetStatusCode);
  const times = [ALB_FIELD.requestProcessingTime, ALB_FIELD.targetProcessingTime, ALB_FIELD.responseProcessingTime].map((position) =>
    Number(field(position)),
  ) as [number, number, number];
  const time = field(ALB_FIELD.time);
  const requestCreationTime = field(ALB_FIELD.requestCreationTime);
  const elapsedS = elapsedSeconds(time, requestCreationTime);
  return {
    kind: 'record',
    record: {
      type,
      time,
      target: field(ALB_FIELD.target),
      processingTimes: times,
      elbStatus,
      ...(/^\d{3}$/.test(targetText) ? { targetStatus: Number(targetText) } : {}),
      request: field(ALB_FIELD.request),
      targetGroupArn: field(ALB_FIELD.targetGroupArn),
      requestCreationTime,
      actions: field(ALB_FIELD.actionsExecuted),
      errorReason: field(ALB_FIELD.errorReason),
      targetList: field(ALB_FIELD.targetList),
      ...(elapsedS !== undefined ? { elapsedS } : {}),
    },
  };
}

/** Parses every field the classifier uses, whatever the status (for tests and tooling). */
export function parseAlbLine(text: string): AlbRecord | undefined {
  const parsed = parse(text, true);
  return parsed.kind === 'record' ? parsed.record : undefined;
}

interface Classification {
  class: ProbeClass;
  why: string;
}

/*
 * error_reason for Lambda targets (GATEWAYS.md §1.3). Target status is `-`: the load balancer wrote the
 * 5xx itself because the function's answer was unusable (or it threw, was throttled, is missing), so
 * none of them is the target's own 5xx; only the platform's connection timeout is a timeout.
 */
function lambdaClass(reason: string): Classification {
  if (reason === 'LambdaConnectionTimeout') return { class: 'timeout_connect', why: `${reason}: generated by the load balancer` };
  return { class: 'bad_response', why: `${reason}: generated by the load balancer` };
}

/**
 * ALB evidence → class (GATEWAYS.md §1.7). The timings cannot separate "refused" from "closed early"
 * (both `-1 -1 -1`), so the elapsed time decides: ≈0 s refused/reset on connect, ≈10 s connect or
 * TLS-handshake timeout, longer means the target accepted and then closed (502) or never answered (504, idle timeout).
 */
export function classifyAlbRecord(record: AlbRecord): Classification | undefined {
  const { elbStatus, targetStatus, elapsedS } = record;
  if (elbStatus < 500) return undefined;
  if (targetStatus !== undefined) {
    // Both codes set: the target answered; an equal 5xx is the target's own error (KC 502: "the target generated it").
    return targetStatus >= 500 ? { class: 'upstream_5xx', why: `target sent ${targetStatus}` } : { class: 'bad_response', why: `target sent ${targetStatus}, load balancer sent ${elbStatus}` };
  }
  if (record.errorReason.startsWith('Lambda')) return lambdaClass(record.errorReason);
  const noTarget = record.target === '-';
  const unanswered = record.processingTimes.every((value) => value === -1);
  const nearConnectTimeout = elapsedS !== undefined && Math.abs(elapsedS - CONNECT_TIMEOUT_S) < 0.5;
  const elapsedText = elapsedS === undefined ? 'elapsed unknown' : `elapsed ${elapsedS.toFixed(3)} s`;
  switch (elbStatus) {
    case 502:
      if (noTarget) return { class: 'bad_response', why: 'no target chosen' };
      if (!unanswered) return { class: 'bad_response', why: 'target answered with a malformed response' };
      if (nearConnectTimeout) return { class: 'tls_protocol', why: `${elapsedText}: the 10 s TLS handshake timeout` };
      if (elapsedS === undefined || elapsedS < FAST_S) return { class: 'refused', why: `${elapsedText}: connection refused or reset` };
      return { class: 'closed_early', why: `${elapsedText}: target closed the connection with the request outstanding` };
    case 503:
      // "The target groups for the load balancer have no registered targets"; a fixed-response 503 is configured, not a failure.
      if (record.actions.split(',').includes('fixed-response')) return undefined;
      return { class: 'no_live_upstream', why: noTarget ? 'no registered targets' : 'target unavailable' };
    case 504:
      if (noTarget) return { class: 'timeout_headers', why: 'no target answered in time' };
      if (nearConnectTimeout) return { class: 'timeout_connect', why: `${elapsedText}: the 10 s connect timeout` };
      return { class: 'timeout_headers', why: `${elapsedText}: no response before the idle timeout` };
    default:
      // 500 (WAF, IdP), 505, 561 …: generated by the load balancer for reasons other than its targets.
      return { class: 'http_status', why: `load balancer generated ${elbStatus}` };
  }
}

function timingText(record: AlbRecord): string {
  return record.processingTimes.map((value) => (Number.isNaN(value) ? '-' : String(value))).join(' ');
}

/** Reads one ALB access-log line; never throws. */
export function readAlbLine(text: string, line: number): LineVerdict {
  const parsed = parse(text, false);
  if (parsed.kind === 'foreign') return FOREIGN;
  if (parsed.kind === 'ok') return OK;
  if (parsed.kind === 'warning') return parsed;
  const record = parsed.record;
  const classification = classifyAlbRecord(record);
  if (!classification) return OK;
  const event: LogEvent = {
    format: 'alb',
    line,
    text,
    class: classification.class,
    signature: `elb_status_code=${record.elbStatus} target_status_code=${record.targetStatus ?? '-'} processing_times=${timingText(record)} (${classification.why})`,
    httpStatus: record.elbStatus,
    time: record.time,
    ...(record.target !== '-' ? { upstream: record.target } : {}),
  };
  return { kind: 'event', event };
}

/** The shared classifier shape (src/logs/types.ts), for the probe runner's `gateway_log`. */
export const classifyAlbLine: LogLineClassifier = (text, line) => {
  const verdict = readAlbLine(text, line);
  return verdict.kind === 'event' ? verdict.event : undefined;
};
