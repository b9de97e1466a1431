/**
 * Link-local / metadata targets are refused before any connection. No test here sends a packet to
 * such an address: the checks are pure, fake resolvers answer with the blocked address only next to a
 * listening loopback one (a broken guard would connect to 127.0.0.1 first and the test would fail
 * with `ok: true`, never reaching the blocked address).
 */
import type { LookupAddress } from 'node:dns';
import { nodeDeps } from '../../src/deps.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { BLOCKED_TARGET_CODE, checkAddress, checkHost, isAllowed } from '../../src/safety/blocked-target.js';
import { guardLookup } from '../../src/safety/guarded-lookup.js';
import { fakeLookup, probeOptions, spec } from './options.js';
import { startHttp, type Running } from './servers.js';

describe('checkHost / checkAddress', () => {
  it.each([
    '169.254.169.254',
    '169.254.0.1',
    'fe80::1',
    '[fe80::abcd]',
    'fd00:ec2::254',
    '::ffff:169.254.169.254',
    '100.100.100.200',
    'metadata.google.internal',
    'METADATA.google.internal.',
    'metadata',
    'instance-data.ec2.internal',
  ])('blocks %s', (host) => {
    expect(checkHost(host, [])).toMatchObject({ blocked: true });
  });

  it.each(['127.0.0.1', '::1', '10.0.0.5', '169.255.0.1', 'fd00:ec2::253', 'api.internal', 'metadata.example.com'])('allows %s', (host) => {
    expect(checkHost(host, [])).toBeUndefined();
  });

  it('lifts the block for names, addresses and CIDRs listed in allow:', () => {
    expect(checkHost('metadata.google.internal', ['metadata.google.internal'])).toBeUndefined();
    expect(checkAddress('169.254.169.254', ['169.254.169.254'])).toBeUndefined();
    expect(checkAddress('169.254.10.20', ['169.254.0.0/16'])).toBeUndefined();
    expect(checkAddress('169.254.10.20', ['169.254.169.254'])).toMatchObject({ blocked: true });
    expect(checkAddress('fe80::1', ['fe80::/10'])).toBeUndefined();
    expect(isAllowed('fe80::1', ['169.254.0.0/16'])).toBe(false);
  });
});

describe('guardLookup', () => {
  const answering = (addresses: string[]) =>
    guardLookup((_host, options, callback) => {
      const entries: LookupAddress[] = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      if (options.all) callback(null, entries);
      else callback(null, entries[0]!.address, entries[0]!.family);
    }, []);

  it('fails a name that resolves to a blocked address, in both lookup forms', async () => {
    for (const all of [true, false]) {
      const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
        answering(['169.254.169.254'])('rebind.test', { all }, (failure) => resolve(failure)),
      );
      expect(error?.code).toBe(BLOCKED_TARGET_CODE);
      expect(error?.message).toBe('refused to probe "rebind.test": it resolves to "169.254.169.254" (IPv4 link-local (cloud metadata))');
    }
  });

  it('lets a blocked answer through when allow: lists the address, a CIDR or the name', async () => {
    for (const allow of [['169.254.169.254'], ['169.254.0.0/16'], ['rebind.test']]) {
      const guarded = guardLookup((_host, _options, callback) => callback(null, [{ address: '169.254.169.254', family: 4 }]), allow);
      const error = await new Promise((resolve) => guarded('rebind.test', { all: true }, (failure) => resolve(failure)));
      expect(error).toBeNull();
    }
  });

  it('passes ordinary answers through untouched', async () => {
    const result = await new Promise((resolve) => answering(['127.0.0.1', '::1'])('localhost', { all: true }, (_error, address) => resolve(address)));
    expect(result).toEqual([
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]);
  });
});

describe('runProbes refuses blocked targets before connecting', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startHttp((_request, response) => response.end('ok'));
  });
  afterAll(() => server.close());

  it('a metadata host name is refused without even a lookup, with a located probe/blocked-target finding', async () => {
    const lookup = fakeLookup({ 'metadata.google.internal': ['127.0.0.1'] });
    const probe = spec('creds', { url: `http://metadata.google.internal:${server.port}/computeMetadata/v1/`, retries: 3, origin: { path: 'gatewatch.yml', line: 4, column: 5 } });
    const { findings, probes } = await runProbes(probeOptions([probe]), nodeDeps(), [], { lookup });
    expect(lookup.calls).toEqual([]);
    expect(probes).toEqual([expect.objectContaining({ ok: false, class: 'blocked_target', attempts: 1, status: null })]);
    expect(findings).toEqual([
      {
        ruleId: 'probe/blocked-target',
        severity: 'error',
        message: `Probe "creds" was not run: refused to probe "http://metadata.google.internal:${server.port}/computeMetadata/v1/" (cloud metadata host name); remove the probe, or list the address under allow: if probing it is intended`,
        location: { path: 'gatewatch.yml', line: 4, column: 5 },
        signals: { probe: 'blocked_target' },
      },
    ]);
    expect(probes[0]!.assertions).toEqual(['[TARGET] ("metadata.google.internal") not link-local or metadata']);
  });

  it('a name resolving to a metadata address is refused in the lookup hook; allow: by name lets a name through', async () => {
    // All addresses are checked; a broken guard would connect to the loopback server listed first.
    const table = { 'rebind.test': ['127.0.0.1', '169.254.169.254'] };
    const tcp = spec('tcp', { tcp: `rebind.test:${server.port}` });
    const http = spec('http', { url: `http://rebind.test:${server.port}/` });
    const blocked = await runProbes(probeOptions([tcp, http]), nodeDeps(), [], { lookup: fakeLookup(table) });
    expect(blocked.probes.map((probe) => [probe.name, probe.class])).toEqual([
      ['tcp', 'blocked_target'],
      ['http', 'blocked_target'],
    ]);
    expect(blocked.probes[1]!.error).toContain('it resolves to "169.254.169.254"');
    expect(blocked.probes.map((probe) => probe.assertions)).toEqual([
      ['[TARGET] ("169.254.169.254") not link-local or metadata'],
      ['[TARGET] ("169.254.169.254") not link-local or metadata'],
    ]);

    // allow: by name lifts both checks for that name (the fake resolver answers with loopback only).
    const named = { 'metadata.google.internal': ['127.0.0.1'] };
    const allowedProbe = spec('allowed', { url: `http://metadata.google.internal:${server.port}/` });
    const allowed = await runProbes(probeOptions([allowedProbe], { allow: ['metadata.google.internal'] }), nodeDeps(), [], { lookup: fakeLookup(named) });
    expect(allowed.probes.map((probe) => [probe.name, probe.ok])).toEqual([['allowed', true]]);
    expect(allowed.findings).toEqual([]);
  });
});
