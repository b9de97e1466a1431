import { runAction } from './action.js';
import { nodeDeps } from './deps.js';

// The workspace is the checkout GitHub gives the step; paths in findings are relative to it.
void runAction(nodeDeps(process.env.GITHUB_WORKSPACE ?? process.cwd())).then((code) => {
  process.exitCode = code;
});
