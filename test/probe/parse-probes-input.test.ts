import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readActionSettings } from '../../src/action-inputs.js';
import { optionsFromCheckArgs } from '../../src/cli/check.js';
import { loadConfig, UsageError } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';
import { parseProbesInput } from '../../src/probe/parse-probes-input.js';

describe('parseProbesInput', () => {
  it('maps a YAML list to ProbeSpecs with defaults and snake_case keys', () => {
    const specs = parseProbesInput(
      ['- name: api', '  via: http://127.0.0.1:8080/health', '  direct: http://127.0.0.1:9001/health', '  expect: {status: [200, 204], body_regex: "ok$", max_ms: 500}', '- name: db', '  tcp: 127.0.0.1:5432', '  timeout_ms: 300', '  retries: 0', ''].join('\n'),
    );
    expect(specs).toEqual([
      {
        name: 'api',
        via: 'http://127.0.0.1:8080/health',
        direct: 'http://127.0.0.1:9001/health',
        timeoutMs: 2000,
        retries: 1,
        expect: { status: [200, 204], bodyRegex: 'ok$', maxMs: 500 },
        tls: {},
      },
      { name: 'db', tcp: '127.0.0.1:5432', timeoutMs: 300, retries: 0, expect: {}, tls: {} },
    ]);
  });

  it('locates entries when the source is a file', () => {
    const specs = parseProbesInput('probes:\n  - name: a\n    url: http://127.0.0.1:1/\n  - name: b\n    tcp: "[::1]:80"\n', { source: 'ci/probes.yml', locate: true });
    expect(specs.map((spec) => spec.origin)).toEqual([
      { path: 'ci/probes.yml', line: 2, column: 5 },
      { path: 'ci/probes.yml', line: 4, column: 5 },
    ]);
  });

  it.each([
    ['- name: a\n  url: ftp://x/\n', /probes:2:\d+: invalid probe key "0.url"/],
    ['- name: a\n  url: http://127.0.0.1/\n  timeout: 5\n', /probes:3:3: invalid probe key "0.timeout": Unknown field "timeout"/],
    ['- name: a\n  expect: {status: [99]}\n  url: http://x/\n', /probes:2:\d+: invalid probe key "0.expect.status.0"/],
    ['- name: a\n  method: GET\n', /probes:1:3: probe needs one of "url", "via" or "tcp"/],
    ['- name: a\n  url: [\n', /probes:\d+:\d+: invalid YAML/],
    ['name: a\n', /probes:1:1: invalid probe key "\(root\)"/],
  ])('rejects %j with a located UsageError', (text, message) => {
    expect(() => parseProbesInput(text)).toThrow(UsageError);
    expect(() => parseProbesInput(text)).toThrow(message);
  });
});

describe('gatewatch.yml probes', () => {
  it('are located at their entry, so findings point at the line that declared them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-config-'));
    try {
      await writeFile(
        path.join(dir, 'gatewatch.yml'),
        'probe:\n  timeout_ms: 750\nprobes:\n  - name: api\n    url: http://127.0.0.1:8080/health\n\n  - tcp: 127.0.0.1:5432\n    name: db\n',
      );
      const options = await loadConfig(nodeDeps(dir));
      expect(options.probes.map((probe) => [probe.name, probe.timeoutMs, probe.origin])).toEqual([
        ['api', 750, { path: 'gatewatch.yml', line: 4, column: 5 }],
        ['db', 750, { path: 'gatewatch.yml', line: 8, column: 5 }],
      ]);
      // An alias without its anchor is bad config (exit 2), not a crash.
      await writeFile(path.join(dir, 'gatewatch.yml'), 'probes: *missing\n');
      await expect(loadConfig(nodeDeps(dir))).rejects.toThrow(UsageError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the probes list from the CLI and the action', () => {
  it('--probes FILE replaces the config list and locates entries in FILE; the action input is parsed the same way', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-probes-flag-'));
    try {
      await writeFile(path.join(dir, 'gatewatch.yml'), 'probes:\n  - name: from-config\n    tcp: 127.0.0.1:1\n');
      await writeFile(path.join(dir, 'probes.yml'), '# staging\n- name: from-flag\n  url: http://127.0.0.1:8080/health\n');
      const deps = nodeDeps(dir);
      const fromFlag = await optionsFromCheckArgs(['--probes', 'probes.yml'], deps);
      expect(fromFlag.probes.map((probe) => [probe.name, probe.origin])).toEqual([['from-flag', { path: 'probes.yml', line: 2, column: 3 }]]);
      await expect(optionsFromCheckArgs(['--probes', 'missing.yml'], deps)).rejects.toThrow('no such file "missing.yml" for --probes; check the path');

      const inputs: Record<string, string> = { probes: '- name: from-input\n  tcp: 127.0.0.1:5432' };
      const settings = await readActionSettings((name) => inputs[name] ?? '', deps);
      expect(settings.options.probes.map((probe) => probe.name)).toEqual(['from-input']);
      inputs.probes = '- name: bad\n  tcp: nope';
      await expect(readActionSettings((name) => inputs[name] ?? '', deps)).rejects.toThrow(/^probes:2:8: invalid probe key "0.tcp"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
