/** Loopback servers the specs start: one that records whoever reaches it, one that streams metric rows. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';

/** Addresses on one loopback server, for each way a page or worker can connect. */
export interface ProbeTargets {
  http: string;
  ws: string;
}

/** A running server on 127.0.0.1 with HTTP and WebSocket on one port. */
export interface TestServer {
  /** `127.0.0.1:<port>`. */
  host: string;
  targets: ProbeTargets;
  /** Every HTTP request and WebSocket upgrade that reached it, as `METHOD /path`. */
  hits: string[];
  /** Every WebSocket opened to it. */
  sockets: WebSocket[];
  close(): Promise<void>;
}

async function start(onSocket: (socket: WebSocket) => void): Promise<TestServer> {
  const hits: string[] = [];
  const sockets: WebSocket[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    // Any origin may read it, so only a Content-Security-Policy can keep a page from it.
    const events = request.url?.startsWith('/events') === true;
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': events ? 'text/event-stream' : 'text/plain' });
    if (events) response.write('data: {"cpu": 1}\n\n');
    else response.end('ok');
  });
  server.on('upgrade', (request) => hits.push(`UPGRADE ${request.url}`));
  const socketServer = new WebSocketServer({ server });
  socketServer.on('connection', (socket) => {
    sockets.push(socket);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    targets: { http: `http://${host}/`, ws: `ws://${host}/` },
    hits,
    sockets,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => socketServer.close(resolve));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A server that only records who reached it. */
export function recordingServer(): Promise<TestServer> {
  return start(() => {});
}

/** A WebSocket endpoint that sends `rows` (JSON messages) to each connection, then whatever `more` adds. */
export function rowServer(rows: readonly string[], more: (socket: WebSocket) => void = () => {}): Promise<TestServer> {
  return start((socket) => {
    for (const row of rows) socket.send(row);
    more(socket);
  });
}

/** A month of the default generator's rows at five minutes, as the JSON objects a live endpoint sends. */
export function generatedRows(count: number): string[] {
  const dataset = generateDataset({ ...DEFAULT_CONFIG, months: 1, intervalSeconds: 300, seed: 11 });
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number | string> = { timestamp: new Date(dataset.timestamps[r]).toISOString() };
    for (const column of dataset.columns) row[column.key] = column.values[r];
    return JSON.stringify(row);
  });
}
