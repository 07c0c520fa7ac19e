import 'fake-indexeddb/auto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serialiseBackup } from '../../../src-shared/domain/backup';
import { createBackupStore } from '../../../src-main/files/backup-store';
import { secureDataFolder } from '../../../src-main/files/data-folder';
import { createErasureRegister } from '../../../src-main/files/erasure-register';
import { logError } from '../../../src-main/files/error-log';
import { startWebHost, type RunningWebHost } from '../../../src-main/web-host';
import { createBackup } from '../../../src-renderer/features/backup/backup-repository';
import { dataFolder, newDatabase } from './fixtures';

const mode = (file: string) => statSync(file).mode & 0o777;

let host: RunningWebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

describe('the data folder is private to its user', () => {
  it('is made 0700 with every file 0600: backups, the month copy, the log, the erasure register', async () => {
    // A folder that does not exist yet, as at the first start.
    const data = path.join(dataFolder(), 'instap');
    const text = serialiseBackup(await createBackup(await newDatabase(), 'Instap test'));
    const store = createBackupStore(data, () => new Date('2026-11-23T09:00:00Z'));
    await store.write('daily', text);
    await store.write('manual', text);
    await createErasureRegister(data).record('erased', ['c-1']);
    logError(data, new Error('kapot'));

    expect(mode(data)).toBe(0o700);
    expect(mode(path.join(data, 'backups'))).toBe(0o700);
    const files = [
      ...readdirSync(path.join(data, 'backups')).map((name) => path.join('backups', name)),
      'erasures.json',
      'instap.log',
    ];
    expect(files).toHaveLength(5);
    for (const file of files) expect([file, mode(path.join(data, file))]).toEqual([file, 0o600]);
  });

  it('repairs an open folder at start and removes the temp files a crash left', async () => {
    const data = dataFolder();
    const backups = path.join(data, 'backups');
    mkdirSync(backups);
    const files = ['instap.log', 'erasures.json', 'backups/instap-dag-2026-11-23.json'];
    for (const file of files) writeFileSync(path.join(data, file), '{}', { mode: 0o644 });
    // write-file-atomic's temp names: `<file>.<number>`, left behind by a kill -9.
    const leftovers = [
      'backups/instap-dag-2026-11-23.json.3282745261',
      'backups/instap-handmatig-2026-11-23-10-00-00.json.17',
      'erasures.json.99',
    ];
    for (const file of leftovers) writeFileSync(path.join(data, file), 'half', { mode: 0o644 });
    chmodSync(backups, 0o755);
    chmodSync(data, 0o755);
    // A link is not Instap's file: what it points to stays as it is.
    const outside = path.join(dataFolder(), 'elsewhere.txt');
    writeFileSync(outside, 'x', { mode: 0o644 });
    symlinkSync(outside, path.join(data, 'link.txt'));

    await secureDataFolder(data);

    expect(mode(data)).toBe(0o700);
    expect(mode(backups)).toBe(0o700);
    for (const file of files) expect([file, mode(path.join(data, file))]).toEqual([file, 0o600]);
    for (const file of leftovers)
      expect([file, existsSync(path.join(data, file))]).toEqual([file, false]);
    expect(mode(outside)).toBe(0o644);
  });

  it('is secured when the web host starts', async () => {
    const data = dataFolder();
    chmodSync(data, 0o755);
    writeFileSync(path.join(data, 'instap.log'), '', { mode: 0o644 });
    host = await startWebHost({ port: 0, dataFolder: data, rendererFolder: dataFolder() });
    expect(mode(data)).toBe(0o700);
    expect(mode(path.join(data, 'instap.log'))).toBe(0o600);
  });
});
