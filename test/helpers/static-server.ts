/**
 * A plain static file server on 127.0.0.1 for browser tests and the web bench: no API, nothing but files (GET and
 * HEAD), as any static host would serve an exported site. `mounts` maps URL prefixes ('/', '/clips/') to folders.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every request as "METHOD /path status". */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const requests: string[] = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    let status = 404;
    if ((req.method === 'GET' || req.method === 'HEAD') && prefix !== undefined) {
      const root = mounts[prefix];
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file.startsWith(normalize(root + sep)) || file === normalize(root)) {
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (existsSync(file) && statSync(file).isFile()) {
          status = 200;
          const ext = /\.[a-z]+$/.exec(file)?.[0] ?? '';
          res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': statSync(file).size });
          if (req.method === 'HEAD') res.end();
          else createReadStream(file).pipe(res);
        }
      }
    }
    if (status === 404) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    requests.push(`${req.method} ${path} ${status}`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
