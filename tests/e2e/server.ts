/** A local HTTP server on 127.0.0.1 for fixture pages; records every request it gets. */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // No charset: the page's own <meta charset> decides (non-UTF-8 fixtures).
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  url(path: string): string;
  requests: string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Text replaced in served pages, e.g. `{{ATTACKER}}` → the second server's origin. */
  vars?: Record<string, string>;
  /** `cache-control: no-store`, so each view that shows an image asks for it again. */
  noStore?: boolean;
}

/** Serves `roots` (first match wins); `/csp/<path>` serves the same file under a strict CSP. */
export async function startServer(
  roots = ['tests/fixtures/pages', 'samples'],
  options: ServerOptions = {},
): Promise<FixtureServer> {
  const requests: string[] = [];
  const dirs = roots.map((r) => resolve(r));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const strict = path.startsWith('/csp/');
    const rel = normalize(strict ? path.slice(4) : path).replace(/^(\.\.[/\\])+/, '');
    const file = dirs.map((d) => join(d, rel)).find((f) => existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(strict ? { 'content-security-policy': "default-src 'none'; img-src 'self'" } : {}),
      ...(options.noStore ? { 'cache-control': 'no-store' } : {}),
    });
    res.end(substitute(readFileSync(file), options.vars));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Byte-safe for any ASCII-compatible charset (windows-1251, shift_jis): placeholders are ASCII. */
function substitute(body: Buffer, vars: Record<string, string> | undefined): Buffer {
  if (!vars) return body;
  let text = body.toString('latin1');
  for (const [from, to] of Object.entries(vars)) text = text.replaceAll(from, to);
  return Buffer.from(text, 'latin1');
}
