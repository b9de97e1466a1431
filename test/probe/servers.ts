/** Real loopback servers for probe tests: each misbehaves in one of DESIGN §6's ways. All bind 127.0.0.1:0. */
import { execFile, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Running {
  port: number;
  close(): Promise<void>;
}

/** Tracks sockets so close() also ends the connections a hanging server holds open. */
function closable(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // TLS servers hand out TLSSockets through 'secureConnection'; the raw socket is tracked above.
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function listen(server: net.Server): Promise<Running> {
  const close = closable(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, close }));
  });
}

export function startHttp(handler: http.RequestListener): Promise<Running> {
  return listen(http.createServer(handler));
}

export function startHttps(options: { key: Buffer; cert: Buffer }, handler: http.RequestListener): Promise<Running> {
  return listen(https.createServer(options, handler));
}

export type RawBehaviour = 'hang' | 'close' | 'reset' | 'garbage' | 'big-header' | 'truncate';

/** A raw TCP server that reads the request head and then misbehaves. */
export function startRaw(behaviour: RawBehaviour): Promise<Running> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    if (behaviour === 'hang') return;
    socket.once('data', () => {
      switch (behaviour) {
        case 'close':
          socket.end();
          return;
        case 'reset':
          // SO_LINGER 0 + close: the peer gets an RST, not a FIN.
          socket.resetAndDestroy();
          return;
        case 'garbage':
          socket.end('SSH-2.0-OpenSSH_9.2 not http at all\r\n\r\n');
          return;
        case 'big-header':
          // 20 KiB of headers: over nginx's 4k/8k proxy_buffer_size and node's 16 KiB limit.
          socket.end(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(20_000)}\r\nContent-Length: 2\r\n\r\nok`);
          return;
        case 'truncate':
          socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\npartial body');
          setTimeout(() => socket.end(), 30);
          return;
      }
    });
  });
  return listen(server);
}

/** A raw TCP server that reads the request head and answers with exactly these bytes, then closes. */
export function startRawReply(reply: string): Promise<Running> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(reply));
  });
  return listen(server);
}

/** A port that was bound and then closed: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const { port, close } = await listen(server);
  await close();
  return port;
}

export async function freePort(): Promise<number> {
  return closedPort();
}

export interface Certs {
  dir: string;
  caCert: string;
  /** Leaf signed by the CA, SAN DNS:localhost and IP:127.0.0.1. */
  leafKey: Buffer;
  leafCert: Buffer;
  /** Self-signed, same SAN. */
  selfKey: Buffer;
  selfCert: Buffer;
  cleanup(): Promise<void>;
}

/** Makes a throwaway CA, a CA-signed leaf and a self-signed cert with openssl (EC keys: fast). */
export async function makeCerts(): Promise<Certs> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gatewatch-certs-'));
  const at = (name: string): string => path.join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await writeFile(at('san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  await run('openssl', ['req', '-x509', ...ec, '-keyout', at('ca.key'), '-out', at('ca.pem'), '-days', '2', '-subj', '/CN=gatewatch test CA']);
  await run('openssl', ['req', ...ec, '-keyout', at('leaf.key'), '-out', at('leaf.csr'), '-subj', '/CN=localhost']);
  await run('openssl', ['x509', '-req', '-in', at('leaf.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial', '-out', at('leaf.pem'), '-days', '2', '-extfile', at('san.ext')]);
  await run('openssl', ['req', '-x509', ...ec, '-keyout', at('self.key'), '-out', at('self.pem'), '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
  return {
    dir,
    caCert: at('ca.pem'),
    leafKey: await readFile(at('leaf.key')),
    leafCert: await readFile(at('leaf.pem')),
    selfKey: await readFile(at('self.key')),
    selfCert: await readFile(at('self.pem')),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A port whose SYNs are dropped, for real connect timeouts on loopback: a child node process listens
 * with backlog 1 and is then SIGSTOPped, so it never accepts; two filler connections fill the accept
 * queue and Linux drops every further SYN (net.ipv4.tcp_abort_on_overflow = 0), as a firewall would.
 */
export async function startBlackhole(): Promise<Running> {
  const script = "const s=require('net').createServer(()=>{}).listen({port:0,host:'127.0.0.1',backlog:1},()=>console.log(s.address().port))";
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString('utf8').trim())));
    child.once('error', reject);
  });
  process.kill(child.pid!, 'SIGSTOP');
  const fillers: net.Socket[] = [];
  for (let index = 0; index < 2; index += 1) {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 500);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    fillers.push(socket);
  }
  return {
    port,
    close: async () => {
      for (const socket of fillers) socket.destroy();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid!, 'SIGKILL');
      await exited;
    },
  };
}

/**
 * A loopback DNS server that answers every query NXDOMAIN (RFC 1035 §4.1.1: QR=1, RD, RA, RCODE=3),
 * so nginx's `resolver` fails the way it does for a name that does not exist, with no query leaving
 * the machine.
 */
export async function startNxdomainDns(): Promise<Running> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, remote) => {
    if (query.length < 12) return;
    // The question section ends after the name's zero label plus QTYPE and QCLASS.
    let end = 12;
    while (end < query.length && query[end] !== 0) end += query[end]! + 1;
    end += 5;
    if (end > query.length) return;
    const header = Buffer.from([query[0]!, query[1]!, 0x81, 0x83, 0, 1, 0, 0, 0, 0, 0, 0]);
    socket.send(Buffer.concat([header, query.subarray(12, end)]), remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}
