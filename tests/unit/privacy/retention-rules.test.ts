import { describe, expect, it } from 'vitest';
import type { BackupTables } from '../../../src-shared/domain/backup';
import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import {
  ANONYMISED_NAME,
  anonymiseCandidate,
  anonymiseCertificate,
  anonymiseCoachingEntry,
  anonymiseEvaluation,
  anonymiseGoal,
  anonymiseProfile,
  anonymiseStep,
  anonymiseTraining,
  anonymiseTrajectory,
  pastRetention,
  retentionDue,
  retentionPeriod,
  type RetentionPolicy,
} from '../../../src-shared/domain/retention';
import { decodeWire } from '../../../src-shared/ipc/envelope';
import { committedBackup } from '../../fixtures/backups/committed';

/**
 * The retention rule (DOMAIN.md "Privacy") and what anonymising keeps, as pure functions: the
 * dates each period counts from and ends on, the day it is due, the order of the list, and the
 * exact rows that stay. Rows come from the committed backup of the current schema version.
 */
const tables = (decodeWire(committedBackup(7)) as { tables: BackupTables }).tables;
const first = <T>(rows: readonly T[]): T => {
  if (rows[0] === undefined) throw new Error('the fixture has no such row');
  return rows[0];
};

/** Distinct numbers of years, so a period taken from the wrong one shows. */
const policy: RetentionPolicy = { yearsAfterEnd: 3, yearsAfterDiscussion: 5 };
const AT = '2026-11-30T12:00:00.000Z';

const candidate = (id: string, fields: Partial<Candidate> = {}): Candidate => ({
  ...(first(tables.candidates) as Candidate),
  id,
  ...fields,
});
const trajectory = (
  candidateId: string,
  endedOn: string | null,
  deletedAt: string | null = null,
): Trajectory => ({
  ...(first(tables.trajectories) as Trajectory),
  id: `t-${candidateId}-${endedOn ?? 'running'}-${deletedAt ?? 'kept'}`,
  candidateId,
  endedOn,
  deletedAt,
});

describe('the retention period of one person', () => {
  const person = candidate('c-1', { discussedOn: '2023-02-10' });

  it('runs from the end of the last trajectory, whatever their order', () => {
    const ends = [trajectory('c-1', '2024-03-01'), trajectory('c-1', '2025-06-30')];
    const expected = { reason: 'ended', since: '2025-06-30', expiredOn: '2028-06-30' };
    expect(retentionPeriod(person, ends, policy)).toEqual(expected);
    expect(retentionPeriod(person, [...ends].reverse(), policy)).toEqual(expected);
  });

  it('does not start while a trajectory runs, unless that one is in the bin', () => {
    expect(
      retentionPeriod(person, [trajectory('c-1', '2025-06-30'), trajectory('c-1', null)], policy),
    ).toBeNull();
    expect(
      retentionPeriod(
        person,
        [trajectory('c-1', null, AT), trajectory('c-1', '2025-06-30')],
        policy,
      ),
    ).toEqual({ reason: 'ended', since: '2025-06-30', expiredOn: '2028-06-30' });
  });

  it('leaves a binned trajectory out of the last end', () => {
    expect(
      retentionPeriod(
        person,
        [trajectory('c-1', '2025-06-30'), trajectory('c-1', '2026-01-31', AT)],
        policy,
      ),
    ).toEqual({ reason: 'ended', since: '2025-06-30', expiredOn: '2028-06-30' });
  });

  it('runs from the discussion when nothing started (binned trajectories are no start)', () => {
    const expected = { reason: 'discussed', since: '2023-02-10', expiredOn: '2028-02-10' };
    expect(retentionPeriod(person, [], policy)).toEqual(expected);
    expect(retentionPeriod(person, [trajectory('c-1', '2024-01-01', AT)], policy)).toEqual(
      expected,
    );
  });

  it('runs from the registration day when the person was never discussed', () => {
    const registered = candidate('c-2', {
      discussedOn: null,
      createdAt: '2021-04-30T23:30:00.000Z',
    });
    expect(retentionPeriod(registered, [], policy)).toEqual({
      reason: 'registered',
      since: '2021-04-30',
      expiredOn: '2026-04-30',
    });
  });

  it('ends on 28 February for a period that starts on a leap day', () => {
    const leap = candidate('c-3', { discussedOn: '2024-02-29' });
    expect(retentionPeriod(leap, [], { yearsAfterEnd: 2, yearsAfterDiscussion: 1 })).toEqual({
      reason: 'discussed',
      since: '2024-02-29',
      expiredOn: '2025-02-28',
    });
  });
});

describe('the retention list on a day', () => {
  // With the policy above: discussed 2021-11-30 and ended 2023-11-30 both expire on 2026-11-30.
  const dueYesterday = candidate('c-yesterday', { discussedOn: '2021-11-28' });
  const dueToday = candidate('c-today', { discussedOn: '2021-11-30' });
  const dueEarlier = candidate('c-earlier', { discussedOn: '2020-01-15' });
  const tie = candidate('c-tie', { discussedOn: '2021-11-28' });
  const anonymised = candidate('c-anonymised', { discussedOn: '2019-01-01', anonymisedAt: AT });
  const running = candidate('c-running', { discussedOn: '2019-01-01' });
  const ended = candidate('c-ended', { discussedOn: '2019-01-01' });
  const people = [dueYesterday, dueToday, running, dueEarlier, anonymised, tie, ended];
  const trajectories = [trajectory('c-running', null), trajectory('c-ended', '2023-11-30')];

  it('lists whose period ended before today, oldest expiry first, ties as they came', () => {
    const due = retentionDue(people, trajectories, '2026-11-30', policy);
    expect(due.map((item) => [item.candidate.id, item.reason, item.since, item.expiredOn])).toEqual(
      [
        ['c-earlier', 'discussed', '2020-01-15', '2025-01-15'],
        ['c-yesterday', 'discussed', '2021-11-28', '2026-11-28'],
        ['c-tie', 'discussed', '2021-11-28', '2026-11-28'],
      ],
    );
    expect(pastRetention(people, trajectories, '2026-11-30', policy)).toEqual([
      dueEarlier,
      dueYesterday,
      tie,
    ]);
  });

  it('takes the period that ends today in tomorrow, and each person’s own trajectories', () => {
    const due = retentionDue(people, trajectories, '2026-12-01', policy);
    expect(due.map((item) => item.candidate.id)).toEqual([
      'c-earlier',
      'c-yesterday',
      'c-tie',
      'c-today',
      'c-ended',
    ]);
    expect(due.find((item) => item.candidate.id === 'c-ended')).toMatchObject({
      reason: 'ended',
      since: '2023-11-30',
      expiredOn: '2026-11-30',
    });
  });
});

describe('what anonymising keeps', () => {
  it('of a candidate: codes, dates and hours; names, contact details and free text go', () => {
    const person = first(tables.candidates) as Candidate;
    expect(anonymiseCandidate(person, AT)).toEqual({
      ...person,
      firstName: ANONYMISED_NAME,
      infix: null,
      lastName: '',
      birthDate: null,
      phone: null,
      email: null,
      motivation: null,
      consentToShare: false,
      consentOn: null,
      meetingLine: null,
      municipality: null,
      anonymisedAt: AT,
      updatedAt: AT,
    });
    expect(ANONYMISED_NAME).toBe('Geanonimiseerd');
  });

  it('of a trajectory: of the approval only the agency and the date', () => {
    const kept = first(tables.trajectories) as Trajectory;
    expect(anonymiseTrajectory(kept, AT)).toEqual({
      ...kept,
      workplaceSupervisor: null,
      closingNote: null,
      benefitApproval: {
        agency: 'municipality',
        approvedOn: '2026-02-20',
        office: null,
        consultant: null,
        fileNumber: null,
      },
      updatedAt: AT,
    });
    expect(anonymiseTrajectory({ ...kept, benefitApproval: null }, AT).benefitApproval).toBeNull();
  });

  it('of goals, steps, evaluations, trainings, contacts and profiles: no free text', () => {
    const goal = first(tables.learningGoals);
    expect(anonymiseGoal(goal)).toEqual({ ...goal, text: `Leerdoel ${goal.order}` });
    const step = first(tables.buildUpSteps);
    expect(anonymiseStep(step)).toEqual({ ...step, text: `Stap ${step.order}` });
    const evaluation = first(tables.evaluations);
    expect(anonymiseEvaluation(evaluation)).toEqual({
      ...evaluation,
      notes: null,
      progress: evaluation.progress.map((item) => ({ ...item, remark: null })),
    });
    expect(evaluation.progress.some((item) => item.remark !== null)).toBe(true);
    const training = first(tables.trainings);
    expect(anonymiseTraining(training)).toEqual({ ...training, name: 'Training' });
    const entry = first(tables.coachingEntries);
    expect(anonymiseCoachingEntry(entry, AT)).toEqual({ ...entry, note: null, updatedAt: AT });
    const profile = first(tables.profiles);
    expect(anonymiseProfile(profile, AT)).toEqual({
      ...profile,
      brings: null,
      needs: null,
      asks: null,
      offers: null,
      matchingNote: null,
      updatedAt: AT,
    });
  });

  it('of a certificate: its number, year, status and the placement without the supervisor', () => {
    const certificate = first(tables.certificates);
    const { content } = certificate;
    expect(anonymiseCertificate(certificate)).toEqual({
      ...certificate,
      content: {
        ...content,
        candidate: { fullName: ANONYMISED_NAME, birthDate: null },
        placement: { ...content.placement, supervisor: null },
        achievedGoals: [],
        reachedSteps: [],
        personalText: null,
        duties: null,
        trainings: [],
        workProcesses: null,
      },
    });
  });
});
