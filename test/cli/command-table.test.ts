/** The command table is the contract: every command's --help, the overview, the README and the flags agree with it. */
import { readFileSync } from 'node:fs';
import { COMMANDS, HELP_OPTION, VERSION_OPTION } from '../../src/cli/commands.js';
import { commandHelp, overviewHelp } from '../../src/cli/help.js';
import { TOOL_VERSION } from '../../src/version.js';
import { runCli } from '../helpers/run-bundle.js';

const README = readFileSync('README.md', 'utf8');

describe.each(COMMANDS.map((spec) => [spec.name, spec] as const))('gatewatch %s', (name, spec) => {
  it('prints its help for --help and -h, exit 0, and runs nothing', () => {
    for (const flag of ['--help', '-h']) {
      const run = runCli([...name.split(' '), flag]);
      expect([flag, run.status, run.stderr]).toEqual([flag, 0, '']);
      expect(run.stdout).toBe(commandHelp(spec));
    }
  });

  it('lists every option of the table in its help', () => {
    const help = commandHelp(spec);
    for (const option of [...spec.options, HELP_OPTION]) expect(help).toContain(`--${option.name}`);
  });

  it('names an unknown flag and points at --help (exit 2)', () => {
    const run = runCli([...name.split(' '), '--no-such-flag']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--no-such-flag');
    expect(run.stderr).toContain(`gatewatch ${name} --help`);
  });
});

it('gatewatch demo --help prints help and does not start the demo', () => {
  const run = runCli(['demo', '--help']);
  expect(run.status).toBe(0);
  expect(run.stdout).not.toMatch(/Probes:|loopback upstreams\n\n/);
  expect(run.stdout).toMatch(/^Usage: gatewatch demo\n/);
});

it('prints the version for -v, -V and --version, and the overview for --help and help', () => {
  for (const flag of ['-v', '-V', '--version']) expect(runCli([flag])).toEqual({ status: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  expect(runCli(['--help']).stdout).toBe(overviewHelp());
  expect(runCli(['help', 'kb', 'new']).stdout).toBe(commandHelp(COMMANDS.find((spec) => spec.name === 'kb new')!));
  // No arguments at all is a usage error that still shows the overview.
  expect(runCli([])).toMatchObject({ status: 2, stdout: overviewHelp() });
});

it('the README CLI reference is the generated help of every command (npm run docs)', () => {
  const start = README.indexOf('<!-- section:cli-help -->');
  const section = README.slice(start, README.indexOf('<!-- /section:cli-help -->'));
  expect(start).toBeGreaterThan(-1);
  expect(section).toContain(overviewHelp());
  for (const spec of COMMANDS) expect(section).toContain(commandHelp(spec));
});

it('every flag the README gives a gatewatch command exists in that command, and each table flag is documented', () => {
  const byName = new Map(COMMANDS.map((spec) => [spec.name, new Set([...spec.options, HELP_OPTION].map((option) => option.name))]));
  const unknown: string[] = [];
  let checked = 0;
  // `gatewatch check … --kb …`, `npx gatewatch logs FILE --log-format alb`: a command, then flags up to the end of the line or a `#`.
  for (const line of README.split('\n')) {
    for (const match of line.matchAll(/gatewatch ((?:kb|nginx) [a-z]+|[a-z]+)((?:[^#`|]|`[^`]*`)*)/g)) {
      const flags = byName.get(match[1]!);
      if (!flags) continue;
      for (const flag of match[2]!.matchAll(/(?:^|[\s[])--([a-z][a-z-]*)/g)) {
        checked += 1;
        if (!flags.has(flag[1]!)) unknown.push(`${match[1]} --${flag[1]} in: ${line.trim()}`);
      }
    }
  }
  expect(unknown).toEqual([]);
  expect(checked).toBeGreaterThan(15);
  const documented = README.slice(README.indexOf('<!-- section:cli-help -->'));
  for (const spec of COMMANDS) {
    for (const option of spec.options) expect([spec.name, documented.includes(`--${option.name}`)]).toEqual([spec.name, true]);
  }
  expect(VERSION_OPTION.short).toBe('v');
});
