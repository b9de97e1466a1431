/**
 * Upstream responses whose framing headers contradict themselves, through each listed nginx: Debian 12's
 * 1.22.1 relays them as 200, Debian 13's 1.26.3 answers 502 and logs a line the classifier must read as
 * bad_response (docs/gateway-versions.md). The same gateway upgrade turns a working upstream into 502s.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { classifyNginxLine } from '../../src/logs/nginx.js';
import { describeEachBinary, versionAtLeast } from '../helpers/gateway-binaries.js';
import { nginxBinaries } from '../nginx/helpers.js';
import { startNginx, type Gateway } from '../probe/nginx-gateway.js';
import { startRawReply, type Running } from '../probe/servers.js';

/* What each upstream answers, and the stable text 1.26.3 logged for it (measured; the context after it varies). */
const CASES = [
  {
    name: 'cl-and-te',
    reply: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    logged: 'upstream sent "Content-Length" and "Transfer-Encoding" headers at the same time',
  },
  { name: 'bad-cl', reply: 'HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello', logged: 'upstream sent invalid "Content-Length" header' },
  { name: 'two-cl', reply: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!', logged: 'upstream sent duplicate header line' },
  { name: 'unknown-te', reply: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nhello', logged: 'upstream sent unknown "Transfer-Encoding"' },
] as const;

function status(port: number, route: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: route, agent: false, timeout: 5000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${route} timed out`)));
    request.on('error', reject);
  });
}

describeEachBinary(nginxBinaries, 'contradictory upstream framing through a real nginx', (nginx) => {
  const upstreams: Running[] = [];
  let gateway: Gateway | undefined;
  // Measured on both ends only: 1.22.1 relays, 1.26.3 refuses. A version in between has no stated expectation.
  const refuses = versionAtLeast(nginx, '1.26.0') ? true : versionAtLeast(nginx, '1.23.0') ? undefined : false;

  beforeAll(async () => {
    for (const item of CASES) upstreams.push(await startRawReply(item.reply));
    const locations = CASES.map((item, index) => `    location /${item.name} { proxy_pass http://127.0.0.1:${upstreams[index]!.port}; }`);
    gateway = await startNginx(locations.join('\n'), '', nginx.path);
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(upstreams.map((upstream) => upstream.close()));
  });

  test.each(CASES.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const got = await status(gateway!.port, `/${item.name}`);
    const lines = (await readFile(gateway!.errorLog, 'utf8')).split('\n');
    const index = lines.findIndex((line) => line.includes(`"GET /${item.name} HTTP/1.1"`) && line.includes('[error]'));
    if (refuses === false) {
      expect({ status: got, logged: index >= 0 }).toEqual({ status: 200, logged: false });
      return;
    }
    if (refuses === true) expect(got).toBe(502);
    if (got !== 502) return;
    const event = classifyNginxLine(lines[index]!, index + 1);
    expect(event).toMatchObject({ format: 'nginx', class: 'bad_response', httpStatus: 502 });
    expect(event!.signature.startsWith(item.logged)).toBe(true);
  });
});
