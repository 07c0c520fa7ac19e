import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { InstapDatabase, SCHEMA_VERSION } from '../../../src-renderer/db/database';
import { personalData, undeclaredTables } from '../../../src-renderer/data/personal-data';
import { anonymise, erase, eraseTrajectory } from '../../../src-renderer/data/privacy-repository';
import {
  filledDatabase,
  fullyRecordedCandidate,
  plantValues,
  plantedValuesLeft,
} from './filled-database';

/** A filled database with values planted in every field about one fully recorded person. */
async function plantedPerson() {
  const { db, dataset } = await filledDatabase();
  const candidateId = fullyRecordedCandidate(dataset);
  return { db, dataset, candidateId, planted: await plantValues(db, candidateId) };
}

/**
 * DOMAIN.md, privacy: erasure and anonymisation reach every table that holds the person. Known
 * values are planted in every field about one person in every table; afterwards none of them is
 * found in any row of any table, nor in a backup made after the action.
 */

// A filled database, a backup and a search of every row take a while on a busy machine.
describe('privacy reaches every table', { timeout: 60_000 }, () => {
  it('has a declared privacy handling for every table of the schema, and notices a new one', async () => {
    const { db } = await filledDatabase();
    expect(undeclaredTables(db)).toEqual([]);
    expect(Object.keys(personalData).sort()).toEqual(db.tables.map((t) => t.name).sort());
    db.close();

    // A later version adds a table that could hold people, but nobody declared it.
    const grown = new InstapDatabase('instap-privacy-grown');
    grown.version(SCHEMA_VERSION + 1).stores({ meetings: 'id, candidateId' });
    await grown.open();
    expect(undeclaredTables(grown)).toEqual(['meetings']);
    await expect(anonymise(grown, ['nobody'])).rejects.toThrow('privacy-undeclared-tables');
    grown.close();
  });

  it('anonymising leaves none of the planted values in the database or a new backup', async () => {
    const { db, dataset, candidateId, planted } = await plantedPerson();
    for (const field of [
      'candidates:lastName',
      'candidates:birthDate',
      'trajectories:closingNote',
      'learningGoals:text',
      'buildUpSteps:text',
      'evaluations:notes',
      'evaluations:progress.*.remark',
      'coachingEntries:note',
      'profiles:brings',
      'certificates:content.candidate.fullName',
      'certificates:content.candidate.birthDate',
      'certificates:content.personalText',
      'certificates:content.achievedGoals.*',
      'candidates:municipality',
      'trajectories:benefitApproval.office',
      'trajectories:benefitApproval.consultant',
      'trajectories:benefitApproval.fileNumber',
      'trainings:name',
    ]) {
      expect(planted.fields, field).toContain(field);
    }
    expect(await plantedValuesLeft(db, planted)).toEqual({
      database: planted.values,
      backup: planted.values,
    });

    expect(await anonymise(db, [candidateId])).toBe(1);
    expect(await plantedValuesLeft(db, planted)).toEqual({ database: [], backup: [] });
    // The register keeps the certificate's number, year and status.
    const before = dataset.certificates.filter((c) => c.candidateId === candidateId);
    const after = await db.certificates.bulkGet(before.map((c) => c.id));
    expect(after.map((c) => [c?.number, c?.year, c?.status])).toEqual(
      before.map((c) => [c.number, c.year, c.status]),
    );
    expect(after[0]?.content.candidate.fullName).toBe('Geanonimiseerd');
    db.close();
  });

  it('removing from the Prullenbak leaves none of the planted values, and the register its numbers', async () => {
    const { db, dataset, candidateId, planted } = await plantedPerson();
    const certificates = dataset.certificates.filter((c) => c.candidateId === candidateId);

    expect(await erase(db, [candidateId])).toBe(1);
    expect(await plantedValuesLeft(db, planted)).toEqual({ database: [], backup: [] });
    expect(await db.candidates.get(candidateId)).toBeUndefined();
    expect(await db.trajectories.where('candidateId').equals(candidateId).count()).toBe(0);
    const kept = await db.certificates.bulkGet(certificates.map((c) => c.id));
    expect(kept.map((c) => c?.number)).toEqual(certificates.map((c) => c.number));
    db.close();
  });

  it('removing one trajectory for good also clears its certificate', async () => {
    const { db, dataset, candidateId, planted } = await plantedPerson();
    const certificate = dataset.certificates.find((c) => c.candidateId === candidateId);
    if (!certificate) throw new Error('no certificate');
    const plantedIn = async () => {
      const text = JSON.stringify(await db.certificates.get(certificate.id));
      return planted.values.filter((value) => text.includes(`"${value}"`));
    };
    expect((await plantedIn()).length).toBeGreaterThan(3);

    await eraseTrajectory(db, certificate.trajectoryId);
    expect(await plantedIn()).toEqual([]);
    expect(await db.trajectories.get(certificate.trajectoryId)).toBeUndefined();
    expect((await db.certificates.get(certificate.id))?.number).toBe(certificate.number);
    expect((await db.candidates.get(candidateId))?.id).toBe(candidateId);
    db.close();
  });
});
