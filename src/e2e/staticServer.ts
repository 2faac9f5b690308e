/** A plain static file server, as a static host would be: the build's files with their types, and no Content-Security-Policy header. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** The production build the specs run against (playwright.config.ts serves the same folder). */
export const BUILD_DIR = process.env.E2E_DIST ?? 'dist';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every path asked for, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 with nothing but Content-Type: `/` is index.html, anything missing a 404. */
export async function staticServer(root: string = BUILD_DIR): Promise<StaticServer> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://static.invalid').pathname;
    hits.push(path);
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    // Nothing outside the build folder, however the path is spelled.
    if (!file.startsWith(normalize(root))) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
