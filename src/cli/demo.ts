/** `gatewatch demo`: runs the main job on an embedded default so a new user sees real output with nothing set up. */
import { defaultOptions } from '../config.js';
import type { Deps } from '../deps.js';
import { renderText } from '../report/text.js';
import { run } from '../run.js';
import { EXIT, type Io } from './io.js';

export async function demoCommand(_argv: string[], deps: Deps, io: Io): Promise<number> {
  const options = defaultOptions(deps.cwd);
  io.stdout(`gatewatch demo — checking the knowledge base in ${options.kb.paths.join(', ')}\n\n`);
  const result = await run(options, deps);
  io.stdout(renderText(result));
  return EXIT.passed;
}
