import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_MONTHLY, createBackupStore } from '../../../src-main/files/backup-store';
import { committedBackup } from '../../fixtures/backups/committed';

/**
 * The names, rotation and listing of the backups a coach makes by hand and those made before a
 * restore, beside the daily ones: each kind keeps its own newest 20, and the list shows the
 * newest first with its size. The store takes any text here (the contract checks it on arrival).
 */
const newFolder = () => mkdtempSync(path.join(os.tmpdir(), 'instap-store-'));

describe('backups by hand and before a restore', () => {
  it('are named by the second they were made and keep their own newest 20 each', async () => {
    const data = newFolder();
    let at = new Date('2026-03-01T09:00:00Z');
    const store = createBackupStore(data, () => at);
    await store.write('daily', '{"kind":"daily"}');
    const written = [];
    for (let n = 0; n < 22; n++) {
      at = new Date(Date.UTC(2026, 2, 1, 9, 0, n));
      written.push(await store.write('manual', `{"manual":${n}}`));
      await store.write('before-restore', `{"before":${n}}`);
    }
    expect(written[0]).toMatchObject({
      name: 'instap-handmatig-2026-03-01-09-00-00.json',
      size: '{"manual":0}'.length,
    });
    const files = readdirSync(path.join(data, 'backups')).sort();
    const seconds = (from: number) =>
      Array.from({ length: 20 }, (_, i) => String(from + i).padStart(2, '0'));
    expect(files).toEqual([
      'instap-dag-2026-03-01.json',
      ...seconds(2).map((s) => `instap-handmatig-2026-03-01-09-00-${s}.json`),
      'instap-maand-2026-03.json',
      ...seconds(2).map((s) => `instap-voor-terugzetten-2026-03-01-09-00-${s}.json`),
    ]);
    expect(await store.read('instap-handmatig-2026-03-01-09-00-21.json')).toBe('{"manual":21}');
    expect(await store.read('instap-voor-terugzetten-2026-03-01-09-00-02.json')).toBe(
      '{"before":2}',
    );
  });

  it('are listed newest first, with their size and time', async () => {
    const data = newFolder();
    const store = createBackupStore(data, () => new Date('2026-03-01T09:00:00Z'));
    const texts = { daily: '{"a":1}', manual: '{"bb":22}', 'before-restore': '{"ccc":333}' };
    const names = {
      daily: (await store.write('daily', texts.daily)).name,
      manual: (await store.write('manual', texts.manual)).name,
      'before-restore': (await store.write('before-restore', texts['before-restore'])).name,
    };
    // Modified in an order unlike both the names' and the writes'.
    const modified = {
      [names.manual]: new Date('2026-03-03T10:00:00Z'),
      [names.daily]: new Date('2026-03-02T10:00:00Z'),
      'instap-maand-2026-03.json': new Date('2026-03-04T10:00:00Z'),
      [names['before-restore']]: new Date('2026-03-01T10:00:00Z'),
    };
    for (const [name, time] of Object.entries(modified)) {
      utimesSync(path.join(data, 'backups', name), time, time);
    }
    expect(await store.list()).toEqual([
      {
        name: 'instap-maand-2026-03.json',
        size: texts.daily.length,
        modifiedAt: '2026-03-04T10:00:00.000Z',
      },
      { name: names.manual, size: texts.manual.length, modifiedAt: '2026-03-03T10:00:00.000Z' },
      { name: names.daily, size: texts.daily.length, modifiedAt: '2026-03-02T10:00:00.000Z' },
      {
        name: names['before-restore'],
        size: texts['before-restore'].length,
        modifiedAt: '2026-03-01T10:00:00.000Z',
      },
    ]);
  });

  it('lists nothing but backups, and nothing in a new data folder', async () => {
    const data = newFolder();
    const store = createBackupStore(data, () => new Date('2026-03-01T09:00:00Z'));
    expect(await store.list()).toEqual([]);
    await store.write('manual', '{}');
    writeFileSync(path.join(data, 'backups', 'notities.txt'), 'geen back-up');
    expect((await store.list()).map((entry) => entry.name)).toEqual([
      'instap-handmatig-2026-03-01-09-00-00.json',
    ]);
  });

  it('leaves alone files whose name only contains a kind of backup', async () => {
    const data = newFolder();
    const backups = path.join(data, 'backups');
    mkdirSync(backups, { recursive: true });
    // A coach's own copies, named after a backup: valid backup names, but of no kind.
    const copies = Array.from({ length: 25 }, (_, i) => {
      const dd = String(i + 1).padStart(2, '0');
      return [
        `instap-kopie-instap-dag-2026-01-${dd}.json`,
        `instap-kopie-${dd}-instap-maand-2024-${String((i % 12) + 1).padStart(2, '0')}.json`,
        `instap-kopie-instap-handmatig-${dd}.json`,
        `instap-kopie-instap-voor-terugzetten-${dd}.json`,
      ];
    }).flat();
    for (const name of copies) writeFileSync(path.join(backups, name), '{}');
    const store = createBackupStore(data, () => new Date('2026-03-01T09:00:00Z'));
    await store.write('daily', '{}');
    await store.write('manual', '{}');
    await store.write('before-restore', '{}');
    const left = readdirSync(backups);
    expect(copies.filter((name) => !left.includes(name))).toEqual([]);
    expect(left).toHaveLength(copies.length + 4);
  });
});

describe('rotation beside entries that cannot be read', () => {
  it('spares the newest readable backup of those it would remove', async () => {
    const data = newFolder();
    const backups = path.join(data, 'backups');
    mkdirSync(backups, { recursive: true });
    const real = committedBackup(7);
    const monthName = (month: number) =>
      `instap-maand-${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}.json`;
    // Two real monthly backups from before a restart (not written by this store), then as many
    // newer months as are kept, none of them readable (folders with a backup's name), up to
    // this month's, which therefore is not written again.
    writeFileSync(path.join(backups, monthName(0)), real);
    writeFileSync(path.join(backups, monthName(1)), real);
    const thisMonth = 12 * 2 + 2; // March 2026
    const newer = Array.from({ length: KEEP_MONTHLY }, (_, i) => thisMonth - i).reverse();
    for (const month of newer) mkdirSync(path.join(backups, monthName(month)));

    const store = createBackupStore(data, () => new Date('2026-03-01T09:00:00Z'));
    await store.write('daily', '{"today":1}');

    const monthly = readdirSync(backups)
      .filter((name) => name.startsWith('instap-maand-'))
      .sort();
    expect(monthly).toEqual([monthName(1), ...newer.map(monthName)]);
  });
});

describe('a backup made while the clock stands behind', () => {
  it('stays, though newer backups fill the kind', async () => {
    const data = newFolder();
    let at = new Date('2026-04-01T09:00:00Z');
    const store = createBackupStore(data, () => at);
    for (let day = 1; day <= 14; day++) {
      at = new Date(Date.UTC(2026, 3, day, 9));
      await store.write('daily', `{"april":${day}}`);
    }
    // The computer's date is set a month back.
    at = new Date('2026-03-01T09:00:00Z');
    const entry = await store.write('daily', '{"today":1}');

    expect(entry).toMatchObject({
      name: 'instap-dag-2026-03-01.json',
      size: '{"today":1}'.length,
    });
    expect(await store.read('instap-dag-2026-03-01.json')).toBe('{"today":1}');
    const daily = readdirSync(path.join(data, 'backups')).filter((name) =>
      name.startsWith('instap-dag-'),
    );
    expect(daily).toHaveLength(15);
  });
});
