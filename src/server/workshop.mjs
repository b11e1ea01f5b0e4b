#!/usr/bin/env node
/**
 * The workshop's server: the Yjs websocket relay (y-websocket's own engine) and, unless --relay-only, the built
 * app, on one port of the local network. It keeps nothing on disk, and forgets a room when its last
 * participant leaves.
 *
 *   npm run workshop [-- --host 0.0.0.0 --port 8787]      app + relay; prints the join address and a QR code
 *   npm run relay    [-- --host 127.0.0.1 --port 1234]    relay only, for an app hosted elsewhere
 */
import { createServer } from 'node:http';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, createReadStream } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { WebSocketServer } from 'ws';

const require = createRequire(import.meta.url);
// The relay engine of y-websocket 2.x (the release that pairs with yjs 13): sync, awareness, ping.
const { setupWSConnection, docs } = require('y-websocket/bin/utils');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    'relay-only': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const relayOnly = values['relay-only'];
const host = values.host ?? (relayOnly ? '127.0.0.1' : '0.0.0.0');
const port = Number(values.port ?? (relayOnly ? 1234 : 8787));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a whole number from 1 to 65535 (got ${values.port}).`);
  process.exit(2);
}

/** The newest modification time under a folder (ms). */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!relayOnly && !values['no-build']) {
  const built = join(dist, 'index.html');
  const stale = !existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs;
  if (stale) {
    console.log('Building the app (the sources are newer than dist/)…');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The addresses participants on the local network can reach (IPv4, not loopback). */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

const publicHosts = host === '0.0.0.0' ? lanAddresses() : [host];

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/workshop-relay.json') {
    // The app asks this to learn that the relay is on its own origin, and which address to put in the link.
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify({ relayPath: '/relay', hosts: publicHosts, port }));
    return;
  }
  if (relayOnly) {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('Service Strategy Workbench relay: connect by websocket to /relay/<room>.');
    return;
  }
  const path = normalize(join(dist, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!path.startsWith(dist + sep) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
    return;
  }
  const hashed = path.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(path).pipe(response);
});

// A room's document is at most this large in one message; the app's own limits keep rooms far smaller.
const relay = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
const ROOM = /^\/relay\/([A-Za-z0-9_-]{22,64})$/;

server.on('upgrade', (request, socket, head) => {
  const match = ROOM.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!match) {
    socket.destroy();
    return;
  }
  relay.handleUpgrade(request, socket, head, (conn) => {
    const room = match[1];
    setupWSConnection(conn, request, { docName: room });
    conn.on('close', () => {
      // y-websocket keeps a room's document in memory until the process ends unless it persists; this relay
      // keeps nothing, so a room that has emptied is dropped.
      const doc = docs.get(room);
      if (doc && doc.conns.size === 0) {
        docs.delete(room);
        doc.destroy();
      }
    });
  });
});

server.listen(port, host, async () => {
  if (values.quiet) {
    console.log(`relay listening on ${host}:${port}`);
    return;
  }
  if (relayOnly) {
    console.log(
      `Workshop relay on ws://${host}:${port}/relay — nothing is stored; rooms end when they empty.`,
    );
    console.log('In the app: Workshop → Relay address.');
    return;
  }
  const hosts = publicHosts.length > 0 ? publicHosts : ['127.0.0.1'];
  const address = `http://${hosts[0]}:${port}/`;
  console.log(`\nService Strategy Workbench — workshop server (app and relay, nothing stored)\n`);
  console.log(`Facilitator: open ${address} on the projector laptop, then Workshop → Open a room.`);
  if (hosts.length > 1) console.log(`Other addresses of this laptop: ${hosts.slice(1).join(', ')}`);
  console.log(
    `Participants: the room's own link and QR code appear on the projector; this one opens the app:\n`,
  );
  console.log(await QRCode.toString(address, { type: 'terminal', small: true }));
  console.log('Stop with Ctrl+C.');
});

const stop = () => {
  relay.clients.forEach((client) => client.terminate());
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
