import { describe, expect, it } from 'vitest';
import {
  emptyCandidateExtras,
  emptyCandidateInput,
  type Candidate,
} from '../../../src-shared/domain/candidate';
import { emptySettings } from '../../../src-shared/domain/settings';
import { emptyTrajectoryExtras, type Trajectory } from '../../../src-shared/domain/trajectory';
import {
  todoHref,
  todoItems,
  type TodoData,
  type TodoItem,
  type TodoThresholds,
} from '../../../src-renderer/features/today/todo-items';

/** Monday 30 November 2026, 09:00 local time: the coach's morning. */
const NOW = new Date(2026, 10, 30, 9, 0);
const settings: TodoThresholds = {
  todayEvaluationWeeks: 6,
  todayContactWeeks: 2,
  todayDiscussedWeeks: 12,
  nextMeetingOn: null,
  retentionYearsAfterEnd: 2,
  retentionYearsAfterDiscussion: 1,
};

function candidate(id: string, changes: Partial<Candidate> = {}): Candidate {
  return {
    ...emptyCandidateInput(),
    ...emptyCandidateExtras(),
    firstName: 'Fatma',
    lastName: id,
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    anonymisedAt: null,
    ...changes,
  };
}

function trajectory(id: string, candidateId: string, changes: Partial<Trajectory> = {}) {
  const base: Trajectory = {
    ...emptyTrajectoryExtras(),
    id,
    candidateId,
    kind: 'work-experience',
    employerId: null,
    locationId: null,
    workplaceSupervisor: null,
    coach: null,
    startedOn: '2026-11-01',
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: null,
    status: 'ongoing',
    endedOn: null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
  return { ...base, ...changes };
}

/** A day's backup written this morning, so only the rule under test speaks. */
const freshBackup = '2026-11-30T07:00:00.000Z';

function data(changes: Partial<TodoData>): TodoData {
  return {
    candidates: [],
    trajectories: [],
    evaluations: [],
    coachingEntries: [],
    certificates: [],
    lastBackupAt: freshBackup,
    ...changes,
  };
}

const kinds = (items: TodoItem[]) => items.map((item) => item.kind);
const ofKind = <K extends TodoItem['kind']>(items: TodoItem[], kind: K) =>
  items.filter((item): item is Extract<TodoItem, { kind: K }> => item.kind === kind);

/** One running trajectory with a contact today, so only the evaluation rule can speak. */
function runningWithEvaluation(evaluationOn: string | null, startedOn = '2026-01-05') {
  return data({
    candidates: [candidate('c1')],
    trajectories: [trajectory('t1', 'c1', { startedOn })],
    evaluations: evaluationOn ? [{ trajectoryId: 't1', date: evaluationOn }] : [],
    coachingEntries: [{ trajectoryId: 't1', date: '2026-11-30' }],
  });
}

describe('Vandaag: an evaluation is due after N weeks without one', () => {
  it('is due on the day the last evaluation is exactly N weeks old, not the day before', () => {
    // 6 weeks before 30-11 is 19-10.
    expect(kinds(todoItems(runningWithEvaluation('2026-10-19'), settings, NOW))).toEqual([
      'evaluation',
    ]);
    expect(todoItems(runningWithEvaluation('2026-10-20'), settings, NOW)).toEqual([]);
  });

  it('counts from the start when there was no evaluation yet', () => {
    const [item] = todoItems(runningWithEvaluation(null, '2026-10-19'), settings, NOW);
    expect(item).toEqual({
      kind: 'evaluation',
      candidateId: 'c1',
      trajectoryId: 't1',
      name: 'Fatma c1',
      since: '2026-10-19',
      evaluated: false,
    });
    expect(todoItems(runningWithEvaluation(null, '2026-10-20'), settings, NOW)).toEqual([]);
  });

  it('follows the setting: with 8 weeks an evaluation 7 weeks old is not due yet', () => {
    const eightWeeks = { ...settings, todayEvaluationWeeks: 8 };
    expect(todoItems(runningWithEvaluation('2026-10-12'), eightWeeks, NOW)).toEqual([]);
    expect(kinds(todoItems(runningWithEvaluation('2026-10-05'), eightWeeks, NOW))).toEqual([
      'evaluation',
    ]);
  });

  it('takes the latest evaluation, and ignores one dated after today', () => {
    const set = runningWithEvaluation('2026-09-01');
    const items = todoItems(
      {
        ...set,
        evaluations: [
          { trajectoryId: 't1', date: '2026-09-01' },
          { trajectoryId: 't1', date: '2026-10-01' },
          { trajectoryId: 't1', date: '2026-12-15' },
        ],
      },
      settings,
      NOW,
    );
    expect(ofKind(items, 'evaluation').map((item) => item.since)).toEqual(['2026-10-01']);
  });

  it('asks nothing of a trajectory that has not started yet, is closed or in the trash', () => {
    const base = runningWithEvaluation(null);
    const variants: Partial<Trajectory>[] = [
      { startedOn: '2026-12-01' },
      { status: 'stopped', endedOn: '2026-11-01', stopReason: 'motivation' },
      { deletedAt: '2026-11-29T10:00:00.000Z' },
    ];
    for (const changes of variants) {
      const items = todoItems(
        {
          ...base,
          trajectories: [trajectory('t1', 'c1', { startedOn: '2026-01-05', ...changes })],
        },
        settings,
        NOW,
      );
      expect(kinds(items)).toEqual([]);
    }
  });

  it('leaves out people in the trash and anonymised people', () => {
    for (const changes of [{ deletedAt: '2026-11-01T00:00:00.000Z' }, { anonymisedAt: 'x' }]) {
      const items = todoItems(
        { ...runningWithEvaluation(null), candidates: [candidate('c1', changes)] },
        settings,
        NOW,
      );
      expect(items).toEqual([]);
    }
  });
});

describe('Vandaag: the planned end passed or within two weeks', () => {
  const withPlannedEnd = (plannedEndOn: string) =>
    data({
      candidates: [candidate('c1')],
      trajectories: [trajectory('t1', 'c1', { plannedEndOn })],
      coachingEntries: [{ trajectoryId: 't1', date: '2026-11-30' }],
    });

  it('shows a planned end 14 days ahead, not 15', () => {
    expect(ofKind(todoItems(withPlannedEnd('2026-12-14'), settings, NOW), 'plannedEnd')).toEqual([
      {
        kind: 'plannedEnd',
        candidateId: 'c1',
        trajectoryId: 't1',
        name: 'Fatma c1',
        plannedEndOn: '2026-12-14',
        passed: false,
      },
    ]);
    expect(todoItems(withPlannedEnd('2026-12-15'), settings, NOW)).toEqual([]);
  });

  it('says passed from the day after the planned end, not on the day itself', () => {
    const on = (date: string) =>
      ofKind(todoItems(withPlannedEnd(date), settings, NOW), 'plannedEnd')[0]?.passed;
    expect(on('2026-11-30')).toBe(false);
    expect(on('2026-11-29')).toBe(true);
  });
});

describe('Vandaag: no coaching contact for N weeks', () => {
  const withContact = (date: string | null) =>
    data({
      candidates: [candidate('c1')],
      trajectories: [trajectory('t1', 'c1', { startedOn: '2026-10-01' })],
      evaluations: [{ trajectoryId: 't1', date: '2026-11-30' }],
      coachingEntries: date ? [{ trajectoryId: 't1', date }] : [],
    });

  it('is due when the last contact is exactly two weeks old, not 13 days', () => {
    expect(ofKind(todoItems(withContact('2026-11-16'), settings, NOW), 'contact')).toEqual([
      {
        kind: 'contact',
        candidateId: 'c1',
        trajectoryId: 't1',
        name: 'Fatma c1',
        since: '2026-11-16',
        contacted: true,
      },
    ]);
    expect(todoItems(withContact('2026-11-17'), settings, NOW)).toEqual([]);
  });

  it('counts from the start without any contact', () => {
    const [item] = ofKind(todoItems(withContact(null), settings, NOW), 'contact');
    expect(item?.since).toBe('2026-10-01');
    expect(item?.contacted).toBe(false);
  });
});

describe('Vandaag: a completed trajectory without a certificate', () => {
  const completed = (certificates: TodoData['certificates'], endedOn = '2026-11-27') =>
    data({
      candidates: [candidate('c1')],
      trajectories: [
        trajectory('t1', 'c1', {
          startedOn: '2026-06-01',
          status: 'completed',
          endedOn,
          outcome: 'paid-work',
        }),
      ],
      certificates,
    });

  it('asks for the certificate until one is issued', () => {
    expect(ofKind(todoItems(completed([]), settings, NOW), 'certificate')).toEqual([
      {
        kind: 'certificate',
        candidateId: 'c1',
        trajectoryId: 't1',
        name: 'Fatma c1',
        endedOn: '2026-11-27',
      },
    ]);
    expect(todoItems(completed([{ trajectoryId: 't1', status: 'issued' }]), settings, NOW)).toEqual(
      [],
    );
  });

  it('still asks when the only certificate was replaced (none valid), and not before the end', () => {
    const replaced = completed([{ trajectoryId: 't1', status: 'replaced' }]);
    expect(kinds(todoItems(replaced, settings, NOW))).toEqual(['certificate']);
    expect(todoItems(completed([], '2026-12-01'), settings, NOW)).toEqual([]);
  });

  it('asks nothing of a stopped trajectory', () => {
    const stopped = data({
      candidates: [candidate('c1')],
      trajectories: [
        trajectory('t1', 'c1', { status: 'stopped', endedOn: '2026-11-01', stopReason: 'health' }),
      ],
    });
    expect(todoItems(stopped, settings, NOW)).toEqual([]);
  });
});

describe('Vandaag: a follow-up after outflow to paid work', () => {
  const outflow = (endedOn: string, changes: Partial<Trajectory> = {}) =>
    data({
      candidates: [candidate('c1')],
      trajectories: [
        trajectory('t1', 'c1', {
          startedOn: '2025-01-06',
          status: 'completed',
          endedOn,
          outcome: 'paid-work',
          ...changes,
        }),
      ],
      certificates: [{ trajectoryId: 't1', status: 'issued' }],
    });

  it('is due six months after the end (month ends clamped), not a day before', () => {
    expect(todoItems(outflow('2026-05-30'), settings, NOW)).toEqual([
      {
        kind: 'followUp',
        candidateId: 'c1',
        trajectoryId: 't1',
        name: 'Fatma c1',
        months: [6],
        dueOn: '2026-11-30',
      },
    ]);
    // 31-05 + 6 months is clamped to 30-11 (due); from 01-06 it falls on 01-12.
    expect(kinds(todoItems(outflow('2026-05-31'), settings, NOW))).toEqual(['followUp']);
    expect(todoItems(outflow('2026-06-01'), settings, NOW)).toEqual([]);
  });

  it('names both checks when neither was recorded after a year, only the open one otherwise', () => {
    const both = ofKind(todoItems(outflow('2025-11-30'), settings, NOW), 'followUp');
    expect(both.map((item) => [item.months, item.dueOn])).toEqual([[[6, 12], '2026-05-30']]);
    const sixDone = outflow('2025-11-30', { followUp: { months6: 'employed', months12: null } });
    expect(ofKind(todoItems(sixDone, settings, NOW), 'followUp')[0]?.months).toEqual([12]);
    const allDone = outflow('2025-11-30', {
      followUp: { months6: 'employed', months12: 'unknown' },
    });
    expect(todoItems(allDone, settings, NOW)).toEqual([]);
  });

  it('asks nothing after another outcome', () => {
    expect(todoItems(outflow('2025-11-30', { outcome: 'education' }), settings, NOW)).toEqual([]);
  });
});

describe('Vandaag: people past the retention period', () => {
  it('asks nothing about someone whose data is due to go', () => {
    // Retention 1 year after a discussion without a start: 29-11-2025 expired on 29-11-2026.
    const discussed = (discussedOn: string) =>
      data({ candidates: [candidate('c1', { discussedOn })] });
    expect(kinds(todoItems(discussed('2025-11-30'), settings, NOW))).toEqual(['discussed']);
    expect(todoItems(discussed('2025-11-29'), settings, NOW)).toEqual([]);
    const longer = { ...settings, retentionYearsAfterDiscussion: 2 };
    expect(kinds(todoItems(discussed('2025-11-29'), longer, NOW))).toEqual(['discussed']);
  });

  it('drops a follow-up or certificate once two years passed since the end', () => {
    const ended = (endedOn: string) =>
      data({
        candidates: [candidate('c1')],
        trajectories: [
          trajectory('t1', 'c1', {
            startedOn: '2024-01-08',
            status: 'completed',
            endedOn,
            outcome: 'paid-work',
          }),
        ],
      });
    expect(kinds(todoItems(ended('2024-11-30'), settings, NOW))).toEqual([
      'followUp',
      'certificate',
    ]);
    expect(todoItems(ended('2024-11-29'), settings, NOW)).toEqual([]);
  });
});

describe('Vandaag: a candidate discussed long ago who neither started nor was closed', () => {
  const discussed = (discussedOn: string, trajectories: Trajectory[] = []) =>
    data({ candidates: [candidate('c1', { discussedOn })], trajectories });

  it('is due exactly N weeks after the discussion, not a day earlier', () => {
    // 12 weeks before 30-11 is 07-09.
    expect(ofKind(todoItems(discussed('2026-09-07'), settings, NOW), 'discussed')).toEqual([
      { kind: 'discussed', candidateId: 'c1', name: 'Fatma c1', discussedOn: '2026-09-07' },
    ]);
    expect(todoItems(discussed('2026-09-08'), settings, NOW)).toEqual([]);
  });

  it('is no longer asked once the discussion was closed with a reason', () => {
    const closed = data({
      candidates: [candidate('c1', { discussedOn: '2026-06-01', notStartedReason: 'withdrew' })],
    });
    expect(todoItems(closed, settings, NOW)).toEqual([]);
  });

  it('is no longer asked once a trajectory exists, but again when it went to the trash', () => {
    const started = trajectory('t1', 'c1', {
      status: 'stopped',
      endedOn: '2026-10-01',
      stopReason: 'other',
      startedOn: '2026-09-14',
    });
    expect(todoItems(discussed('2026-06-01', [started]), settings, NOW)).toEqual([]);
    const trashed = { ...started, deletedAt: '2026-10-02T00:00:00.000Z' };
    expect(kinds(todoItems(discussed('2026-06-01', [trashed]), settings, NOW))).toEqual([
      'discussed',
    ]);
  });
});

describe('Vandaag: consent missing before the next meeting', () => {
  const meeting = { ...settings, nextMeetingOn: '2026-12-10' };
  const newCandidate = (changes: Partial<Candidate>) =>
    data({ candidates: [candidate('c1', { discussedOn: '2026-11-02', ...changes })] });

  it('names a candidate the meeting will see without recorded consent', () => {
    expect(todoItems(newCandidate({}), meeting, NOW)).toEqual([
      { kind: 'consent', candidateId: 'c1', name: 'Fatma c1', meetingOn: '2026-12-10' },
    ]);
  });

  it('is satisfied by consent dated on or before the meeting, not after', () => {
    const consent = (consentOn: string) => ({ consentToShare: true, consentOn });
    expect(todoItems(newCandidate(consent('2026-12-10')), meeting, NOW)).toEqual([]);
    expect(kinds(todoItems(newCandidate(consent('2026-12-11')), meeting, NOW))).toEqual([
      'consent',
    ]);
  });

  it('asks only about people on that agenda: running then, or newly discussed', () => {
    const runningThen = data({
      candidates: [candidate('c1'), candidate('c2', { discussedOn: '2026-09-10' })],
      trajectories: [
        trajectory('t1', 'c1', { startedOn: '2026-11-01' }),
        // Ended before the meeting: not on its agenda.
        trajectory('t2', 'c2', {
          startedOn: '2026-09-14',
          status: 'stopped',
          endedOn: '2026-12-09',
          stopReason: 'other',
        }),
      ],
      evaluations: [{ trajectoryId: 't1', date: '2026-11-30' }],
      coachingEntries: [{ trajectoryId: 't1', date: '2026-11-30' }],
    });
    expect(ofKind(todoItems(runningThen, meeting, NOW), 'consent').map((i) => i.name)).toEqual([
      'Fatma c1',
    ]);
    // 91 days before 10-12 is 10-09: discussed on it is new, a day before is not.
    expect(kinds(todoItems(newCandidate({ discussedOn: '2026-09-10' }), meeting, NOW))).toEqual([
      'consent',
    ]);
    expect(todoItems(newCandidate({ discussedOn: '2026-09-09' }), meeting, NOW)).toEqual([]);
  });

  it('asks nothing for a discussion closed with a reason: the agenda leaves it out too', () => {
    expect(todoItems(newCandidate({ notStartedReason: 'found-work' }), meeting, NOW)).toEqual([]);
  });

  it('asks nothing without a meeting date or once the meeting has passed', () => {
    expect(todoItems(newCandidate({}), settings, NOW)).toEqual([]);
    expect(todoItems(newCandidate({}), { ...settings, nextMeetingOn: '2026-11-29' }, NOW)).toEqual(
      [],
    );
    expect(
      kinds(todoItems(newCandidate({}), { ...settings, nextMeetingOn: '2026-11-30' }, NOW)),
    ).toEqual(['consent']);
  });
});

describe('Vandaag: the last backup older than a day', () => {
  // Someone recorded, without any other task: only the backup rule can speak.
  const recorded = (lastBackupAt: string | null) =>
    data({ lastBackupAt, candidates: [candidate('c1')] });

  it('asks for a backup when the last one is more than 24 hours old, not at exactly 24', () => {
    const dayOld = new Date(NOW.getTime() - 24 * 60 * 60 * 1000).toISOString();
    const older = new Date(NOW.getTime() - 24 * 60 * 60 * 1000 - 1).toISOString();
    expect(todoItems(recorded(dayOld), settings, NOW)).toEqual([]);
    expect(todoItems(recorded(older), settings, NOW)).toEqual([
      { kind: 'backup', lastBackupAt: older },
    ]);
  });

  it('asks for one when there is none at all, unless nothing was recorded yet', () => {
    expect(todoItems(recorded(null), settings, NOW)).toEqual([
      { kind: 'backup', lastBackupAt: null },
    ]);
    expect(todoItems(data({ lastBackupAt: null }), settings, NOW)).toEqual([]);
  });
});

describe('Vandaag: order and links', () => {
  it('lists backup first, then per kind the longest waiting first, and links each item', () => {
    const items = todoItems(
      data({
        lastBackupAt: null,
        candidates: [
          candidate('c1'),
          candidate('c2'),
          candidate('c3', { discussedOn: '2026-01-01' }),
        ],
        trajectories: [
          trajectory('t1', 'c1', { startedOn: '2026-09-01' }),
          trajectory('t2', 'c2', { startedOn: '2026-08-01' }),
        ],
      }),
      { ...emptySettings, nextMeetingOn: null },
      NOW,
    );
    expect(items.map((item) => [item.kind, todoHref(item)])).toEqual([
      ['backup', '/instellingen'],
      ['evaluation', '/kandidaten/c2/trajecten/t2'],
      ['evaluation', '/kandidaten/c1/trajecten/t1'],
      ['contact', '/kandidaten/c2/trajecten/t2'],
      ['contact', '/kandidaten/c1/trajecten/t1'],
      ['discussed', '/kandidaten/c3'],
    ]);
  });
});
