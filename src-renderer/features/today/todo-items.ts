import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { fullName, type Candidate } from '../../../src-shared/domain/candidate';
import type { Certificate } from '../../../src-shared/domain/certificate';
import type { CoachingEntry } from '../../../src-shared/domain/coaching';
import { agendaPlace, attentionFor, sharesNameOn } from '../../../src-shared/domain/meeting';
import { dueFollowUps, followUpDueOn, followUpMonths } from '../../../src-shared/domain/outflow';
import { pastRetention } from '../../../src-shared/domain/retention';
import type { Settings } from '../../../src-shared/domain/settings';
import type { Evaluation, Trajectory } from '../../../src-shared/domain/trajectory';
import { groupBy } from '../../../src-shared/domain/group-by';

/**
 * Vandaag: what needs the coach now. Pure rules over the records, the settings and the clock, so
 * every boundary is tested without a browser; the screen only reads the data and shows the items.
 */

/** The day's backup is due again once the last one is older than this. */
export const BACKUP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type TodoThresholds = Pick<
  Settings,
  | 'todayEvaluationWeeks'
  | 'todayContactWeeks'
  | 'todayDiscussedWeeks'
  | 'nextMeetingOn'
  | 'retentionYearsAfterEnd'
  | 'retentionYearsAfterDiscussion'
>;

export interface TodoData {
  candidates: readonly Candidate[];
  trajectories: readonly Trajectory[];
  evaluations: readonly Pick<Evaluation, 'trajectoryId' | 'date'>[];
  coachingEntries: readonly Pick<CoachingEntry, 'trajectoryId' | 'date'>[];
  certificates: readonly Pick<Certificate, 'trajectoryId' | 'status'>[];
  /** When the newest backup was written (ISO date-time), null when there is none. */
  lastBackupAt: string | null;
}

interface Person {
  candidateId: string;
  name: string;
}
interface Placement extends Person {
  trajectoryId: string;
}

export type TodoItem =
  | { kind: 'backup'; lastBackupAt: string | null }
  /** `since`: the latest evaluation, or the start when there is none (`evaluated` false). */
  | (Placement & { kind: 'evaluation'; since: string; evaluated: boolean })
  | (Placement & { kind: 'plannedEnd'; plannedEndOn: string; passed: boolean })
  | (Placement & { kind: 'contact'; since: string; contacted: boolean })
  /** The follow-up checks due and not recorded (months after the end), from the date the first fell due. */
  | (Placement & { kind: 'followUp'; months: number[]; dueOn: string })
  | (Placement & { kind: 'certificate'; endedOn: string })
  | (Person & { kind: 'consent'; meetingOn: string })
  | (Person & { kind: 'discussed'; discussedOn: string });

export type TodoKind = TodoItem['kind'];

/** The order of the groups on the screen: data safety first, then what is overdue. */
export const todoKinds: readonly TodoKind[] = [
  'backup',
  'plannedEnd',
  'evaluation',
  'contact',
  'followUp',
  'certificate',
  'consent',
  'discussed',
];

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const daysFrom = (from: string, to: string) =>
  differenceInCalendarDays(parseISO(to), parseISO(from));

/** Where the coach resolves the item. */
export function todoHref(item: TodoItem): string {
  if (item.kind === 'backup') return '/instellingen';
  if ('trajectoryId' in item) {
    return `/kandidaten/${item.candidateId}/trajecten/${item.trajectoryId}`;
  }
  return `/kandidaten/${item.candidateId}`;
}

/** The latest date per trajectory of a dated list (evaluations, coaching contacts). */
function latestPerTrajectory(
  rows: readonly { trajectoryId: string; date: string }[],
  today: string,
) {
  const latest = new Map<string, string>();
  for (const row of rows) {
    if (row.date > today) continue;
    const known = latest.get(row.trajectoryId);
    if (known === undefined || row.date > known) latest.set(row.trajectoryId, row.date);
  }
  return latest;
}

/**
 * Everything that needs the coach on `now`, per kind in the screen's order, the longest waiting
 * first. People in the trash, anonymised or past retention and trajectories in the trash never
 * appear.
 */
export function todoItems(data: TodoData, settings: TodoThresholds, now: Date): TodoItem[] {
  const today = iso(now);
  const items: TodoItem[] = [];

  // An empty database has nothing to back up (and the app does not back it up at start).
  const lastBackup = data.lastBackupAt ? parseISO(data.lastBackupAt).getTime() : null;
  const stale = lastBackup === null || now.getTime() - lastBackup > BACKUP_MAX_AGE_MS;
  if (stale && data.candidates.length > 0) {
    items.push({ kind: 'backup', lastBackupAt: data.lastBackupAt });
  }

  // Past the retention period a person's data is due to go (Instellingen, privacy), not to be
  // worked on: an old register does not flood the day with follow-ups from years ago.
  const expired = new Set(
    pastRetention(data.candidates, data.trajectories, today, {
      yearsAfterEnd: settings.retentionYearsAfterEnd,
      yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
    }).map((candidate) => candidate.id),
  );
  const people = new Map(
    data.candidates
      .filter((c) => !c.deletedAt && !c.anonymisedAt && !expired.has(c.id))
      .map((candidate) => [candidate.id, candidate]),
  );
  const trajectories = data.trajectories.filter(
    (trajectory) => !trajectory.deletedAt && people.has(trajectory.candidateId),
  );
  const evaluated = latestPerTrajectory(data.evaluations, today);
  const contacted = latestPerTrajectory(data.coachingEntries, today);
  const certified = new Set(
    data.certificates.filter((c) => c.status === 'issued').map((c) => c.trajectoryId),
  );
  const contactDays = settings.todayContactWeeks * 7;

  for (const trajectory of trajectories) {
    const candidate = people.get(trajectory.candidateId) as Candidate;
    const placement: Placement = {
      candidateId: candidate.id,
      name: fullName(candidate),
      trajectoryId: trajectory.id,
    };
    if (trajectory.status === 'ongoing' && trajectory.startedOn <= today) {
      // The agenda's flags, as they stand today: one rule for "eindigt binnen 2 weken" and
      // "evaluatie te laat" on both.
      const lastEvaluation = evaluated.get(trajectory.id);
      const flags = attentionFor(
        {
          startedOn: trajectory.startedOn,
          plannedEndOn: trajectory.plannedEndOn,
          latestEvaluationOn: lastEvaluation ?? null,
        },
        today,
        settings.todayEvaluationWeeks,
      );
      const end = trajectory.plannedEndOn;
      if (end && (flags.includes('end-passed') || flags.includes('ends-soon'))) {
        items.push({
          ...placement,
          kind: 'plannedEnd',
          plannedEndOn: end,
          passed: flags.includes('end-passed'),
        });
      }
      if (flags.includes('evaluation-late')) {
        items.push({
          ...placement,
          kind: 'evaluation',
          since: lastEvaluation ?? trajectory.startedOn,
          evaluated: lastEvaluation !== undefined,
        });
      }
      const lastContact = contacted.get(trajectory.id);
      const contactSince = lastContact ?? trajectory.startedOn;
      if (daysFrom(contactSince, today) >= contactDays) {
        items.push({
          ...placement,
          kind: 'contact',
          since: contactSince,
          contacted: lastContact !== undefined,
        });
      }
    }
    const followUps = dueFollowUps(trajectory, today);
    if (followUps[0] && trajectory.endedOn) {
      items.push({
        ...placement,
        kind: 'followUp',
        months: followUps.map((moment) => followUpMonths[moment]),
        dueOn: followUpDueOn(trajectory.endedOn, followUps[0]),
      });
    }
    if (
      trajectory.status === 'completed' &&
      trajectory.endedOn &&
      trajectory.endedOn <= today &&
      !certified.has(trajectory.id)
    ) {
      items.push({ ...placement, kind: 'certificate', endedOn: trajectory.endedOn });
    }
  }

  const started = new Set(trajectories.map((trajectory) => trajectory.candidateId));
  const discussedBefore = iso(addDays(now, -settings.todayDiscussedWeeks * 7));
  for (const candidate of people.values()) {
    const person: Person = { candidateId: candidate.id, name: fullName(candidate) };
    // A discussion closed with a reason (notStartedReason) is done with.
    if (
      !started.has(candidate.id) &&
      candidate.notStartedReason === null &&
      candidate.discussedOn &&
      candidate.discussedOn <= discussedBefore
    ) {
      items.push({ ...person, kind: 'discussed', discussedOn: candidate.discussedOn });
    }
  }

  const meetingOn = settings.nextMeetingOn;
  if (meetingOn && meetingOn >= today) {
    for (const candidate of onAgendaWithoutConsent(meetingOn, people, trajectories)) {
      items.push({
        candidateId: candidate.id,
        name: fullName(candidate),
        kind: 'consent',
        meetingOn,
      });
    }
  }

  return sortItems(items);
}

/** Who the meeting on `meetingOn` will see by initials only, for want of recorded consent. */
function onAgendaWithoutConsent(
  meetingOn: string,
  people: ReadonlyMap<string, Candidate>,
  trajectories: readonly Trajectory[],
): Candidate[] {
  const trajectoriesOf = groupBy(trajectories, (t) => t.candidateId);
  return [...people.values()].filter(
    (candidate) =>
      !sharesNameOn(candidate, meetingOn) &&
      agendaPlace(candidate, trajectoriesOf.get(candidate.id) ?? [], meetingOn) !== null,
  );
}

/** The date an item has waited since: the earliest first within a kind. */
function waitingSince(item: TodoItem): string {
  switch (item.kind) {
    case 'backup':
      return item.lastBackupAt ?? '';
    case 'evaluation':
    case 'contact':
      return item.since;
    case 'plannedEnd':
      return item.plannedEndOn;
    case 'followUp':
      return item.dueOn;
    case 'certificate':
      return item.endedOn;
    case 'consent':
      return item.meetingOn;
    case 'discussed':
      return item.discussedOn;
  }
}

function sortItems(items: TodoItem[]): TodoItem[] {
  const rank = (item: TodoItem) => todoKinds.indexOf(item.kind);
  const name = (item: TodoItem) => ('name' in item ? item.name : '');
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      waitingSince(a).localeCompare(waitingSince(b)) ||
      name(a).localeCompare(name(b), 'nl'),
  );
}
