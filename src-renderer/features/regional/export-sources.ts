import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Employer } from '../../../src-shared/domain/employer';
import { ownOrganisationName, toFigureRecords } from '../../../src-shared/domain/figure-records';
import type { LearningGoal, Trajectory } from '../../../src-shared/domain/trajectory';
import {
  buildExport,
  createPseudonymiser,
  type ExchangeFileV1,
  type ExportInclude,
  type ExportSource,
} from '../../../src-shared/exchange';
import { programmesOf, type FigureFilter, type Period } from '../../../src-shared/figures';
import type { InstapDatabase } from '../../db/database';
import { loadInstallation } from '../../data/installation';
import { loadSettings } from '../../data/settings-repository';

/**
 * The export's input: the figure records (one mapping for dashboard and export, a placement at
 * the own organisation under its name) plus the few fields the optional columns need. Names and
 * notes are not copied in.
 */
export function toExportSources(
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  employers: readonly Employer[],
  goals: readonly LearningGoal[],
  organisationName: string,
): ExportSource[] {
  const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const trajectoryById = new Map(trajectories.map((trajectory) => [trajectory.id, trajectory]));
  const goalCounts = new Map<string, { total: number; achieved: number }>();
  for (const goal of goals) {
    const counts = goalCounts.get(goal.trajectoryId) ?? { total: 0, achieved: 0 };
    counts.total += 1;
    if (goal.status === 'achieved') counts.achieved += 1;
    goalCounts.set(goal.trajectoryId, counts);
  }
  return toFigureRecords(candidates, trajectories, employers, organisationName).map((record) => {
    const trajectory = trajectoryById.get(record.key);
    const counts = goalCounts.get(record.key);
    return {
      ...record,
      trajectoryId: record.key,
      candidateId: record.candidateKey,
      birthDate: candidateById.get(record.candidateKey)?.birthDate ?? null,
      hoursPerWeek: trajectory?.hoursPerWeek ?? null,
      goalsTotal: counts?.total ?? 0,
      goalsAchieved: counts?.achieved ?? 0,
      // The figures read only `inSector`; the file carries the whole outflow (codes only).
      outflow: trajectory?.outflow ?? null,
    };
  });
}

/** The programme labels of this organisation's records: the export filter's choices. */
export async function ownProgrammes(db: InstapDatabase): Promise<string[]> {
  const [candidates, trajectories, employers, settings] = await Promise.all([
    db.candidates.toArray(),
    db.trajectories.toArray(),
    db.employers.toArray(),
    loadSettings(db),
  ]);
  return programmesOf(
    toFigureRecords(candidates, trajectories, employers, settings.organisationName),
  );
}

/** This organisation's exchange file, built from the database as it is now. */
export async function buildOwnExport(
  db: InstapDatabase,
  options: {
    period: Period;
    referenceDate: string;
    level: 'counts' | 'records';
    include: ExportInclude;
    generator: string;
    /** Only one programme's records (figures and records alike); absent: every record. */
    filter?: FigureFilter;
  },
): Promise<ExchangeFileV1> {
  const [candidates, trajectories, employers, goals, settings, installation] = await Promise.all([
    db.candidates.toArray(),
    db.trajectories.toArray(),
    db.employers.toArray(),
    db.learningGoals.toArray(),
    loadSettings(db),
    loadInstallation(db),
  ]);
  return buildExport({
    ...options,
    organisation: {
      id: installation.organisationId,
      name: ownOrganisationName(settings.organisationName),
      region: settings.region,
    },
    exportedAt: new Date().toISOString(),
    sources: toExportSources(candidates, trajectories, employers, goals, settings.organisationName),
    pseudonymise: createPseudonymiser(installation.secret),
  });
}
