import { fullName, type Candidate } from '../../../src-shared/domain/candidate';
import type { Employer } from '../../../src-shared/domain/employer';
import { placementEmployerName } from '../../../src-shared/domain/figure-records';
import {
  agendaPlace,
  attentionFor,
  sharesNameOn,
  type AgendaPerson,
  type AgendaPlacement,
  type MeetingAgenda,
  type NewItem,
  type RunningItem,
} from '../../../src-shared/domain/meeting';
import type { OpenPlacement } from '../../../src-shared/domain/open-placement';
import type { Evaluation, LearningGoal, Trajectory } from '../../../src-shared/domain/trajectory';
import { groupBy } from '../../../src-shared/domain/group-by';

// The agenda's types live beside their schema, which the main process parses the PDF request with.
export type { AgendaPerson, AgendaPlacement, MeetingAgenda, NewItem, RunningItem };

/** "F. Ç." for Fatma Çelik: what the region may see without consent. */
export function initials(candidate: Pick<Candidate, 'firstName' | 'infix' | 'lastName'>): string {
  const first = [...candidate.firstName.trim()][0] ?? '';
  const last = [...candidate.lastName.trim()][0] ?? '';
  return [
    first && `${first.toLocaleUpperCase('nl')}.`,
    candidate.infix,
    last && `${last.toLocaleUpperCase('nl')}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function person(candidate: Candidate, meetingDate: string): AgendaPerson {
  const named = sharesNameOn(candidate, meetingDate);
  return {
    candidateId: candidate.id,
    displayName: named ? fullName(candidate) : initials(candidate),
    named,
    meetingLine: named ? candidate.meetingLine : null,
  };
}

function goalCounts(goals: readonly LearningGoal[]): RunningItem['goalCounts'] {
  const counts = { achieved: 0, inProgress: 0, open: 0 };
  for (const goal of goals) {
    if (goal.status === 'achieved') counts.achieved += 1;
    else if (goal.status === 'in-progress') counts.inProgress += 1;
    else counts.open += 1;
  }
  return counts;
}

/**
 * The six-weekly meeting: who is in a running placement on the date (with the date of the latest
 * evaluation and how far the goals are) and who was discussed but has not started. The agenda
 * leaves the organisation: evaluation, coaching and closing notes never go on it, and the free
 * text that may (motivation, goals, the line "voor het overleg") only for named candidates.
 */
export function buildAgenda(
  meetingDate: string,
  data: {
    candidates: readonly Candidate[];
    trajectories: readonly Trajectory[];
    employers: readonly Employer[];
    goals: readonly LearningGoal[];
    evaluations: readonly Pick<Evaluation, 'trajectoryId' | 'date'>[];
    openPlacements: readonly OpenPlacement[];
    /** From Instellingen: a placement without an employer is at the own organisation. */
    organisationName: string;
    /** From Instellingen (as on Vandaag): an evaluation older than this is late. */
    evaluationWeeks: number;
  },
): MeetingAgenda {
  const employerName = new Map(data.employers.map((employer) => [employer.id, employer.name]));
  const activeCandidates = data.candidates.filter((c) => !c.deletedAt && !c.anonymisedAt);
  const trajectoriesOf = groupBy(
    data.trajectories.filter((t) => !t.deletedAt),
    (t) => t.candidateId,
  );
  const running: RunningItem[] = [];
  const newCandidates: NewItem[] = [];
  for (const candidate of activeCandidates) {
    const place = agendaPlace(candidate, trajectoriesOf.get(candidate.id) ?? [], meetingDate);
    if (place === null) continue;
    const who = person(candidate, meetingDate);
    if ('running' in place) {
      const current = place.running;
      const latest = data.evaluations
        .filter((e) => e.trajectoryId === current.id && e.date <= meetingDate)
        .reduce<string | null>((last, e) => (last === null || e.date > last ? e.date : last), null);
      const goals = data.goals
        .filter((goal) => goal.trajectoryId === current.id)
        .sort((a, b) => a.order - b.order);
      const dates = {
        startedOn: current.startedOn,
        plannedEndOn: current.plannedEndOn,
        latestEvaluationOn: latest,
      };
      running.push({
        ...who,
        trajectoryId: current.id,
        employer: placementEmployerName(
          current.employerId,
          (id) => employerName.get(id),
          data.organisationName,
        ),
        role: current.role,
        ...dates,
        goalCounts: goalCounts(goals),
        goals: who.named ? goals.map(({ text, status }) => ({ text, status })) : [],
        attention: attentionFor(dates, meetingDate, data.evaluationWeeks),
      });
    } else {
      newCandidates.push({
        ...who,
        discussedOn: place.discussedOn,
        hoursAvailable: candidate.hoursAvailable,
        motivation: who.named ? candidate.motivation : null,
      });
    }
  }
  const byName = (a: AgendaPerson, b: AgendaPerson) =>
    a.displayName.localeCompare(b.displayName, 'nl');
  return {
    meetingDate,
    running: running.sort(byName),
    newCandidates: newCandidates.sort(byName),
    openPlacements: openPlacements(
      data.openPlacements,
      new Map(data.employers.filter((e) => !e.deletedAt).map((e) => [e.id, e.name])),
    ),
  };
}

/** The open places of current employers, by employer name, then the date a place is free. */
function openPlacements(
  rows: readonly OpenPlacement[],
  employerName: ReadonlyMap<string, string>,
): AgendaPlacement[] {
  return rows
    .filter((row) => row.status === 'open' && employerName.has(row.employerId))
    .map((row) => ({
      employer: employerName.get(row.employerId) as string,
      location: row.location,
      role: row.role,
      hoursPerWeek: row.hoursPerWeek,
      availableFrom: row.availableFrom,
    }))
    .sort(
      (a, b) =>
        a.employer.localeCompare(b.employer, 'nl') ||
        (a.availableFrom ?? '').localeCompare(b.availableFrom ?? '') ||
        a.role.localeCompare(b.role, 'nl'),
    );
}
