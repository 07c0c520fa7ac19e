import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the browser opener asks the system to run, recorded instead of run. */
const spawned: string[][] = [];
vi.mock('node:child_process', () => ({
  spawn: (command: string, args: string[]) => {
    spawned.push([command, ...args]);
    const child = Object.assign(new EventEmitter(), { unref: () => undefined });
    // As when no browser opener is installed: the error arrives after spawn returned.
    setTimeout(() => child.emit('error', new Error('ENOENT')), 0);
    return child;
  },
}));

const { openInBrowser } = await import('../../../src-main/open-in-browser');
const address = 'http://127.0.0.1:5178/?sleutel=Pokw4DVkzcc-bwZHZm0dwHV4nh_4fDuvXavRlFLjnus';

beforeEach(() => {
  spawned.length = 0;
});

describe('opening the one-time address in a browser', () => {
  it('never puts the secret on a command line: it goes into a private page', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-open-'));
    await openInBrowser(address, folder);
    const launcher = path.join(folder, 'instap-openen.html');
    expect(spawned).toHaveLength(1);
    expect(spawned[0]?.at(-1)).toBe(launcher);
    expect(spawned.flat().join(' ')).not.toContain('sleutel');
    expect(statSync(launcher).mode & 0o777).toBe(0o600);
    expect(readFileSync(launcher, 'utf8')).toContain(
      `<meta http-equiv="refresh" content="0; url=${address}">`,
    );
    // The opener's failure (no browser) comes later and is ignored.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('fails silently when the page cannot be written', async () => {
    await expect(openInBrowser(address, '/nonexistent/instap')).resolves.toBeUndefined();
    expect(spawned).toEqual([]);
  });
});
