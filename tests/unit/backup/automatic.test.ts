import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../src-shared/domain/backup';
import type { InstapDatabase } from '../../../src-renderer/db/database';
import {
  startAutomaticBackups,
  startBackupKeeping,
} from '../../../src-renderer/features/backup/automatic-backups';
import { writeBackup } from '../../../src-renderer/features/backup/backup-repository';
import { lastBackupLine } from '../../../src-renderer/features/backup/last-backup';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import '../../../src-renderer/ui/i18n';
import { newDatabase, runAppBridge, sampleDatabase } from './fixtures';

const minutes = (count: number) => count * 60 * 1000;

let folder: string;
let db: InstapDatabase;
const stops: (() => void)[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  folder = runAppBridge();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  db.close();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Starts the automatic backups, with a spy on each backup they write. */
async function start(database: Promise<InstapDatabase>) {
  db = await database;
  const backUp = vi.fn(() => writeBackup(db, 'daily'));
  const backups = startAutomaticBackups(db, backUp);
  stops.push(backups.stop);
  // The start (is there work in the database?) settles.
  await vi.advanceTimersByTimeAsync(0);
  return { backUp, backups };
}

/** The backups folder, and the candidates' last names in each of its files. */
function backupsOnDisk(): Record<string, string[]> {
  const backups = path.join(folder, 'backups');
  return Object.fromEntries(
    readdirSync(backups).map((name) => {
      const check = parseBackup(readFileSync(path.join(backups, name), 'utf8'));
      if (!check.ok) throw new Error(check.message);
      return [name, check.backup.tables.candidates.map((candidate) => candidate.lastName).sort()];
    }),
  );
}

const today = () => new Date().toISOString().slice(0, 10);

describe('the day’s backup follows the work', { timeout: 60_000 }, () => {
  it('is written three minutes after the last change, not before, over the day’s file', async () => {
    const { backUp, backups } = await start(newDatabase());
    // An empty database is not backed up at start.
    expect(backUp).not.toHaveBeenCalled();

    await createCandidate(db, { firstName: 'Anna', lastName: 'Eerste' });
    await vi.advanceTimersByTimeAsync(minutes(2));
    await createCandidate(db, { firstName: 'Bram', lastName: 'Tweede' });
    // Three minutes after the first change, one after the last: still waiting for a pause.
    await vi.advanceTimersByTimeAsync(minutes(1));
    expect(backUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(minutes(2));
    expect(backUp).toHaveBeenCalledTimes(1);
    await backups.flush();

    await createCandidate(db, { firstName: 'Cas', lastName: 'Derde' });
    await vi.advanceTimersByTimeAsync(minutes(3));
    expect(backUp).toHaveBeenCalledTimes(2);
    await backups.flush();
    expect(backupsOnDisk()).toEqual({
      [`instap-dag-${today()}.json`]: ['Derde', 'Eerste', 'Tweede'],
      // The month's copy is the first backup of the month and stays so.
      [`instap-maand-${today().slice(0, 7)}.json`]: ['Eerste', 'Tweede'],
    });
  });

  it('is written at start when the database holds work', async () => {
    const { backUp, backups } = await start(sampleDatabase());
    expect(backUp).toHaveBeenCalledTimes(1);
    await backups.flush();
    expect(backupsOnDisk()[`instap-dag-${today()}.json`]?.length).toBe(await db.candidates.count());
  });

  it('is written at once when the page is hidden or left, only if something changed', async () => {
    const { backUp, backups } = await start(newDatabase());
    window.dispatchEvent(new Event('pagehide'));
    expect(backUp).not.toHaveBeenCalled();

    await createCandidate(db, { firstName: 'Anna', lastName: 'Eerste' });
    window.dispatchEvent(new Event('pagehide'));
    await backups.flush();
    expect(backUp).toHaveBeenCalledTimes(1);
    expect(backupsOnDisk()[`instap-dag-${today()}.json`]).toEqual(['Eerste']);

    await createCandidate(db, { firstName: 'Bram', lastName: 'Tweede' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(backUp).toHaveBeenCalledTimes(1);
    Object.assign(document, { visibilityState: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await backups.flush();
    expect(backUp).toHaveBeenCalledTimes(2);
    expect(backupsOnDisk()[`instap-dag-${today()}.json`]).toEqual(['Eerste', 'Tweede']);
  });

  it('is written when the desktop app closes, with the last change', async () => {
    db = await newDatabase();
    stops.push(startBackupKeeping(db));
    await createCandidate(db, { firstName: 'Anna', lastName: 'Laatste' });
    await window.instapBackupOnQuit!();
    expect(backupsOnDisk()[`instap-dag-${today()}.json`]).toEqual(['Laatste']);
  });
});

describe('Instellingen says when the last backup was made', () => {
  it.each([
    [new Date(2026, 10, 23, 14, 32), 'Laatste back-up: vandaag 14:32'],
    [new Date(2026, 10, 22, 9, 5), 'Laatste back-up: gisteren 09:05'],
    [new Date(2026, 10, 20, 16, 0), 'Laatste back-up: 20-11-2026 16:00'],
  ])('%s', (at, text) => {
    const line = lastBackupLine(at.toISOString(), new Date(2026, 10, 23, 18, 0));
    expect(i18next.t(line.key, line.values)).toBe(text);
  });
});
