/**
 * Serves fixture pages on 127.0.0.1 under real host names (Chromium maps every host here with
 * --host-resolver-rules). A request for host H gets tests/fixtures/pages/H.html when it exists, and
 * the generic page otherwise, so source links opened from the panel load too. Every hit is logged.
 *
 * One port speaks both HTTP and HTTPS: the first byte of a connection tells a TLS handshake (0x16)
 * from plain HTTP. HTTPS is needed because Chromium upgrades HSTS-preloaded hosts (github.com) and
 * sources are https links; the certificate is self-signed, made with openssl for this run, and the
 * browser is launched with ignoreHTTPSErrors.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/pages');
export const GENERIC_PAGE = path.join(PAGES, '_generic.html');

export interface FixtureServer {
  port: number;
  hits: Array<{ host: string; url: string; headers: http.IncomingHttpHeaders }>;
  /** Handlers for particular hosts (the dataset update server in tests); others get fixture pages. */
  routes: Map<string, http.RequestListener>;
  close(): Promise<void>;
}

/**
 * Serves a saved page (shared/data/real-pages) at its own address, with its scripts blocked (a
 * saved page's scripts would fetch from the network or rewrite the page): what is read is the saved
 * HTML, as a human saw it. Any other path on that host is a 404. Replaces what that host served before.
 */
export function serveSavedPage(server: Pick<FixtureServer, 'routes'>, url: URL, html: string): void {
  server.routes.set(url.hostname, (req, res) => {
    if ((req.url ?? '/').split('?')[0] !== url.pathname) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'", 'cache-control': 'no-store' });
    res.end(html);
  });
}

/**
 * The fixture file served for a host and path: pages/<host>/<path segment>.html (last matching
 * segment wins), else pages/<host>.html, else the generic page (`_generic.html`).
 */
export function fixtureFileFor(host: string, url: string): string {
  const segments = new URL(url, 'http://x').pathname.split('/').filter(Boolean).reverse();
  const candidates = [
    ...segments.map((segment) => path.join(PAGES, host, `${segment.replace(/[^A-Za-z0-9._-]/g, '')}.html`)),
    path.join(PAGES, `${host}.html`),
    GENERIC_PAGE,
  ];
  return candidates.find((candidate) => candidate.startsWith(PAGES) && existsSync(candidate))!;
}

function pageFor(host: string, url: string): string {
  return readFileSync(fixtureFileFor(host, url), 'utf8').replaceAll('{{host}}', host);
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=contractlens-fixture'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits: FixtureServer['hits'] = [];
  const routes: FixtureServer['routes'] = new Map();
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    hits.push({ host, url: req.url ?? '/', headers: req.headers });
    const route = routes.get(host);
    if (route) {
      route(req, res);
      return;
    }
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(pageFor(host, req.url ?? '/'));
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(makeCertificate(), handler);
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const securePort = (secure.address() as AddressInfo).port;
  const tunnels = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk) => {
      if (chunk[0] !== 0x16) {
        socket.pause();
        socket.unshift(chunk);
        plain.emit('connection', socket);
        socket.resume();
        return;
      }
      // A TLS socket cannot take bytes already read, so TLS goes through to the HTTPS server's own port.
      const upstream = net.connect(securePort, '127.0.0.1');
      tunnels.add(upstream);
      upstream.on('close', () => tunnels.delete(upstream));
      upstream.on('error', () => socket.destroy());
      upstream.write(chunk);
      socket.pipe(upstream).pipe(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    routes,
    close: () =>
      new Promise((resolve) => {
        plain.closeAllConnections();
        secure.closeAllConnections();
        for (const tunnel of tunnels) tunnel.destroy();
        secure.close();
        server.close(() => resolve());
      }),
  };
}
