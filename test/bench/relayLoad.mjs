/**
 * The relay under load: N participants simulated in this one process join one room through
 * `npm run relay`'s server, each adds an idea (a value the size of a signed idea) at a random moment within
 * a few seconds, and every participant's document records when each idea arrived. Reports, per room size,
 * the time from an idea's writing to its arrival on the last screen (median, p95, max) and whether every
 * idea reached every screen. All clients share this process's one thread, so the figures are an upper
 * bound of what separate phones would see (each simulated client applies every other's update: n² work on
 * one thread); the relay's own CPU time per run is reported beside them.
 *
 *   node test/bench/relayLoad.mjs [sizes…]        e.g. node test/bench/relayLoad.mjs 10 50 100 200
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

process.setMaxListeners(0); // each y-websocket client adds an exit listener
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const port = 4389;
const SPREAD_MS = 3000;

const relay = spawn(
  process.execPath,
  ['src/server/workshop.mjs', '--relay-only', '--port', String(port), '--quiet'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve) => relay.stdout.once('data', resolve));

/** The relay process's CPU time so far (ms), from /proc (Linux), or NaN elsewhere. */
const relayCpuMs = () => {
  try {
    const fields = readFileSync(`/proc/${relay.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function run(n) {
  const cpuBefore = relayCpuMs();
  const room = `load${n}x${Date.now().toString(36)}`.padEnd(22, 'x');
  const clients = [];
  const arrivals = new Map(); // key → arrival times (ms) on the other clients
  const sentAt = new Map();
  for (let i = 0; i < n; i++) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/relay`, room, doc, {
      WebSocketPolyfill: WebSocket,
      // Simulated phones do not share a BroadcastChannel; in one process they would, and flood each other.
      disableBc: true,
    });
    doc.getMap('entries').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const list = arrivals.get(key) ?? [];
        list.push(now);
        arrivals.set(key, list);
      }
    });
    clients.push({ doc, provider });
  }
  await Promise.all(
    clients.map(({ provider }) => new Promise((r) => (provider.synced ? r() : provider.once('sync', r)))),
  );
  const text = 'x'.repeat(400); // about a signed idea's size
  await Promise.all(
    clients.map(
      ({ doc }, i) =>
        new Promise((resolve) =>
          setTimeout(() => {
            const key = `p${i}/idea/1`;
            sentAt.set(key, performance.now());
            doc.getMap('entries').set(key, JSON.stringify({ p: text, s: 'sig' }));
            resolve();
          }, Math.random() * SPREAD_MS),
        ),
    ),
  );
  const deadline = performance.now() + 30_000;
  while (
    performance.now() < deadline &&
    [...sentAt.keys()].some((k) => (arrivals.get(k)?.length ?? 0) < n - 1)
  )
    await new Promise((r) => setTimeout(r, 50));
  const lastScreen = [...sentAt].map(([key, at]) => Math.max(...(arrivals.get(key) ?? [Infinity])) - at);
  const complete = [...sentAt.keys()].every((k) => (arrivals.get(k)?.length ?? 0) >= n - 1);
  clients.forEach(({ provider, doc }) => {
    provider.destroy();
    doc.destroy();
  });
  return {
    participants: n,
    'ideas written': n,
    'every idea on every screen': complete,
    'to last screen, median (ms)': Math.round(percentile(lastScreen, 50)),
    'p95 (ms)': Math.round(percentile(lastScreen, 95)),
    'max (ms)': Math.round(Math.max(...lastScreen)),
    'relay CPU (ms)': Math.round(relayCpuMs() - cpuBefore),
  };
}

const results = [];
for (const n of sizes.length > 0 ? sizes : [10, 25, 50, 100, 200]) results.push(await run(n));
console.table(results);
relay.kill();
process.exit(0);
