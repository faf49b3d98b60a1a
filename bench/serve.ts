// A small static server for the bench: dist/ at /, generated datasets at
// /bench-data/ and the TimelineJS page at /timeline/, all on one local origin
// so `?data=` accepts the files and nothing comes from elsewhere.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject', '.txt': 'text/plain',
};

/** URL prefix → folder on disk. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

function resolvePath(mounts: Mounts, pathname: string): string | null {
  const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => pathname.startsWith(p));
  if (prefix === undefined) return null;
  const root = mounts[prefix] as string;
  const rel = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
  const file = normalize(join(root, rel));
  // A path that climbs out of its folder is refused.
  return file.startsWith(normalize(root) + sep) || file === normalize(root) ? file : null;
}

export interface Served { origin: string; close: () => Promise<void> }

export function serve(mounts: Mounts, headers: Record<string, string> = {}): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolvePath(mounts, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let size = -1;
    try {
      if (file) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch { /* missing: 404 below */ }
    if (!file || size < 0) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, ...headers });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
