/** Where the sibling bundles live, relative to the running bundle (dist/index.js or dist/cli/index.js). */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Built from the module URL at run time (not `new URL('literal', import.meta.url)`, which the bundler would
 * try to resolve and copy at build time). `distDir` is the bundle's folder relative to dist/.
 */
export function kbWorkerUrl(moduleUrl: string, distDir: '.' | 'cli'): URL {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const dist = distDir === '.' ? here : path.dirname(here);
  return pathToFileURL(path.join(dist, 'kb-worker', 'index.js'));
}

/** The package folder (holding seeds/ and examples/) of the running bundle. */
export function packageRoot(moduleUrl: string, distDir: '.' | 'cli'): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  return path.dirname(distDir === '.' ? here : path.dirname(here));
}
