import { runAction } from './action.js';
import { kbWorkerUrl } from './bundle-paths.js';
import { nodeDeps } from './deps.js';

// The workspace is the checkout GitHub gives the step; paths in findings are relative to it.
const deps = { ...nodeDeps(process.env.GITHUB_WORKSPACE ?? process.cwd()), kbWorker: kbWorkerUrl(import.meta.url, '.') };
void runAction(deps).then((code) => {
  process.exitCode = code;
});
