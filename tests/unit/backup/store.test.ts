import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseBackup } from '../../../src-shared/domain/backup';
import { KEEP_DAILY, KEEP_MONTHLY, createBackupStore } from '../../../src-main/files/backup-store';
import { secureDataFolder } from '../../../src-main/files/data-folder';
import { dispatch } from '../../../src-main/handlers';
import { createBackup } from '../../../src-renderer/features/backup/backup-repository';
import { dataFolder as folder, newDatabase, sampleDatabase, serviceHandlers } from './fixtures';

/** Every file of the backups folder with its content. */
const contents = (data: string) =>
  Object.fromEntries(
    readdirSync(path.join(data, 'backups')).map((name) => [
      name,
      readFileSync(path.join(data, 'backups', name), 'utf8'),
    ]),
  );

describe('backup store', { timeout: 60_000 }, () => {
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
    const handlers = serviceHandlers(folder());
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

  it('stores only a backup of Instap: 21 junk writes are refused in Dutch and the real one stays', async () => {
    const data = folder();
    const handlers = serviceHandlers(data);
    const db = await sampleDatabase();
    const backup = await createBackup(db, 'Instap test');
    const real = serialiseBackup(backup);
    expect(
      await dispatch(handlers, 'backup:write', { reason: 'manual', text: real }),
    ).toMatchObject({ ok: true });
    const before = contents(data);

    const twoRunning = structuredClone(backup);
    const running = twoRunning.tables.trajectories.find(
      (trajectory) => trajectory.status === 'ongoing' && !trajectory.deletedAt,
    );
    twoRunning.tables.trajectories.push({ ...running!, id: 'second-running' });
    const junk: [string, RegExp][] = [
      ['xx', /geen geldige JSON/],
      ['{"format":"wep-regional-export","version":1}', /geen back-up van Instap/],
      [real.slice(0, real.length / 2), /geen geldige JSON/],
      [real.replace('"format":"instap-backup"', '"format":"iets-anders"'), /geen back-up/],
      [serialiseBackup(twoRunning), /niet samenhangend: een kandidaat heeft meer dan één lopend/],
    ];
    for (let attempt = 0; attempt < 21; attempt++) {
      const [text, message] = junk[attempt % junk.length]!;
      const result = await dispatch(handlers, 'backup:write', { reason: 'manual', text });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      if (result.ok) continue;
      expect(result.error.issues?.[0]).toMatch(message);
    }
    expect(contents(data)).toEqual(before);
    db.close();
  });

  it('never rotates out the newest usable backup of a kind, whatever newer files lie beside it', async () => {
    const data = folder();
    const at = new Date('2026-03-01T09:00:00Z');
    const real = serialiseBackup(await createBackup(await newDatabase(), 'Instap test'));
    await createBackupStore(data, () => at).write('daily', real);
    // Newer files that are no backup: stored by an older Instap, which took any text.
    const plant = (name: string) => writeFileSync(path.join(data, 'backups', name), 'junk');
    for (let day = 2; day <= 22; day++)
      plant(`instap-dag-2026-03-${String(day).padStart(2, '0')}.json`);
    for (let month = 4; month <= 16; month++) {
      const year = 2026 + Math.floor((month - 1) / 12);
      plant(`instap-maand-${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}.json`);
    }

    // After a restart (nothing known about the files), the day's backup is written again.
    const store = createBackupStore(data, () => at);
    await store.write('daily', real);

    const names = (await store.list()).map((entry) => entry.name).sort();
    const daily = names.filter((name) => name.startsWith('instap-dag-'));
    const monthly = names.filter((name) => name.startsWith('instap-maand-'));
    expect(daily[0]).toBe('instap-dag-2026-03-01.json');
    expect(daily.slice(1)).toEqual(
      Array.from(
        { length: KEEP_DAILY },
        (_, i) => `instap-dag-2026-03-${String(9 + i).padStart(2, '0')}.json`,
      ),
    );
    expect(monthly[0]).toBe('instap-maand-2026-03.json');
    expect(monthly).toHaveLength(KEEP_MONTHLY + 1);
    expect(monthly[1]).toBe('instap-maand-2026-05.json');
    expect(await store.read('instap-maand-2026-03.json')).toBe(real);
  });

  it('leaves the previous backup intact when the process is killed mid-write, and the next start removes the temp file', async () => {
    const data = folder();
    const store = createBackupStore(data, () => new Date('2026-11-23T09:00:00Z'));
    await store.write('daily', JSON.stringify({ version: 'previous' }));
    const backups = path.join(data, 'backups');
    // The child holds its write where a crash hurts most: the temp file written, not yet
    // renamed (fsync never returns). It is killed once the temp file is seen on disk, so the
    // interruption is certain, not a matter of timing.
    const script = `
      import fs from 'node:fs';
      import { createBackupStore } from ${JSON.stringify(path.resolve('src-main/files/backup-store.ts'))};
      fs.fsync = () => undefined;
      setInterval(() => undefined, 1000); // alive until killed
      const store = createBackupStore(${JSON.stringify(data)}, () => new Date('2026-11-23T12:00:00Z'));
      await store.write('daily', JSON.stringify({ version: 'next', padding: 'x'.repeat(1024 * 1024) }));
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const isTemp = (name: string) => /^instap-dag-2026-11-23\.json\.\d+$/.test(name);
    let temp: string | undefined;
    for (let waited = 0; !temp && waited < 20_000; waited += 20) {
      temp = readdirSync(backups).find(isTemp);
      if (!temp) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(temp).toBeDefined();
    // Private from its first byte, like the backup it would have become.
    expect(statSync(path.join(backups, temp!)).mode & 0o777).toBe(0o600);
    child.kill('SIGKILL');
    expect(await exited).toBeNull();

    const file = path.join(backups, 'instap-dag-2026-11-23.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'previous' });
    expect(readdirSync(backups).filter(isTemp)).toEqual([temp]);

    await secureDataFolder(data);
    expect(readdirSync(backups).sort()).toEqual([
      'instap-dag-2026-11-23.json',
      'instap-maand-2026-11.json',
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'previous' });
  });
});
