import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  BSN_REFUSED_MESSAGE,
  benefitApprovalSchema,
  looksLikeBsn,
} from '../../../src-shared/domain/benefit-approval';
import { attendanceInputSchema } from '../../../src-shared/domain/attendance';
import { dueFollowUps, emptyFollowUp } from '../../../src-shared/domain/outflow';
import { addMonthsToIsoDate } from '../../../src-shared/domain/dates';
import { trajectoryInputSchema } from '../../../src-shared/domain/trajectory';
import { openDatabase } from '../../../src-renderer/db/database';
import {
  createCandidate,
  updateCandidateExtras,
} from '../../../src-renderer/data/candidate-repository';
import {
  createTrajectory,
  updateTrajectory,
  updateTrajectoryExtras,
} from '../../../src-renderer/data/trajectory-repository';
import { attendanceOf, saveAttendanceWeek } from '../../../src-renderer/data/attendance-repository';

/** The rules of "More of the programme" (DOMAIN.md; issue 15 points 5–8). */

describe('the benefit approval never holds a BSN', () => {
  // 111222333 passes the eleven-test (9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6·11).
  it('recognises nine digits passing the eleven-test, also written with spaces or dots', () => {
    expect(looksLikeBsn('111222333')).toBe(true);
    expect(looksLikeBsn('1112.22.333')).toBe(true);
    expect(looksLikeBsn('111 222 333')).toBe(true);
    expect(looksLikeBsn('111222334')).toBe(false); // fails the test
    expect(looksLikeBsn('11122233')).toBe(false); // eight digits
    expect(looksLikeBsn('000000000')).toBe(false);
    expect(looksLikeBsn('WI-2026-0412')).toBe(false);
  });

  it('refuses it as a file number with a Dutch message that does not repeat it', () => {
    const approval = { agency: 'uwv', office: null, consultant: null, approvedOn: null };
    const refused = benefitApprovalSchema.safeParse({ ...approval, fileNumber: '111222333' });
    expect(refused.success).toBe(false);
    const issue = refused.error?.issues[0];
    expect(issue?.path).toEqual(['fileNumber']);
    expect(issue?.message).toBe(BSN_REFUSED_MESSAGE);
    expect(issue?.message).not.toContain('111222333');
    expect(
      benefitApprovalSchema.parse({ ...approval, fileNumber: 'UWV-2026-48213' }).fileNumber,
    ).toBe('UWV-2026-48213');
  });
});

describe('follow-up and attendance', () => {
  it('is due 6 and 12 months after the end, end of month clamped, and only for paid work', () => {
    expect(addMonthsToIsoDate('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonthsToIsoDate('2019-12-31', 12)).toBe('2020-12-31');
    const trajectory = { outcome: 'paid-work', endedOn: '2020-06-30', followUp: emptyFollowUp() };
    expect(dueFollowUps(trajectory, '2020-12-29')).toEqual([]);
    expect(dueFollowUps(trajectory, '2020-12-30')).toEqual(['months6']);
    expect(dueFollowUps(trajectory, '2021-06-30')).toEqual(['months6', 'months12']);
    expect(
      dueFollowUps(
        { ...trajectory, followUp: { months6: 'employed', months12: null } },
        '2021-07-01',
      ),
    ).toEqual(['months12']);
    expect(dueFollowUps({ ...trajectory, outcome: 'education' }, '2022-01-01')).toEqual([]);
  });

  it('names a week by its Monday', () => {
    const week = { hoursAgreed: 16, hoursWorked: 12, daysAbsent: 1 };
    expect(attendanceInputSchema.safeParse({ ...week, weekStart: '2026-11-16' }).success).toBe(
      true,
    );
    expect(attendanceInputSchema.safeParse({ ...week, weekStart: '2026-11-17' }).success).toBe(
      false,
    );
  });
});

describe('the repositories of version 7', () => {
  async function placement() {
    const db = await openDatabase(`instap-programme-${Math.random()}`);
    const candidate = await createCandidate(db, { firstName: 'Fatma', lastName: 'Çelik' });
    const trajectory = await createTrajectory(db, {
      candidateId: candidate.id,
      kind: 'work-experience',
      employerId: null,
      locationId: null,
      workplaceSupervisor: null,
      coach: null,
      startedOn: '2026-01-05',
      plannedEndOn: null,
      hoursPerWeek: 16,
      role: null,
      status: 'completed',
      endedOn: '2026-06-26',
      stopReason: null,
      outcome: 'paid-work',
      outcomeEmployer: null,
      outcomeHours: null,
      closingNote: null,
      programme: 'WEP Trein',
    });
    return { db, candidate, trajectory };
  }

  it('keeps the extras when the trajectory form saves, and drops outflow without paid work', async () => {
    const { db, trajectory } = await placement();
    expect(trajectory.programme).toBe('WEP Trein');
    await updateTrajectoryExtras(db, trajectory.id, {
      outflow: { contractType: 'permanent', instruments: ['none'], inSector: true },
      followUp: { months6: 'employed', months12: null },
    });
    // What the trajectory form holds and saves: its own fields only.
    const id = trajectory.id;
    const form = trajectoryInputSchema.parse(await db.trajectories.get(id));
    await updateTrajectory(db, id, { ...form, closingNote: 'Afgerond.' });
    expect(await db.trajectories.get(id)).toMatchObject({
      programme: 'WEP Trein',
      outflow: { contractType: 'permanent' },
      followUp: { months6: 'employed' },
    });
    await updateTrajectory(db, id, { ...form, outcome: 'education' });
    expect(await db.trajectories.get(id)).toMatchObject({
      outflow: null,
      followUp: emptyFollowUp(),
    });
    await expect(
      updateTrajectoryExtras(db, id, { followUp: { months6: 'employed', months12: null } }),
    ).rejects.toMatchObject({ field: 'followUp' });
    db.close();
  });

  it('refuses a BSN through the repository too, and sets municipality and reason apart', async () => {
    const { db, candidate, trajectory } = await placement();
    await expect(
      updateTrajectoryExtras(db, trajectory.id, {
        benefitApproval: {
          agency: 'municipality',
          office: null,
          consultant: null,
          approvedOn: null,
          fileNumber: '111222333',
        },
      }),
    ).rejects.toThrow(BSN_REFUSED_MESSAGE);
    await updateCandidateExtras(db, candidate.id, { municipality: 'Kampen' });
    await updateCandidateExtras(db, candidate.id, { notStartedReason: 'withdrew' });
    expect(await db.candidates.get(candidate.id)).toMatchObject({
      municipality: 'Kampen',
      notStartedReason: 'withdrew',
      firstName: 'Fatma',
    });
    db.close();
  });

  it('records one row per trajectory and week: saving a week again changes it', async () => {
    const { db, trajectory } = await placement();
    const week = { weekStart: '2026-02-02', hoursAgreed: 16, hoursWorked: 16, daysAbsent: 0 };
    await saveAttendanceWeek(db, trajectory.id, week);
    await saveAttendanceWeek(db, trajectory.id, { ...week, weekStart: '2026-01-26' });
    await saveAttendanceWeek(db, trajectory.id, { ...week, hoursWorked: 8, daysAbsent: 2 });
    expect(
      (await attendanceOf(db, trajectory.id)).map((w) => [
        w.weekStart,
        w.hoursWorked,
        w.daysAbsent,
      ]),
    ).toEqual([
      ['2026-01-26', 16, 0],
      ['2026-02-02', 8, 2],
    ]);
    db.close();
  });
});
