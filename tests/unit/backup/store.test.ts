import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_DAILY, KEEP_MONTHLY, createBackupStore } from '../../../src-main/files/backup-store';
import { createServiceHandlers, dispatch } from '../../../src-main/handlers';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'instap-backups-'));

describe('backup store', () => {
  it('keeps the last 14 daily and 12 monthly backups', async () => {
    let at = new Date('2026-01-01T09:00:00Z');
    const store = createBackupStore(folder(), () => at);
    for (let day = 0; day < 400; day++) {
      at = new Date(Date.UTC(2026, 0, 1 + day, 9));
      await store.write('daily', `{"day":${day}}`);
    }
    const names = (await store.list()).map((entry) => entry.name);
    const daily = names.filter((name) => name.startsWith('instap-dag-')).sort();
    const monthly = names.filter((name) => name.startsWith('instap-maand-')).sort();
    expect(daily).toHaveLength(KEEP_DAILY);
    expect(daily.at(-1)).toBe('instap-dag-2027-02-04.json');
    expect(monthly).toHaveLength(KEEP_MONTHLY);
    expect(monthly.at(-1)).toBe('instap-maand-2027-02.json');
    expect(JSON.parse(await store.read('instap-maand-2027-01.json'))).toEqual({ day: 365 });
  });

  it('reads only its own backup names: no path leaves the folder', async () => {
    const handlers = createServiceHandlers({
      transport: 'web',
      version: '0',
      dataFolder: folder(),
      canOpenFiles: false,
    });
    for (const name of [
      '../secret.json',
      'instap-../../x.json',
      '/etc/passwd',
      'instap-a/b.json',
    ]) {
      const result = await dispatch(handlers, 'backup:read', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('leaves the previous backup intact when the process dies mid-write', async () => {
    const data = folder();
    const store = createBackupStore(data, () => new Date('2026-11-23T09:00:00Z'));
    await store.write('daily', JSON.stringify({ version: 'previous' }));
    const script = `
      import { createBackupStore } from ${JSON.stringify(path.resolve('src-main/files/backup-store.ts'))};
      const store = createBackupStore(${JSON.stringify(data)}, () => new Date('2026-11-23T12:00:00Z'));
      process.send?.('writing');
      await store.write('daily', 'x'.repeat(400 * 1024 * 1024));
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      },
    );
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const file = path.join(data, 'backups', 'instap-dag-2026-11-23.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'previous' });
    // Only a stray temp file may remain; it is never mistaken for a backup.
    const backups = (await store.list()).map((entry) => entry.name);
    expect(backups.sort()).toEqual(['instap-dag-2026-11-23.json', 'instap-maand-2026-11.json']);
    expect(readdirSync(path.join(data, 'backups')).length).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
