import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import '../../../src-renderer/ui/i18n';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { importRegister } from '../../../src-renderer/features/spreadsheet/import-register';
import { guessMapping } from '../../../src-renderer/features/spreadsheet/register-fields';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import { registerHeaders, sheetOf, validRows } from './register';

/** All or nothing: a register goes in completely, or the database stays exactly as it was. */

let counter = 0;
const freshDb = () => openDatabase(`instap-register-import-${counter++}`);
const mapping = guessMapping(registerHeaders, {});

/** Every table, audit log included, as it stands. */
async function snapshot(db: InstapDatabase) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );
}

async function dbWithSomeone() {
  const db = await freshDb();
  await createCandidate(db, { firstName: 'Bestaande', lastName: 'Kandidaat' });
  return db;
}

describe('importing a register', () => {
  it('writes every candidate, their trajectory and each employer once', async () => {
    const db = await freshDb();
    const result = await importRegister(db, sheetOf(validRows), mapping);
    expect(result).toEqual({ ok: true, imported: 4 });
    const candidates = await db.candidates.toArray();
    expect(candidates.map((candidate) => candidate.lastName).sort()).toEqual([
      'Bakr',
      'Berg',
      'de Vries',
      'Çelik',
    ]);
    const employers = await db.employers.toArray();
    // "De Linde" and "de linde " are one employer; its location "Keuken" is added to it.
    expect(employers.map((employer) => employer.name).sort()).toEqual([
      'De Linde',
      'Zorggroep Oost',
    ]);
    const linde = employers.find((employer) => employer.name === 'De Linde')!;
    expect(linde.locations.map((location) => location.name)).toEqual(['Keuken']);
    const trajectories = await db.trajectories.toArray();
    expect(trajectories).toHaveLength(3);
    const fatma = candidates.find((candidate) => candidate.lastName === 'Çelik')!;
    expect(fatma.municipality).toBe('Zwolle');
    expect(trajectories.find((t) => t.candidateId === fatma.id)).toMatchObject({
      employerId: linde.id,
      locationId: linde.locations[0]!.id,
      status: 'ongoing',
      startedOn: '2024-02-01',
      programme: 'WEP Trein',
    });
  });

  it('leaves the database unchanged when one row of the file is wrong', async () => {
    const db = await dbWithSomeone();
    const before = await snapshot(db);
    const rows = structuredClone(validRows);
    rows[3]![9] = 'veel';
    const result = await importRegister(db, sheetOf(rows), mapping);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.row)).toEqual([5]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls every row back when writing fails halfway', async () => {
    const db = await dbWithSomeone();
    const before = await snapshot(db);
    const add = db.trajectories.add.bind(db.trajectories);
    let calls = 0;
    vi.spyOn(db.trajectories, 'add').mockImplementation((...args) => {
      if (++calls === 2) throw new Error('schijf vol');
      return add(...args);
    });
    await expect(importRegister(db, sheetOf(validRows), mapping)).rejects.toThrow('schijf vol');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a register that holds someone already in Instap', async () => {
    const db = await freshDb();
    expect(await importRegister(db, sheetOf(validRows), mapping)).toEqual({
      ok: true,
      imported: 4,
    });
    const again = await importRegister(db, sheetOf(validRows), mapping);
    expect(again.ok ? 0 : again.problems.length).toBe(4);
    expect(await db.candidates.count()).toBe(4);
  });
});
