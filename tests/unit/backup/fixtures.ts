import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { backupTables, parseBackup, serialiseBackup } from '../../../src-shared/domain/backup';
import { channelNames } from '../../../src-shared/ipc/contract';
import { sampleDataset } from '../../../src-shared/sample';
import { createServiceHandlers, dispatch } from '../../../src-main/handlers';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { createBackup } from '../../../src-renderer/features/backup/backup-repository';
import { loadInstallation } from '../../../src-renderer/data/installation';
import { loadDataset } from '../../../src-renderer/data/sample-data';

export const dataFolder = () => mkdtempSync(path.join(os.tmpdir(), 'instap-data-'));

/** A database as the app opens it: with its installation identity (the pseudonym secret). */
export async function newDatabase(): Promise<InstapDatabase> {
  // Unique across worker threads: Dexie tells every thread of the process about each change.
  const db = await openDatabase(`instap-${crypto.randomUUID()}`);
  await loadInstallation(db);
  return db;
}

/** The 2019 WEP Trein sample data (people past retention included), as loaded in the app. */
export async function sampleDatabase(): Promise<InstapDatabase> {
  const db = await newDatabase();
  await loadDataset(db, sampleDataset({ today: '2026-11-23' }));
  return db;
}

/** Every table's rows, to compare a whole database before and after. */
export async function snapshot(db: InstapDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(backupTables.map(async (name) => [name, await db.table(name).toArray()])),
  );
}

export async function backupOf(db: InstapDatabase) {
  const check = parseBackup(serialiseBackup(await createBackup(db, 'Instap test')));
  if (!check.ok) throw new Error(check.message);
  return check.backup;
}

/** The main process's service handlers with their data folder on disk. */
export const serviceHandlers = (folder: string) =>
  createServiceHandlers({
    transport: 'electron',
    version: '0',
    dataFolder: folder,
    canOpenFiles: false,
  });

/**
 * `window.instap` as Electron's preload gives it to the renderer: every channel goes through the
 * real handler table (`dispatch`, request schemas included) with its data folder on disk. Also a
 * `window` and `document` to listen on, as the renderer expects.
 */
export function runAppBridge(folder: string = dataFolder()): string {
  const handlers = serviceHandlers(folder);
  const instap = Object.fromEntries(
    channelNames.map((name) => [name, (request: unknown) => dispatch(handlers, name, request)]),
  );
  vi.stubGlobal('window', Object.assign(new EventTarget(), { instap }));
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  return folder;
}
