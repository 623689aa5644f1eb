import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { relayPath } from '../src/collab/relayUrl';
import { createRelay } from './createRelay';
import { relayLimits } from './relayLimits';

export interface ClassroomServer {
  server: Server;
  /** Stops accepting, closes every client's socket and resolves once the port is free. */
  close: () => Promise<void>;
}

/**
 * One origin for the class: the built app (`appDir`, when given) and the relay's websocket on
 * `/relay`, so a student opens one address and the app's CSP keeps `connect-src 'self'`.
 */
export async function serveClassroom(options: { port: number; host: string; appDir: string | null; nowMs?: () => number }): Promise<ClassroomServer> {
  const relay = createRelay({ nowMs: options.nowMs });
  const serveApp = options.appDir ? sirv(options.appDir, { single: true, etag: true }) : null;
  const server = createServer((request, response) => {
    if (serveApp) return serveApp(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('This is the Meridian relay: open the app served by `npm start` or `npx meridian classroom`.\n');
  });
  // A socket past the hard cap is cut by ws itself; up to it, the relay reads the message and says why it refuses.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 2 * relayLimits.messageBytes });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://relay').pathname !== relayPath) return socket.destroy();
    sockets.handleUpgrade(request, socket, head, (ws) => relay.handleConnection(ws, request));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    server,
    close: async () => {
      relay.closeConnections();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
