import type { Candidate } from './candidate';
import type { Employer } from './employer';
import type { Trajectory } from './trajectory';
import type { FigureRecord } from '../figures';
import { groupBy } from './group-by';

/** Who the own organisation is while Instellingen has no name for it yet. */
export const UNNAMED_ORGANISATION = 'Eigen organisatie';

/** The organisation's name from Instellingen, or the stand-in while it has none. */
export function ownOrganisationName(organisationName: string): string {
  return organisationName.trim() || UNNAMED_ORGANISATION;
}

/**
 * The name of the employer a placement is at, as every screen and report shows it: a trajectory
 * without an employer is at the own organisation (the glossary's default), named as in
 * Instellingen. `null` only for an employer id that no longer resolves.
 */
export function placementEmployerName(
  employerId: string | null,
  employerName: (employerId: string) => string | undefined,
  organisationName: string,
): string | null {
  return employerId === null
    ? ownOrganisationName(organisationName)
    : (employerName(employerId) ?? null);
}

/**
 * The app's records as the figures' input: the one mapping used by the dashboard, the infographic
 * and the export, so they all count the same. Deleted candidates and trajectories (and the
 * trajectories of deleted candidates) do not count. Each trajectory is one record; a candidate
 * without a trajectory is one record with status 'discussed'. Records come per candidate, in the
 * candidates' order, trajectories by start date, so "the first record of a candidate" is stable.
 *
 * The candidate's not-started reason goes on each of their records (the figures look at
 * candidates); programme, outflow and follow-up are the trajectory's. A discussed-only record has
 * no programme: with a programme filter it does not count.
 *
 * A trajectory without an employer is a placement at the own organisation (the glossary's
 * default): it counts as an employer under the organisation's name from Instellingen, the name
 * of today, so figures, breakdowns and the export follow a renamed organisation. A deleted
 * employer keeps its name here: the placement there did happen.
 */
export function toFigureRecords(
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  employers: readonly Employer[],
  organisationName: string,
): FigureRecord[] {
  const employerNames = new Map<string, string>();
  for (const employer of employers) employerNames.set(employer.id, employer.name);
  const employerNameOf = (id: string) => employerNames.get(id);

  const byCandidate = groupBy(
    trajectories.filter((t) => !t.deletedAt),
    (t) => t.candidateId,
  );

  const records: FigureRecord[] = [];
  for (const candidate of candidates) {
    if (candidate.deletedAt) continue;
    const own = byCandidate.get(candidate.id);
    if (!own) {
      records.push({
        key: candidate.id,
        candidateKey: candidate.id,
        kind: 'work-experience',
        employer: null,
        benefit: candidate.benefit,
        discussedOn: candidate.discussedOn,
        startedOn: null,
        endedOn: null,
        status: 'discussed',
        stopReason: null,
        outcome: null,
        notStartedReason: candidate.notStartedReason,
        programme: null,
        outflow: null,
        followUp: null,
      });
      continue;
    }
    if (own.length > 1)
      own.sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
    for (const trajectory of own) {
      records.push({
        key: trajectory.id,
        candidateKey: candidate.id,
        kind: trajectory.kind,
        employer: placementEmployerName(trajectory.employerId, employerNameOf, organisationName),
        benefit: candidate.benefit,
        discussedOn: candidate.discussedOn,
        startedOn: trajectory.startedOn,
        endedOn: trajectory.endedOn,
        status: trajectory.status,
        stopReason: trajectory.stopReason,
        outcome: trajectory.outcome,
        notStartedReason: candidate.notStartedReason,
        programme: trajectory.programme,
        outflow: trajectory.outflow,
        followUp: trajectory.followUp,
      });
    }
  }
  return records;
}
