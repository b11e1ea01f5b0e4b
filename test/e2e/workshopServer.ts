import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts `npm run workshop`'s server (the built app and the relay) on 127.0.0.1:`port`, as a team would on
 * the meeting-room laptop; `relayOnly` starts the relay alone (`npm run relay`).
 */
export async function startWorkshopServer(port: number, relayOnly = false): Promise<RunningServer> {
  const args = [
    'src/server/workshop.mjs',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--no-build',
    '--quiet',
  ];
  if (relayOnly) args.push('--relay-only');
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`workshop server did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`workshop server exited (${code}): ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
