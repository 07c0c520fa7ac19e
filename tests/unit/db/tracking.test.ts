import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src-shared/domain/coaching';
import type { TrajectoryInput } from '../../../src-shared/domain/trajectory';
import { openDatabase } from '../../../src-renderer/db/database';
import { RuleViolation } from '../../../src-renderer/db/records';
import {
  buildCandidateRows,
  defaultRowFilter,
  defaultRowSort,
  filterRows,
  sortRows,
  withinOneEdit,
} from '../../../src-renderer/features/candidates/candidate-rows';
import {
  createCandidate,
  deleteCandidate,
  findCandidate,
  restoreCandidate,
  updateCandidate,
} from '../../../src-renderer/data/candidate-repository';
import { findProfile, saveProfile } from '../../../src-renderer/data/coaching-repository';
import {
  createTrajectory,
  evaluationsOf,
  learningGoals,
  saveEvaluation,
  trajectoriesOf,
  updateTrajectory,
} from '../../../src-renderer/data/trajectory-repository';
import {
  activeEmployers,
  allEmployers,
  findOrCreateEmployer,
} from '../../../src-renderer/data/employer-repository';
import { erase } from '../../../src-renderer/data/privacy-repository';

let counter = 0;
const freshDb = () => openDatabase(`instap-tracking-${counter++}`);

const trajectoryFor = (
  candidateId: string,
  changes: Partial<TrajectoryInput> = {},
): TrajectoryInput => ({
  candidateId,
  kind: 'work-experience',
  employerId: null,
  locationId: null,
  workplaceSupervisor: null,
  coach: 'Coach',
  startedOn: '2026-03-02',
  plannedEndOn: '2026-09-02',
  hoursPerWeek: 16,
  role: null,
  status: 'ongoing',
  endedOn: null,
  stopReason: null,
  outcome: null,
  outcomeEmployer: null,
  outcomeHours: null,
  closingNote: null,
  ...changes,
});

describe('candidates and trajectories', () => {
  it('refuses a second running trajectory and writes nothing', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, { firstName: 'Fatma', lastName: 'Çelik' });
    await createTrajectory(db, trajectoryFor(candidate.id));
    await expect(createTrajectory(db, trajectoryFor(candidate.id))).rejects.toBeInstanceOf(
      RuleViolation,
    );
    expect(await db.trajectories.count()).toBe(1);
    const closed = await createTrajectory(
      db,
      trajectoryFor(candidate.id, {
        status: 'completed',
        startedOn: '2025-01-06',
        endedOn: '2025-06-30',
        plannedEndOn: null,
      }),
    );
    await expect(
      updateTrajectory(db, closed.id, { ...closed, status: 'ongoing', endedOn: null }),
    ).rejects.toBeInstanceOf(RuleViolation);
    expect((await db.trajectories.get(closed.id))?.status).toBe('completed');
  });

  it('logs every change by field name only, never the values', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, {
      firstName: 'Aminata',
      lastName: 'Ouédraogo',
      phone: '06-12345678',
    });
    await updateCandidate(db, candidate.id, { ...candidate, email: 'aminata@example.nl' });
    await deleteCandidate(db, candidate.id);
    await restoreCandidate(db, candidate.id);
    const log = await db.auditLog.toArray();
    expect(log.map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(log[1]?.fields).toEqual(['email']);
    const text = JSON.stringify(log);
    for (const personal of ['Aminata', 'Ouédraogo', '06-12345678', 'aminata@example.nl']) {
      expect(text).not.toContain(personal);
    }
  });

  it('hides a deleted candidate from the list, restores it, and purges everything', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, { firstName: 'Jan', lastName: 'de Vries' });
    const trajectory = await createTrajectory(db, trajectoryFor(candidate.id));
    await learningGoals.add(db, trajectory.id, { text: 'Op tijd komen', status: 'open' });
    const rows = async () =>
      buildCandidateRows(
        await db.candidates.toArray(),
        await db.trajectories.toArray(),
        await db.employers.toArray(),
        'Stichting De Brug',
      );
    await deleteCandidate(db, candidate.id);
    expect(await rows()).toHaveLength(0);
    await restoreCandidate(db, candidate.id);
    expect((await rows())[0]?.status).toBe('ongoing');
    await erase(db, [candidate.id]);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.trajectories.count()).toBe(0);
    expect(await db.learningGoals.count()).toBe(0);
  });

  it('moves goal statuses with the latest evaluation only', async () => {
    const db = await freshDb();
    const candidate = await createCandidate(db, { firstName: 'Zoë', lastName: 'de Groot' });
    const trajectory = await createTrajectory(db, trajectoryFor(candidate.id));
    const goal = await learningGoals.add(db, trajectory.id, { text: 'Lunchronde', status: 'open' });
    await saveEvaluation(db, trajectory.id, {
      date: '2026-06-01',
      notes: null,
      progress: [{ goalId: goal.id, status: 'achieved', remark: null }],
    });
    expect((await db.learningGoals.get(goal.id))?.status).toBe('achieved');
    await saveEvaluation(db, trajectory.id, {
      date: '2026-04-01',
      notes: null,
      progress: [{ goalId: goal.id, status: 'in-progress', remark: null }],
    });
    expect((await db.learningGoals.get(goal.id))?.status).toBe('achieved');
  });

  it('never makes the same employer twice', async () => {
    const db = await freshDb();
    const first = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
    const second = await findOrCreateEmployer(db, '  zorgcentrum de linde ');
    expect(second.id).toBe(first.id);
    expect(await db.employers.count()).toBe(1);
  });
});

describe('search', () => {
  it('finds names without case and diacritics and one typo away', async () => {
    const db = await freshDb();
    for (const [firstName, lastName] of [
      ['Fatma', 'Çelik'],
      ['Aminata', 'Ouédraogo'],
      ['Jan', 'Jansen'],
    ] as const) {
      await createCandidate(db, { firstName, lastName });
    }
    const rows = buildCandidateRows(await db.candidates.toArray(), [], [], 'Stichting De Brug');
    const find = (query: string) =>
      filterRows(sortRows(rows, defaultRowSort), { ...defaultRowFilter, query }).map(
        (row) => row.name,
      );
    expect(find('celik')).toEqual(['Fatma Çelik']);
    expect(find('oudraogo')).toEqual(['Aminata Ouédraogo']);
    expect(find('OUEDR')).toEqual(['Aminata Ouédraogo']);
    expect(find('jan')).toEqual(['Jan Jansen']);
    expect(find('xyz')).toEqual([]);
  });

  it('counts edits exactly', () => {
    expect(withinOneEdit('ouedraogo', 'oudraogo')).toBe(true);
    expect(withinOneEdit('celik', 'celi')).toBe(true);
    expect(withinOneEdit('celik', 'cleik')).toBe(false);
    expect(withinOneEdit('jansen', 'janssen')).toBe(true);
    expect(withinOneEdit('jansen', 'hansan')).toBe(false);
  });
});

describe('the reads the screens use', () => {
  it('tells "not found" (null) apart from "still loading" (undefined)', async () => {
    const db = await freshDb();
    const trajectory = await createTrajectory(
      db,
      trajectoryFor((await createCandidate(db, { firstName: 'Eva', lastName: 'Bos' })).id),
    );
    expect(await findCandidate(db, 'unknown')).toBeNull();
    expect(await findProfile(db, trajectory.id)).toBeNull();
    await saveProfile(db, trajectory.id, { ...emptyProfile, brings: 'Rust' });
    expect((await findProfile(db, trajectory.id))?.brings).toBe('Rust');
  });

  it("gives one candidate's trajectories and one trajectory's evaluations only", async () => {
    const db = await freshDb();
    const eva = await createCandidate(db, { firstName: 'Eva', lastName: 'Bos' });
    const ali = await createCandidate(db, { firstName: 'Ali', lastName: 'Kaya' });
    const evas = await createTrajectory(db, trajectoryFor(eva.id));
    const alis = await createTrajectory(db, trajectoryFor(ali.id));
    await saveEvaluation(db, evas.id, { date: '2026-05-01', notes: 'Eva', progress: [] });
    await saveEvaluation(db, alis.id, { date: '2026-05-02', notes: 'Ali', progress: [] });
    expect((await trajectoriesOf(db, eva.id)).map((trajectory) => trajectory.id)).toEqual([
      evas.id,
    ]);
    expect((await evaluationsOf(db, alis.id)).map((evaluation) => evaluation.notes)).toEqual([
      'Ali',
    ]);
  });

  it('offers only employers outside the trash, but still names those in it', async () => {
    const db = await freshDb();
    const kept = await findOrCreateEmployer(db, 'Bakkerij Smit');
    const trashed = await findOrCreateEmployer(db, 'Garage Oost');
    await db.employers.update(trashed.id, { deletedAt: '2026-05-01T10:00:00.000Z' });
    expect((await activeEmployers(db)).map((employer) => employer.name)).toEqual([kept.name]);
    expect((await allEmployers(db)).map((employer) => employer.name).sort()).toEqual([
      'Bakkerij Smit',
      'Garage Oost',
    ]);
  });
});
