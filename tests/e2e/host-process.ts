import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The web host as the coach starts it (`node dist/main/web-host.cjs`), and the one-time addresses
 * it prints, read from its output: the only way into the host, for the tests as for the coach.
 */
export interface HostProcess {
  /** Every address printed so far, oldest first. */
  addresses: string[];
  /** Waits until the host has printed more than `count` addresses; answers the newest. */
  nextAddress(count: number): Promise<string>;
  stop(): Promise<void>;
}

const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\?sleutel=[\w-]+/;
const root = path.resolve(import.meta.dirname, '..', '..');

export async function startHostProcess(port: number, dataFolder: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'dist', 'main', 'web-host.cjs'),
      '--port',
      String(port),
      '--data-dir',
      dataFolder,
      '--no-browser',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const addresses: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const found = ADDRESS.exec(line)?.[0];
    if (!found) return;
    addresses.push(found);
    for (const wake of waiting) wake();
  });

  function nextAddress(count: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (addresses.length <= count) return false;
        waiting.delete(wake);
        clearTimeout(timer);
        resolve(addresses[addresses.length - 1] as string);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        waiting.delete(wake);
        reject(new Error(`The web host on port ${port} printed no new address.`));
      }, 20_000);
      waiting.add(wake);
      check();
    });
  }

  await Promise.race([
    nextAddress(0),
    exited.then(() => Promise.reject(new Error(`The web host on port ${port} stopped.`))),
  ]);
  return {
    addresses,
    nextAddress,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
