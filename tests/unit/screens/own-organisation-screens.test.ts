import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptySettings } from '../../../src-shared/domain/settings';
import type { TrajectoryInput } from '../../../src-shared/domain/trajectory';
import { openDatabase } from '../../../src-renderer/db/database';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import { findOrCreateEmployer } from '../../../src-renderer/data/employer-repository';
import { saveSettings } from '../../../src-renderer/data/settings-repository';
import { createTrajectory } from '../../../src-renderer/data/trajectory-repository';
import { buildCandidateRows } from '../../../src-renderer/features/candidates/candidate-rows';
import { buildProgressReport } from '../../../src-renderer/features/coaching/progress-report';
import { blankReportForm } from '../../../src-shared/domain/coaching';
import { buildAgenda } from '../../../src-renderer/features/meeting/meeting-agenda';
import { subjectAccessReport } from '../../../src-renderer/features/privacy/subject-access';

/**
 * Issue 15, rule 3 on the screens and reports beside the figures: a placement at the own
 * organisation (stored without an employer) shows the organisation's name, never a dash.
 */

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
    plannedEndOn: '2026-09-01',
    hoursPerWeek: 16,
    role: 'Medewerker facilitaire dienst',
    status: 'ongoing',
    endedOn: null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  };
}

async function database() {
  const db = await openDatabase(`instap-own-organisation-screens-${counter++}`);
  await saveSettings(db, { ...emptySettings, organisationName: 'Stichting De Brug' });
  const fatma = await createCandidate(db, { firstName: 'Fatma', lastName: 'Çelik' });
  const jan = await createCandidate(db, { firstName: 'Jan', lastName: 'Smit' });
  const linde = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
  const own = await createTrajectory(db, placement(fatma.id, null));
  await createTrajectory(db, placement(jan.id, linde.id));
  return { db, fatma, own };
}

describe('a placement at the own organisation on the screens (issue 15, rule 3)', () => {
  it('the candidate list names the organisation', async () => {
    const { db } = await database();
    const rows = buildCandidateRows(
      await db.candidates.toArray(),
      await db.trajectories.toArray(),
      await db.employers.toArray(),
      'Stichting De Brug',
    );
    expect(rows.map((row) => [row.name, row.employer]).sort()).toEqual([
      ['Fatma Çelik', 'Stichting De Brug'],
      ['Jan Smit', 'Zorgcentrum De Linde'],
    ]);
  });

  it('the meeting agenda names the organisation', async () => {
    const { db } = await database();
    const agenda = buildAgenda('2026-05-01', {
      candidates: await db.candidates.toArray(),
      trajectories: await db.trajectories.toArray(),
      employers: await db.employers.toArray(),
      goals: [],
      evaluations: [],
      openPlacements: [],
      organisationName: 'Stichting De Brug',
      evaluationWeeks: 6,
    });
    expect(agenda.running.map((item) => item.employer).sort()).toEqual([
      'Stichting De Brug',
      'Zorgcentrum De Linde',
    ]);
  });

  it('the progress report names the organisation', async () => {
    const { db, own } = await database();
    const report = await buildProgressReport(db, own.id, {
      ...blankReportForm({ from: '2026-03-01', to: '2026-05-01' }, 'interim'),
      conclusion: 'Gaat goed.',
    });
    expect(report.trajectory.employer).toBe('Stichting De Brug');
  });

  it('the inzage names the organisation', async () => {
    const { db, fatma } = await database();
    const report = await subjectAccessReport(db, fatma.id, '2026-05-01');
    expect(report.trajectories.map((trajectory) => trajectory.employer)).toEqual([
      'Stichting De Brug',
    ]);
  });
});
