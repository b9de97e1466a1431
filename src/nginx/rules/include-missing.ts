/** `include conf.d/missing.conf;` — nginx -t stops with `open() … failed (2: No such file or directory)`. */
import { defineRule } from '../../rule.js';
import { externalIncludes, type NginxDirective } from '../payload.js';
import type { NginxRuleContext } from '../rule-context.js';
import { quote } from '../rule-context.js';
import { isIncludeError, payloadErrors } from '../parse-errors.js';

const GLOB_MAGIC = /[*?[]/;

/** Every `include` in `list` and its blocks, in source order. */
function includesIn(list: readonly NginxDirective[], out: NginxDirective[] = []): NginxDirective[] {
  for (const statement of list) {
    if (statement.directive === 'include') out.push(statement);
    if (statement.block) includesIn(statement.block, out);
  }
  return out;
}

export const includeMissing = defineRule<NginxRuleContext>({
  id: 'nginx/include-missing',
  severity: 'error',
  description: 'An include names a file that cannot be read, or a glob that matches nothing',
  kb: ['api/nginx-config-rejected-by-nginx-t'],
  check(context, report) {
    for (const error of payloadErrors(context)) {
      if (!isIncludeError(error.message)) continue;
      if (/^include "[^"]*" resolves to "[^"]*", outside the repository/.test(error.message)) {
        report({ severity: 'notice', message: error.message, location: { path: error.path, line: error.line } });
        continue;
      }
      // An absolute path outside the repository (/etc/nginx/mime.types) may exist only on the server.
      const missing = /^open\(\) "(\/[^"]+)" failed \(2:/.exec(error.message)?.[1];
      if (missing !== undefined && context.toPath(missing).startsWith('../')) {
        report({
          severity: 'warning',
          message: `${error.message}; the file is outside the repository, so make sure the servers have it or vendor it into the repo`,
          location: { path: error.path, line: error.line },
        });
        continue;
      }
      report({ message: `${error.message}; fix the include path`, location: { path: error.path, line: error.line } });
    }
    // The runner is not the server: files the server has and the repo does not are notices, never errors.
    const external = new Set<string>();
    for (const include of externalIncludes(context.payload)) {
      const config = context.payload.config[include.file]!;
      external.add(`${include.file}:${include.line}`);
      const location = { path: context.toPath(config.file), line: include.line };
      if (include.kind === 'stand-in') {
        report({
          severity: 'notice',
          message: `include ${quote(include.arg)} names a file every nginx package ships and the repository does not hold; it was checked with gatewatch's stand-in, so make sure the server's copy is the stock one`,
          location,
        });
      } else if (include.kind === 'outside') {
        report({
          severity: 'notice',
          message: `include ${quote(include.arg)} names a file outside the repository, so it was not checked; the server must provide it (and whatever it defines: certificates, variables, a resolver)`,
          location,
        });
      }
      // 'empty-glob': nginx accepts a glob that matches nothing, and the server's folder may hold files.
    }
    // nginx accepts a glob that matches nothing, so a typo silently drops every server in it.
    for (const config of context.payload.config) {
      for (const statement of includesIn(config.parsed)) {
        const pattern = statement.args[0];
        if (pattern === undefined || !GLOB_MAGIC.test(pattern)) continue;
        if (statement.includes === undefined || statement.includes.length > 0) continue;
        if (external.has(`${context.payload.config.indexOf(config)}:${statement.line}`)) continue;
        report({
          severity: 'warning',
          message: `include ${quote(pattern)} matches no files, so nothing is included; fix the pattern or remove the include`,
          location: { path: context.toPath(config.file), line: statement.line },
        });
      }
    }
  },
});
