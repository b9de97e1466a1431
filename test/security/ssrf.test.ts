/**
 * SSRF walls: every documented cloud metadata / platform address is refused before connect (as
 * written, in IPv6 embeddings, or as what a name resolves to), and a metadata target that a trusted
 * allow: lets through never has its body quoted in a finding. No packet goes to those addresses:
 * refusals happen before any socket, names resolve through an injected table.
 */
import { nodeDeps } from '../../src/deps.js';
import { probeHttpOnce } from '../../src/probe/http-probe.js';
import { runProbes } from '../../src/probe/run-probes.js';
import { checkAddress, checkHost } from '../../src/safety/blocked-target.js';
import { fakeLookup, probeOptions, spec } from '../probe/options.js';
import { startHttp, type Running } from '../probe/servers.js';

const METADATA = [
  '169.254.169.254', // AWS, Azure IMDS, GCP, Oracle, OpenStack, DigitalOcean, Linode …
  'fd00:ec2::254', // AWS IMDS over IPv6
  'fd00:ec2::23', // AWS EKS Pod Identity
  '168.63.129.16', // Azure WireServer
  'fd20:ce::254', // GCP IPv6
  '100.100.100.200', // Alibaba
  '192.0.0.192', // Oracle (older)
  'fd00:a9fe:a9fe::1', // Akamai/Linode IPv6
  '169.254.42.42', // Scaleway
  'fd00:42::42', // Scaleway IPv6
  'fe80::a9fe:a9fe', // OpenStack IPv6
  '169.254.0.23', // Tencent
];

describe('block list', () => {
  it.each(METADATA)('refuses %s as written and bracketed', (address) => {
    expect(checkAddress(address, [])).toMatchObject({ blocked: true });
    expect(checkHost(address.includes(':') ? `[${address}]` : address, [])).toMatchObject({ blocked: true });
  });

  it.each([
    ['::ffff:169.254.169.254', 'IPv4-mapped'],
    ['::ffff:a83f:8110', 'IPv4-mapped 168.63.129.16 in hex'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254'],
    ['64:ff9b::6464:64c8', 'NAT64 of 100.100.100.200'],
    ['::a9fe:a9fe', 'IPv4-compatible'],
    ['2002:a9fe:a9fe::1', '6to4 of 169.254.169.254'],
    ['fe80::1%eth0', 'link-local with a zone'],
  ])('refuses %s (%s)', (address) => {
    expect(checkAddress(address, [])).toMatchObject({ blocked: true });
  });

  it('normalises the URL spellings of 169.254.169.254 before checking them', () => {
    for (const url of ['http://2852039166/', 'http://0xA9FEA9FE/', 'http://0251.0376.0251.0376/', 'http://169.254.43518/']) {
      expect({ url, verdict: checkHost(new URL(url).hostname, []) }).toMatchObject({ url, verdict: { blocked: true } });
    }
  });

  it('leaves neighbours of the exact addresses alone', () => {
    for (const address of ['168.63.129.15', '168.63.129.17', '100.100.100.201', '192.0.0.193', 'fd00:ec2::253', 'fd20:ce::253', '64:ff9b::808:808', '127.0.0.1', '::1']) {
      expect({ address, verdict: checkAddress(address, []) }).toEqual({ address, verdict: undefined });
    }
  });
});

describe('refused before connect', () => {
  const io = (table: Record<string, string[]> = {}) => {
    const lookup = fakeLookup(table);
    return { io: { lookup, now: () => performance.now(), allow: [] as string[] }, lookup };
  };

  it.each(['http://168.63.129.16/machine?comp=goalstate', 'http://[fd20:ce::254]/computeMetadata/v1/', 'http://100.100.100.200/latest/meta-data/', 'http://[64:ff9b::a9fe:a9fe]/'])(
    '%s is blocked without a lookup or a socket',
    async (url) => {
      const { io: probeIo, lookup } = io();
      const result = await probeHttpOnce({ url, timeoutMs: 1000, expect: {} }, probeIo);
      expect(result).toMatchObject({ ok: false, class: 'blocked_target', status: null });
      expect(result.timings.connect).toBeNull();
      expect(lookup.calls).toEqual([]);
    },
  );

  it('a name resolving to the Azure WireServer is refused in the lookup hook, before connect', async () => {
    const { io: probeIo, lookup } = io({ 'wire.example.test': ['10.0.0.9', '168.63.129.16'] });
    const result = await probeHttpOnce({ url: 'http://wire.example.test/', timeoutMs: 1000, expect: {} }, probeIo);
    expect(lookup.calls).toEqual(['wire.example.test']);
    expect(result).toMatchObject({ class: 'blocked_target', status: null });
    expect(result.timings.connect).toBeNull();
    expect(result.assertions.join(' ')).toContain('168.63.129.16');
  });
});

describe('a metadata target a trusted allow: lets through', () => {
  let server: Running;
  const SECRET = 'AKIAGATEWATCHTESTSECRET';
  beforeAll(async () => {
    server = await startHttp((_request, response) => {
      response.statusCode = 500;
      response.end(`{"AccessKeyId": "${SECRET}", "Token": "${SECRET}"}`);
    });
  });
  afterAll(() => server.close());

  it('never has its body quoted in the finding or the probe result', async () => {
    // The name resolves (through the injected table) to the loopback server standing in for the service.
    const lookup = fakeLookup({ 'metadata.google.internal': ['127.0.0.1'] });
    const probe = spec('creds', { url: `http://metadata.google.internal:${server.port}/computeMetadata/v1/`, expect: { body: 'status: up', bodyRegex: '^status: up$' } });
    const { findings, probes } = await runProbes(probeOptions([probe], { allow: ['metadata.google.internal'] }), nodeDeps(), [], { lookup });
    expect(probes[0]).toMatchObject({ ok: false, status: 500 });
    expect(findings).toHaveLength(1);
    expect(JSON.stringify({ findings, probes })).not.toContain(SECRET);
    expect(probes[0]!.assertions.join(' ')).toContain('(withheld: metadata address)');
  });

  it('an ordinary target still shows its body excerpt (the excerpt is withheld only for metadata)', async () => {
    const lookup = fakeLookup({ 'api.example.test': ['127.0.0.1'] });
    const probe = spec('api', { url: `http://api.example.test:${server.port}/`, expect: { body: 'status: up' } });
    const { probes } = await runProbes(probeOptions([probe]), nodeDeps(), [], { lookup });
    expect(probes[0]!.assertions.join(' ')).toContain(SECRET);
  });
});
