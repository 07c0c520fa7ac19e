import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, serialiseBackup, type Backup } from '../../../src-shared/domain/backup';
import { pastRetention, type RetentionPolicy } from '../../../src-shared/domain/retention';
import { emptySettings, type Settings } from '../../../src-shared/domain/settings';
import type { InstapDatabase } from '../../../src-renderer/db/database';
import { restoreBackup } from '../../../src-renderer/features/backup/backup-repository';
import { trackErasures } from '../../../src-renderer/features/backup/erasures';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import { anonymise, erase } from '../../../src-renderer/data/privacy-repository';
import { loadSettings, saveSettings } from '../../../src-renderer/data/settings-repository';
import { todayIso } from '../../../src-renderer/ui/format';
import { backupOf, newDatabase, runAppBridge, sampleDatabase, snapshot } from './fixtures';

const opened: InstapDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const track = (db: InstapDatabase) => (opened.push(db), db);

/** The safety backups ("voor terugzetten") the restore wrote, parsed. */
function safetyBackups(folder: string): Backup[] {
  const backups = path.join(folder, 'backups');
  return readdirSync(backups)
    .filter((name) => name.startsWith('instap-voor-terugzetten-'))
    .map((name) => {
      const check = parseBackup(readFileSync(path.join(backups, name), 'utf8'));
      if (!check.ok) throw new Error(check.message);
      return check.backup;
    });
}

const setRetention = (db: InstapDatabase, years: RetentionPolicy) =>
  saveSettings(db, {
    ...emptySettings,
    organisationName: 'Stichting Voorbeeld',
    retentionYearsAfterEnd: years.yearsAfterEnd,
    retentionYearsAfterDiscussion: years.yearsAfterDiscussion,
  });

/** Someone the retention rule keeps (a running trajectory), so only an erasure can touch them. */
async function keptPeople(db: InstapDatabase, count: number): Promise<string[]> {
  const running = await db.trajectories.where('status').equals('ongoing').toArray();
  const ids = [...new Set(running.map((trajectory) => trajectory.candidateId))].slice(0, count);
  expect(ids).toHaveLength(count);
  return ids;
}

describe('restoring a backup as the app does it', { timeout: 60_000 }, () => {
  it('first backs up the current state, then replaces it', async () => {
    const folder = runAppBridge();
    const db = track(await sampleDatabase());
    const backup = await backupOf(db);
    // Work done after the backup was made.
    const added = await createCandidate(db, { firstName: 'Nieuw', lastName: 'Na de back-up' });
    const before = await snapshot(db);

    await restoreBackup(db, backup);

    const [safety, ...more] = safetyBackups(folder);
    expect(more).toEqual([]);
    expect(safety!.tables).toEqual(before);
    expect(await db.candidates.get(added.id)).toBeUndefined();
    expect(await db.candidates.count()).toBe(backup.tables.candidates.length);
  });

  it('leaves the current state as it was when writing fails midway', async () => {
    runAppBridge();
    const db = track(await sampleDatabase());
    const backup = await backupOf(db);
    await createCandidate(db, { firstName: 'Nieuw', lastName: 'Na de back-up' });
    const before = await snapshot(db);
    // Candidates and trajectories are already replaced when the evaluations fail (a full disk).
    db.evaluations.hook('creating', () => {
      throw new Error('schijf vol');
    });

    await expect(restoreBackup(db, backup)).rejects.toThrow('schijf vol');

    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup that breaks a domain rule, naming it', async () => {
    const db = track(await sampleDatabase());
    const backup = await backupOf(db);
    const damaged = (change: (copy: Backup) => void) => {
      const copy = structuredClone(backup);
      change(copy);
      return parseBackup(serialiseBackup(copy));
    };
    const running = backup.tables.trajectories.find(
      (trajectory) => trajectory.status === 'ongoing' && !trajectory.deletedAt,
    )!;
    const installation = (copy: Backup) =>
      copy.tables.settings.find((row) => row.key === 'installation')!;

    expect(
      damaged((copy) => copy.tables.trajectories.push({ ...running, id: 'tweede-lopend' })),
    ).toEqual({
      ok: false,
      message:
        'De back-up is niet samenhangend: een kandidaat heeft meer dan één lopend traject. Er is niets gewijzigd.',
    });
    const secretMessage =
      'De back-up is niet samenhangend: de installatiesleutel voor de pseudoniemen ontbreekt of is ongeldig. Er is niets gewijzigd.';
    expect(
      damaged((copy) => {
        installation(copy).value = { organisationId: 'org', secret: new Uint8Array(8) };
      }),
    ).toEqual({ ok: false, message: secretMessage });
    expect(
      damaged((copy) => {
        copy.tables.settings = copy.tables.settings.filter((row) => row.key !== 'installation');
      }),
    ).toEqual({ ok: false, message: secretMessage });
  });
});

describe('a restore keeps the privacy decisions made since the backup', { timeout: 60_000 }, () => {
  it('runs the retention rule with the periods in force before the restore, not those of the backup', async () => {
    runAppBridge();
    const old = track(await sampleDatabase());
    await setRetention(old, { yearsAfterEnd: 30, yearsAfterDiscussion: 30 });
    const backup = await backupOf(old);
    const now: RetentionPolicy = { yearsAfterEnd: 2, yearsAfterDiscussion: 1 };
    const target = track(await newDatabase());
    await setRetention(target, now);

    await restoreBackup(target, backup);

    const today = todayIso();
    const [candidates, trajectories] = [
      await old.candidates.toArray(),
      await old.trajectories.toArray(),
    ];
    const expired = pastRetention(candidates, trajectories, today, now);
    const stillKept = pastRetention(candidates, trajectories, today, {
      yearsAfterEnd: 30,
      yearsAfterDiscussion: 30,
    });
    expect(stillKept).toEqual([]);
    expect(expired.length).toBeGreaterThan(10);
    const expiredIds = new Set(expired.map((candidate) => candidate.id));
    for (const candidate of await target.candidates.toArray()) {
      const anonymised = { id: candidate.id, anonymised: candidate.anonymisedAt !== null };
      expect(anonymised).toEqual({ id: candidate.id, anonymised: expiredIds.has(candidate.id) });
      if (expiredIds.has(candidate.id)) expect(candidate.lastName).toBe('');
    }
  });

  it('keeps the periods in force in the settings; everything else in the settings comes from the backup', async () => {
    runAppBridge();
    const organisation = (name: string, years: RetentionPolicy): Settings => ({
      ...emptySettings,
      organisationName: `Stichting ${name}`,
      coachName: `Coach ${name}`,
      retentionYearsAfterEnd: years.yearsAfterEnd,
      retentionYearsAfterDiscussion: years.yearsAfterDiscussion,
    });
    const old = track(await sampleDatabase());
    await saveSettings(old, organisation('Toen', { yearsAfterEnd: 30, yearsAfterDiscussion: 30 }));
    const withSettings = await backupOf(old);
    const now: RetentionPolicy = { yearsAfterEnd: 3, yearsAfterDiscussion: 2 };
    const target = track(await newDatabase());
    await saveSettings(target, organisation('Nu', now));

    await restoreBackup(target, withSettings);
    expect(await loadSettings(target)).toEqual(organisation('Toen', now));

    // A backup made before any settings were saved: the periods in force stay all the same.
    const withoutSettings = await backupOf(track(await sampleDatabase()));
    await restoreBackup(target, withoutSettings);
    expect(await loadSettings(target)).toEqual({
      ...emptySettings,
      retentionYearsAfterEnd: 3,
      retentionYearsAfterDiscussion: 2,
    });
  });

  it('keeps them so when only the database knows (erased before the register existed)', async () => {
    runAppBridge();
    const db = track(await sampleDatabase());
    const backup = await backupOf(db);
    const [anonymisedId, erasedId] = await keptPeople(db, 2);
    await anonymise(db, [anonymisedId!]);
    await erase(db, [erasedId!]);

    await restoreBackup(db, backup);

    expect((await db.candidates.get(anonymisedId!))?.anonymisedAt).not.toBeNull();
    expect(await db.candidates.get(erasedId!)).toBeUndefined();
  });

  it('keeps people erased or anonymised after the backup was made so, also in an emptied database', async () => {
    const folder = runAppBridge();
    const db = track(await sampleDatabase());
    const stopTracking = trackErasures(db);
    const backup = await backupOf(db);
    const [anonymisedId, erasedId] = await keptPeople(db, 2);
    const named = await db.candidates.get(anonymisedId!);
    await anonymise(db, [anonymisedId!]);
    await erase(db, [erasedId!]);

    // In the same database, and in an empty one (the browser lost its data), from the same folder.
    const emptied = track(await newDatabase());
    for (const target of [db, emptied]) {
      await restoreBackup(target, backup);
      const anonymised = await target.candidates.get(anonymisedId!);
      expect(anonymised?.anonymisedAt).not.toBeNull();
      expect(anonymised?.lastName).toBe('');
      expect(await target.candidates.get(erasedId!)).toBeUndefined();
      expect(await target.trajectories.where('candidateId').equals(erasedId!).count()).toBe(0);
    }
    stopTracking();

    // Outside the backups, by id only; the restores' own retention run is recorded as well.
    const register = JSON.parse(readFileSync(path.join(folder, 'erasures.json'), 'utf8')) as {
      erased: string[];
      anonymised: string[];
    };
    expect(register.erased).toEqual([erasedId]);
    expect(register.anonymised).toContain(anonymisedId);
    for (const id of register.anonymised) expect(id).toMatch(/^sample-c-\d{4}$/);
    expect(JSON.stringify(register)).not.toContain(named!.lastName);
  });
});
