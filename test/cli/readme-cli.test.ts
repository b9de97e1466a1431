/** The README's quick start and workflow examples do what they claim, through the committed bundle. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-bundle.js';

const README = readFileSync('README.md', 'utf8');

function section(name: string): string {
  const start = README.indexOf(`<!-- section:${name} -->`);
  const end = README.indexOf(`<!-- /section:${name} -->`);
  if (start === -1 || end === -1) throw new Error(`README has no ${name} section`);
  return README.slice(start, end);
}

/** Shell words of one command line: single quotes kept together, comments dropped. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('README quick start', () => {
  let dir: string;
  beforeAll(() => {
    // A fresh repository with the shipped KB and examples, as a user's checkout would have them.
    dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-quickstart-'));
    mkdirSync(path.join(dir, '.git'));
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
    cpSync('examples', path.join(dir, 'examples'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lines = section('cli-quickstart')
    .split('\n')
    .filter((line) => line.startsWith('npx gatewatch'));

  it('has commands, each with the exit code it claims', () => {
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect([line, /# exit [0-3]\s*$/.test(line)]).toEqual([line, true]);
  });

  // In order: `kb new` writes the entry the next line checks.
  it('runs every command in order and each exits as written', () => {
    for (const line of lines) {
      const expected = Number(/# exit ([0-3])\s*$/.exec(line)![1]);
      const args = words(line.split('#')[0]!).slice(2);
      const run = runCli(args, { cwd: dir });
      expect([line, run.status]).toEqual([line, expected]);
      if (args[0] === '--version') expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
    // The SARIF line wrote its report; the skeleton line's findings are placeholders only.
    expect(JSON.parse(readFileSync(path.join(dir, 'gatewatch.sarif'), 'utf8')).runs[0].automationDetails.id).toBe('gatewatch/');
    const skeleton = runCli(['check', '--kb', 'seeds/api/http-502-upstream-closed-early.md', '--format', 'json'], { cwd: dir });
    const rules = new Set((JSON.parse(skeleton.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId));
    expect([...rules]).toEqual(['kb/placeholder']);
  });
});

describe('README workflow', () => {
  const workflow = parse(/```yaml\n(# \.github\/workflows\/gatewatch\.yml[\s\S]*?)```/.exec(README)![1]!) as {
    permissions: Record<string, string>;
    jobs: { gate: { steps: { uses?: string; id?: string; if?: string; with?: Record<string, string> }[] } };
  };
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const steps = workflow.jobs.gate.steps;

  it('uses the released action and only inputs action.yml declares', () => {
    const gate = steps.find((step) => step.uses?.startsWith('gatewatch/gatewatch@'))!;
    expect(gate.uses).toBe('gatewatch/gatewatch@v1');
    for (const input of Object.keys(gate.with ?? {})) expect([input, input in action.inputs]).toEqual([input, true]);
  });

  it('uploads the SARIF file the action reports, with the permission code scanning needs', () => {
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.sarif_file).toBe('${{ steps.gatewatch.outputs.sarif-file }}');
    expect(upload.if).toContain('always()');
    expect('sarif-file' in action.outputs).toBe(true);
    expect(workflow.permissions['security-events']).toBe('write');
  });

  it('has no placeholder uses: line anywhere', () => {
    expect(README).not.toMatch(/your-org\/gatewatch|<full-commit-sha>/);
  });
});
