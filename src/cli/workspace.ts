/**
 * Where a command runs and with which options: finds gatewatch.yml in the current folder or a parent (up to
 * the repository root, the first folder holding `.git`), moves the run there, and rebases the path flags the
 * user typed relative to where they stand. Findings then carry repository paths, as in CI.
 */
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfig, UsageError, type Options } from '../config.js';
import { rebaseDeps, type Deps } from '../deps.js';
import { overlayOptions, type OptionOverrides } from '../options-overlay.js';
import type { CommandSpec } from './commands.js';
import { flag, list, str, type FlagValues, type ParsedCommand } from './io.js';

export interface Workspace {
  deps: Deps;
  /** gatewatch.yml with the flags every command shares (--kb, --kb-root, --allow-empty) laid over it. */
  options: Options;
  values: FlagValues;
  positionals: string[];
}

async function exists(deps: Deps, filePath: string): Promise<boolean> {
  try {
    await deps.stat(filePath);
    return true;
  } catch {
    return false;
  }
}

/** The folder holding gatewatch.yml: cwd, else a parent up to and including the repository root. */
export async function findConfigDir(deps: Deps): Promise<string | undefined> {
  let dir = path.resolve(deps.cwd);
  for (;;) {
    if (await exists(deps, path.join(dir, DEFAULT_CONFIG_FILE))) return dir;
    // `.git` is a folder in a clone and a file in a worktree; either marks the top of the repository.
    if (await exists(deps, path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function rebase(value: string, from: string, to: string): string {
  if (path.isAbsolute(value)) return value;
  return path.relative(to, path.resolve(from, value)).split(path.sep).join('/') || '.';
}

export async function openWorkspace(spec: CommandSpec, parsed: ParsedCommand, deps: Deps): Promise<Workspace> {
  const explicit = str(parsed.values, 'config');
  const found = explicit === undefined ? await findConfigDir(deps) : undefined;
  let { values, positionals } = parsed;
  let runDeps = deps;
  if (found !== undefined && found !== path.resolve(deps.cwd)) {
    runDeps = rebaseDeps(deps, found);
    const pathFlags = new Set(spec.options.filter((option) => option.path).map((option) => option.name));
    values = Object.fromEntries(
      Object.entries(values).map(([name, value]) => {
        if (!pathFlags.has(name) || value === undefined || typeof value === 'boolean') return [name, value];
        return [name, Array.isArray(value) ? value.map((one) => rebase(one, deps.cwd, found)) : rebase(value, deps.cwd, found)];
      }),
    );
    positionals = positionals.map((value, index) => (spec.positionals[index]?.path ? rebase(value, deps.cwd, found) : value));
  }
  // In CI on a pull request, --policy-from BASE reads the settings that decide the gate from BASE's gatewatch.yml.
  const policyFrom = str(values, 'policy-from');
  if (policyFrom !== undefined && (policyFrom === '' || policyFrom.startsWith('-'))) {
    throw new UsageError(`invalid value "${policyFrom}" for --policy-from; expected a commit or branch such as origin/main`);
  }
  const config = await loadConfig(runDeps, explicit, policyFrom === undefined ? undefined : { revision: policyFrom });
  const overrides: OptionOverrides = {
    emptyGlob: flag(values, 'allow-empty') ? 'notice' : 'error',
    ...(list(values, 'kb') ? { kbPaths: list(values, 'kb') } : {}),
    ...(str(values, 'kb-root') !== undefined ? { kbRoot: str(values, 'kb-root') } : {}),
  };
  return { deps: runDeps, options: overlayOptions(config, overrides), values, positionals };
}
