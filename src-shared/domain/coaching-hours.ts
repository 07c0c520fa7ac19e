import type { Period } from '../figures';

/**
 * Coaching hours (begeleidingsuren), pure: totals in minutes per trajectory, candidate, month and
 * coach, and the spread per completed trajectory for Resultaten. Dates are `YYYY-MM-DD` strings,
 * so a month is the first seven characters and boundaries are exact.
 */

export interface HoursEntry {
  trajectoryId: string;
  date: string;
  minutes: number;
}

export interface HoursTrajectory {
  id: string;
  candidateId: string;
  coach: string | null;
  status: 'ongoing' | 'completed' | 'stopped';
  startedOn: string;
  endedOn: string | null;
  deletedAt: string | null;
}

export function totalMinutes(entries: readonly Pick<HoursEntry, 'minutes'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}

/** Hours from minutes, for display: 90 → 1.5. */
export const toHours = (minutes: number) => minutes / 60;

function sumBy<K>(entries: readonly HoursEntry[], key: (entry: HoursEntry) => K | undefined) {
  const totals = new Map<K, number>();
  for (const entry of entries) {
    const group = key(entry);
    if (group === undefined) continue;
    totals.set(group, (totals.get(group) ?? 0) + entry.minutes);
  }
  return totals;
}

/** Entries whose date lies in [from, to], both inclusive. */
export function inPeriod<T extends Pick<HoursEntry, 'date'>>(
  entries: readonly T[],
  period: Period,
): T[] {
  return entries.filter((entry) => entry.date >= period.from && entry.date <= period.to);
}

export function minutesPerTrajectory(entries: readonly HoursEntry[]): Map<string, number> {
  return sumBy(entries, (entry) => entry.trajectoryId);
}

/** Per candidate, over all their trajectories; entries of unknown trajectories are left out. */
export function minutesPerCandidate(
  entries: readonly HoursEntry[],
  trajectories: readonly Pick<HoursTrajectory, 'id' | 'candidateId'>[],
): Map<string, number> {
  const candidateOf = new Map(trajectories.map((t) => [t.id, t.candidateId]));
  return sumBy(entries, (entry) => candidateOf.get(entry.trajectoryId));
}

/** Per calendar month of the entry's date, `YYYY-MM`, in date order. */
export function minutesPerMonth(entries: readonly HoursEntry[]): Map<string, number> {
  const totals = sumBy(entries, (entry) => entry.date.slice(0, 7));
  return new Map([...totals].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Per coach of the trajectory: names compared trimmed and case-insensitively (the first spelling
 * met is shown); a trajectory without a coach counts under null.
 */
export function minutesPerCoach(
  entries: readonly HoursEntry[],
  trajectories: readonly Pick<HoursTrajectory, 'id' | 'coach'>[],
): Map<string | null, number> {
  const spelling = new Map<string, string>();
  const coachOf = new Map<string, string | null>();
  for (const trajectory of trajectories) {
    const name = (trajectory.coach ?? '').trim().replace(/\s+/g, ' ');
    if (name === '') {
      coachOf.set(trajectory.id, null);
      continue;
    }
    const key = name.toLocaleLowerCase('nl');
    if (!spelling.has(key)) spelling.set(key, name);
    coachOf.set(trajectory.id, spelling.get(key) ?? name);
  }
  return sumBy(entries, (entry) =>
    coachOf.has(entry.trajectoryId) ? (coachOf.get(entry.trajectoryId) ?? null) : undefined,
  );
}

export interface HoursSpread {
  /** Completed trajectories of the cohort with at least one logged contact. */
  count: number;
  /** Completed trajectories of the cohort without any logged contact (not counted as 0). */
  unlogged: number;
  /** In hours; null when count is 0. */
  average: number | null;
  min: number | null;
  median: number | null;
  max: number | null;
}

/**
 * Coaching hours per completed trajectory, with the definition of "completed" of the result
 * figures (DOMAIN.md): started in the period, status completed and ended on or before the
 * reference date. A completed trajectory without any logged contact is counted apart: no log
 * means "not recorded", not "no coaching".
 */
export function hoursPerCompletedTrajectory(
  entries: readonly HoursEntry[],
  trajectories: readonly HoursTrajectory[],
  period: Period,
  referenceDate: string,
): HoursSpread {
  const perTrajectory = minutesPerTrajectory(entries);
  const completed = trajectories.filter(
    (t) =>
      !t.deletedAt &&
      t.status === 'completed' &&
      t.startedOn >= period.from &&
      t.startedOn <= period.to &&
      t.endedOn !== null &&
      t.endedOn <= referenceDate,
  );
  const hours = completed
    .map((t) => perTrajectory.get(t.id))
    .filter((minutes): minutes is number => minutes !== undefined && minutes > 0)
    .map(toHours)
    .sort((a, b) => a - b);
  const count = hours.length;
  if (count === 0) {
    return { count, unlogged: completed.length, average: null, min: null, median: null, max: null };
  }
  const middle = Math.floor(count / 2);
  const median =
    count % 2 === 1
      ? (hours[middle] as number)
      : ((hours[middle - 1] as number) + (hours[middle] as number)) / 2;
  return {
    count,
    unlogged: completed.length - count,
    average: hours.reduce((sum, value) => sum + value, 0) / count,
    min: hours[0] as number,
    median,
    max: hours[count - 1] as number,
  };
}
