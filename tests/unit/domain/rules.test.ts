import { describe, expect, it } from 'vitest';
import {
  candidateInputSchema,
  emptyCandidateInput,
  searchKey,
} from '../../../src-shared/domain/candidate';
import {
  defaultPlannedEnd,
  runningConflict,
  trajectoryInputSchema,
} from '../../../src-shared/domain/trajectory';

const base = {
  candidateId: 'c1',
  kind: 'work-experience',
  employerId: null,
  locationId: null,
  workplaceSupervisor: '',
  coach: '',
  startedOn: '2026-03-02',
  plannedEndOn: '2026-09-02',
  hoursPerWeek: '16',
  role: '',
  status: 'ongoing',
  endedOn: '',
  stopReason: '',
  outcome: '',
  outcomeEmployer: '',
  outcomeHours: '',
  closingNote: '',
};

/** The messages (i18n keys) the schema gives, per field. */
function problems(input: Record<string, unknown>): Record<string, string[]> {
  const result = trajectoryInputSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    (byField[field] ??= []).push(issue.message);
  }
  return byField;
}

describe('trajectory rules', () => {
  it('accepts a valid ongoing trajectory and turns empty fields into null', () => {
    const parsed = trajectoryInputSchema.parse(base);
    expect(parsed.hoursPerWeek).toBe(16);
    expect(parsed.endedOn).toBeNull();
    expect(parsed.stopReason).toBeNull();
    expect(parsed.role).toBeNull();
  });

  it('refuses an end before the start', () => {
    expect(problems({ ...base, status: 'completed', endedOn: '2026-03-01' }).endedOn).toEqual([
      'rules.endBeforeStart',
    ]);
    expect(problems({ ...base, status: 'completed', endedOn: '2026-03-02' })).toEqual({});
  });

  it('needs an end date for completed and stopped', () => {
    expect(problems({ ...base, status: 'completed' }).endedOn).toEqual(['rules.closedNeedsEnd']);
    expect(problems({ ...base, status: 'stopped', stopReason: 'health' }).endedOn).toEqual([
      'rules.closedNeedsEnd',
    ]);
  });

  it('needs a reason for stopped, and only for stopped', () => {
    expect(problems({ ...base, status: 'stopped', endedOn: '2026-04-01' }).stopReason).toEqual([
      'rules.stoppedNeedsReason',
    ]);
    expect(
      problems({ ...base, status: 'completed', endedOn: '2026-04-01', stopReason: 'health' })
        .stopReason,
    ).toEqual(['rules.reasonOnlyWhenStopped']);
    expect(
      problems({ ...base, status: 'stopped', endedOn: '2026-04-01', stopReason: 'found-work' }),
    ).toEqual({});
  });

  it('refuses an end date on an ongoing trajectory', () => {
    expect(problems({ ...base, endedOn: '2026-05-01' }).endedOn).toEqual(['rules.ongoingHasNoEnd']);
  });

  it('needs the planned end after the start', () => {
    expect(problems({ ...base, plannedEndOn: '2026-03-02' }).plannedEndOn).toEqual([
      'rules.plannedEndAfterStart',
    ]);
    expect(problems({ ...base, plannedEndOn: '2026-01-01' }).plannedEndOn).toEqual([
      'rules.plannedEndAfterStart',
    ]);
  });

  it.each([
    ['0', false],
    ['1', true],
    ['40', true],
    ['41', false],
    ['', false],
  ])('hours per week %s valid: %s', (hours, valid) => {
    expect(problems({ ...base, hoursPerWeek: hours }).hoursPerWeek === undefined).toBe(valid);
  });

  it('refuses impossible dates', () => {
    expect(problems({ ...base, startedOn: '2026-02-30' }).startedOn).toEqual([
      'validation.invalidDate',
    ]);
  });

  it('allows at most one running trajectory per candidate', () => {
    const others = [
      { id: 't1', status: 'ongoing' as const, deletedAt: null },
      { id: 't2', status: 'completed' as const, deletedAt: null },
    ];
    expect(runningConflict({ status: 'ongoing' }, others)).toBe(true);
    expect(runningConflict({ id: 't1', status: 'ongoing' }, others)).toBe(false);
    expect(runningConflict({ status: 'completed' }, others)).toBe(false);
    expect(
      runningConflict({ status: 'ongoing' }, [{ ...others[0]!, deletedAt: '2026-01-01' }]),
    ).toBe(false);
  });

  it('gives a planned end per kind', () => {
    expect(defaultPlannedEnd('work-experience', '2026-03-02')).toBe('2026-09-02');
    expect(defaultPlannedEnd('trial-placement', '2026-03-02')).toBe('2026-05-02');
    expect(defaultPlannedEnd('work-experience', '2026-08-31')).toBe('2027-02-28');
  });
});

describe('candidate', () => {
  it('has no field for a BSN and drops one given', () => {
    const parsed = candidateInputSchema.parse({
      ...emptyCandidateInput(),
      firstName: 'Jan',
      lastName: 'Jansen',
      bsn: '123456782',
    });
    expect(JSON.stringify(parsed)).not.toContain('123456782');
  });

  it('needs a consent date when consent is given', () => {
    const result = candidateInputSchema.safeParse({
      ...emptyCandidateInput(),
      firstName: 'Jan',
      lastName: 'Jansen',
      consentToShare: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('rules.consentNeedsDate');
  });

  it.each([
    ['Çelik', 'celik'],
    ['Ouédraogo', 'ouedraogo'],
    ['Łukasz Wiśniewski', 'lukasz wisniewski'],
    ['Søren Jørgensen', 'soren jorgensen'],
    ['Strauß', 'strauss'],
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['Ayşe Yılmaz', 'ayse yilmaz'],
  ])('search key of %s is %s', (name, key) => {
    expect(searchKey(name)).toBe(key);
  });
});
