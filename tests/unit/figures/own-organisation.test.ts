import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeCertificate } from '../../../src-main/pdf/certificate';
import { infographicData } from '../../../src-main/pdf/infographic-data';
import { ownOrganisationName, toFigureRecords } from '../../../src-shared/domain/figure-records';
import { emptySettings } from '../../../src-shared/domain/settings';
import type { TrajectoryInput } from '../../../src-shared/domain/trajectory';
import { isRecordsFile } from '../../../src-shared/exchange';
import { breakdown, calendarYear, computeFigures } from '../../../src-shared/figures';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import {
  certificateContent,
  proposedEdits,
} from '../../../src-renderer/features/certificates/certificate-content';
import { findOrCreateEmployer } from '../../../src-renderer/data/employer-repository';
import { buildOwnExport } from '../../../src-renderer/features/regional/export-sources';
import { loadSettings, saveSettings } from '../../../src-renderer/data/settings-repository';
import { createTrajectory } from '../../../src-renderer/data/trajectory-repository';
import { pdfText } from '../pdf/pdf-tools';

/**
 * Issue 15, rule 3: a placement at the own organisation is stored without an employer. It counts
 * as an employer under the organisation's name from Instellingen, in the figures, the breakdowns,
 * the infographic, the regional export and on the certificate; never as "onbekend" or null.
 */

const year = calendarYear(2026);
const referenceDate = '2026-11-23';
let counter = 0;

function placement(candidateId: string, employerId: string | null): TrajectoryInput {
  return {
    candidateId,
    kind: 'work-experience',
    employerId,
    locationId: null,
    workplaceSupervisor: null,
    coach: null,
    startedOn: '2026-03-02',
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: 'Medewerker facilitaire dienst',
    status: 'completed',
    endedOn: '2026-09-01',
    stopReason: null,
    outcome: 'paid-work',
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  };
}

/** One placement at the own organisation (no employer) and one at Zorgcentrum De Linde. */
async function database(organisationName: string) {
  const db = await openDatabase(`instap-own-organisation-${counter++}`);
  await saveSettings(db, { ...emptySettings, organisationName, place: 'Zwolle' });
  const fatma = await createCandidate(db, {
    firstName: 'Fatma',
    lastName: 'Çelik',
    discussedOn: '2026-02-10',
  });
  const jan = await createCandidate(db, { firstName: 'Jan', lastName: 'Smit' });
  const linde = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
  const own = await createTrajectory(db, placement(fatma.id, null));
  await createTrajectory(db, placement(jan.id, linde.id));
  return { db, own };
}

async function records(db: InstapDatabase) {
  const settings = await loadSettings(db);
  return toFigureRecords(
    await db.candidates.toArray(),
    await db.trajectories.toArray(),
    await db.employers.toArray(),
    settings.organisationName,
  );
}

describe('a placement at the own organisation (issue 15, rule 3)', () => {
  it('counts as an employer, under the name in Instellingen, in figures and breakdowns', async () => {
    const { db } = await database('Stichting De Brug');
    const all = await records(db);
    expect(computeFigures(all, year, referenceDate)).toMatchObject({ started: 2, employers: 2 });
    const rows = breakdown(all, year, referenceDate, 'employer');
    expect(rows.map((row) => [row.group, row.figures.started, row.figures.employers])).toEqual([
      ['Stichting De Brug', 1, 1],
      ['Zorgcentrum De Linde', 1, 1],
    ]);
    const data = infographicData({
      title: { organisation: 'Stichting De Brug', region: null, regional: false },
      period: year,
      referenceDate,
      records: all,
    });
    expect(data.employers).toEqual([
      { name: 'Stichting De Brug', started: 1 },
      { name: 'Zorgcentrum De Linde', started: 1 },
    ]);
    db.close();
  });

  it('follows a renamed organisation, and has a name while Instellingen has none', async () => {
    const { db } = await database('Stichting De Brug');
    await saveSettings(db, { ...(await loadSettings(db)), organisationName: 'De Brug Zorg' });
    const renamed = breakdown(await records(db), year, referenceDate, 'employer');
    expect(renamed.map((row) => row.group)).toEqual(['De Brug Zorg', 'Zorgcentrum De Linde']);

    // Before the coach fills in Instellingen the name is empty (it cannot be saved empty).
    const unnamedRecords = toFigureRecords(
      await db.candidates.toArray(),
      await db.trajectories.toArray(),
      await db.employers.toArray(),
      '',
    );
    const unnamed = breakdown(unnamedRecords, year, referenceDate, 'employer');
    expect(unnamed.map((row) => row.group)).toEqual(['Eigen organisatie', 'Zorgcentrum De Linde']);
    expect(ownOrganisationName('  ')).toBe('Eigen organisatie');
    db.close();
  });

  it('is exported under the organisation name, with records and counts only', async () => {
    const { db } = await database('Stichting De Brug');
    const options = {
      period: year,
      referenceDate,
      include: { ageBand: false, benefit: true, hoursPerWeek: false, learningGoals: false },
      generator: 'Instap test',
    };
    const withRecords = await buildOwnExport(db, { ...options, level: 'records' });
    if (!isRecordsFile(withRecords)) throw new Error('expected records');
    expect(withRecords.trajectories.map((t) => t.employer).sort()).toEqual([
      'Stichting De Brug',
      'Zorgcentrum De Linde',
    ]);
    expect(withRecords.summary.employers).toBe(2);

    const counts = await buildOwnExport(db, { ...options, level: 'counts' });
    if (isRecordsFile(counts)) throw new Error('expected counts only');
    expect(counts.summary.employers).toBe(2);
    expect(counts.summary.employerStarts).toEqual([
      { employer: 'Stichting De Brug', started: 1 },
      { employer: 'Zorgcentrum De Linde', started: 1 },
    ]);
    db.close();
  });

  it('names the organisation as employer on the certificate and in its proposed text', async () => {
    const { db, own } = await database('Stichting De Brug');
    await saveSettings(db, {
      ...(await loadSettings(db)),
      certificateTemplate: '{voornaam} heeft bij {werkgever} als {functie} gewerkt.',
    });
    expect((await proposedEdits(db, own.id)).text).toBe(
      'Fatma Çelik heeft van 2 maart 2026 tot en met 1 september 2026 werkervaring opgedaan bij ' +
        'Stichting De Brug als medewerker facilitaire dienst. Dat waren 26 weken van 16 uur per ' +
        'week, in totaal ongeveer 420 uur.\n\n' +
        'Fatma heeft bij Stichting De Brug als medewerker facilitaire dienst gewerkt.',
    );
    const content = await certificateContent(db, own.id, null, '2026-09-02');
    const file = await makeCertificate({ number: '2026-0001', content }, '0.1.0');
    const text = (await pdfText(file.bytes)).replace(/\s+/g, ' ');
    // The facts panel: labels in a row, their values below.
    expect(text).toContain('WERKGEVER FUNCTIE Stichting De Brug Medewerker facilitaire dienst');
    db.close();
  }, 60_000);
});
