/** Property tests: untrusted text (gateway log lines, the probes input) never crashes the readers. */
import fc from 'fast-check';
import { UsageError } from '../../src/config.js';
import { classifyNginxLine } from '../../src/logs/nginx.js';
import { parseProbesInput } from '../../src/probe/parse-probes-input.js';
import { PROBE_CLASSES } from '../../src/failure-class.js';
import { checkHost } from '../../src/safety/blocked-target.js';

const realLine =
  '2026/11/27 07:12:01 [error] 4711#4711: *42 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "http://10.0.0.7:8080/api", host: "gw.test"';

describe('robustness', () => {
  it('classifyNginxLine returns undefined or a well-formed event for any line, including mutated real ones', () => {
    const mutated = fc
      .tuple(fc.nat(realLine.length), fc.nat(realLine.length), fc.string({ maxLength: 20 }))
      .map(([from, to, insert]) => realLine.slice(0, Math.min(from, to)) + insert + realLine.slice(Math.max(from, to)));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated), fc.nat(), (text, line) => {
        const event = classifyNginxLine(text, line);
        if (event === undefined) return true;
        return PROBE_CLASSES.includes(event.class) && event.line === line && text.includes(event.signature);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseProbesInput returns specs or throws a located UsageError, never anything else', () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.record({ name: fc.string(), url: fc.string(), tcp: fc.string(), retries: fc.integer() }, { requiredKeys: ['name'] }), { maxLength: 3 }).map((list) =>
        list.map((entry) => `- ${Object.entries(entry).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n  ')}`).join('\n'),
      ),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const specs = parseProbesInput(text);
          return Array.isArray(specs) && specs.every((spec) => typeof spec.name === 'string');
        } catch (error) {
          return error instanceof UsageError && /^probes(:\d+:\d+)?: /.test(error.message);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('checkHost never throws on arbitrary host text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (host) => checkHost(host, ['10.0.0.0/8', 'x']) === undefined || checkHost(host, [])!.blocked));
  });
});
