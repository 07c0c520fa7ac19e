import { addYears, format, parseISO } from 'date-fns';
import type { Candidate } from './candidate';
import type { Certificate } from './certificate';
import type { CoachingEntry, TrajectoryProfile } from './coaching';
import type { Training } from './training';
import type { BuildUpStep, Evaluation, LearningGoal, Trajectory } from './trajectory';
import { groupBy } from './group-by';

/** The retention periods (bewaartermijn) of DOMAIN.md, in years; the defaults are the domain's. */
export interface RetentionPolicy {
  yearsAfterEnd: number;
  yearsAfterDiscussion: number;
}

export const defaultRetention: RetentionPolicy = { yearsAfterEnd: 2, yearsAfterDiscussion: 1 };

const plusYears = (date: string, years: number) =>
  format(addYears(parseISO(date), years), 'yyyy-MM-dd');

/**
 * Why a candidate is past the retention period: their last trajectory ended, they were discussed
 * but never started, or (neither date known) they were registered but never discussed.
 */
export type RetentionReason = 'ended' | 'discussed' | 'registered';

export interface RetentionDue {
  candidate: Candidate;
  reason: RetentionReason;
  /** The date the period counts from: the last end, the discussion or the registration. */
  since: string;
  /** The last day of the period: the person is past it from the day after. */
  expiredOn: string;
}

/**
 * The period of one person, from their trajectories (the trashed ones do not count): it runs from
 * the end of the last one, or (never started) from the discussion; null while one is running.
 */
export function retentionPeriod(
  candidate: Pick<Candidate, 'discussedOn' | 'createdAt'>,
  trajectories: readonly Pick<Trajectory, 'endedOn' | 'deletedAt'>[],
  policy: RetentionPolicy,
): Omit<RetentionDue, 'candidate'> | null {
  let end: string | undefined;
  for (const trajectory of trajectories) {
    if (trajectory.deletedAt) continue;
    if (trajectory.endedOn === null) return null;
    if (end === undefined || trajectory.endedOn > end) end = trajectory.endedOn;
  }
  const [reason, since, years]: [RetentionReason, string, number] =
    end !== undefined
      ? ['ended', end, policy.yearsAfterEnd]
      : candidate.discussedOn
        ? ['discussed', candidate.discussedOn, policy.yearsAfterDiscussion]
        : ['registered', candidate.createdAt.slice(0, 10), policy.yearsAfterDiscussion];
  return { reason, since, expiredOn: plusYears(since, years) };
}

/**
 * The candidates whose personal data must go on `today`, each with the reason and dates (see
 * `retentionPeriod`). Already anonymised candidates are not listed again. Oldest expiry first.
 */
export function retentionDue(
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  today: string,
  policy: RetentionPolicy,
): RetentionDue[] {
  const byCandidate = groupBy(trajectories, (t) => t.candidateId);
  const due: RetentionDue[] = [];
  for (const candidate of candidates) {
    if (candidate.anonymisedAt) continue;
    const period = retentionPeriod(candidate, byCandidate.get(candidate.id) ?? [], policy);
    if (period && period.expiredOn < today) due.push({ candidate, ...period });
  }
  return due.sort((a, b) => (a.expiredOn < b.expiredOn ? -1 : a.expiredOn > b.expiredOn ? 1 : 0));
}

/** The candidates of `retentionDue`, for whom only needs to know who. */
export function pastRetention(
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  today: string,
  policy: RetentionPolicy,
): Candidate[] {
  return retentionDue(candidates, trajectories, today, policy).map((due) => due.candidate);
}

export const ANONYMISED_NAME = 'Geanonimiseerd';

/**
 * What stays of a person after the retention period: dates, codes, hours and counts (so the
 * figures of past years do not change); names, birth date, contact details and free text go.
 */
export function anonymiseCandidate(candidate: Candidate, at: string): Candidate {
  return {
    ...candidate,
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
    anonymisedAt: at,
    updatedAt: at,
  };
}

/**
 * Programme, outflow and follow-up are codes and stay (the figures use them); of the benefit
 * agency's approval only the agency and the date stay: office, consultant and file number go.
 */
export function anonymiseTrajectory(trajectory: Trajectory, at: string): Trajectory {
  const approval = trajectory.benefitApproval;
  return {
    ...trajectory,
    workplaceSupervisor: null,
    closingNote: null,
    benefitApproval: approval && {
      agency: approval.agency,
      approvedOn: approval.approvedOn,
      office: null,
      consultant: null,
      fileNumber: null,
    },
    updatedAt: at,
  };
}

/** A training's name can say something about the person (taal…): its date and certificate stay. */
export function anonymiseTraining(training: Training): Training {
  return { ...training, name: 'Training' };
}

/** Goal and step texts are free text about the person: only their number and status stay. */
export function anonymiseGoal(goal: LearningGoal): LearningGoal {
  return { ...goal, text: `Leerdoel ${goal.order}` };
}

export function anonymiseStep(step: BuildUpStep): BuildUpStep {
  return { ...step, text: `Stap ${step.order}` };
}

export function anonymiseEvaluation(evaluation: Evaluation): Evaluation {
  return {
    ...evaluation,
    notes: null,
    progress: evaluation.progress.map((progress) => ({ ...progress, remark: null })),
  };
}

/** A coaching contact keeps its date, kind and minutes (the hours stay); the note goes. */
export function anonymiseCoachingEntry(entry: CoachingEntry, at: string): CoachingEntry {
  return { ...entry, note: null, updatedAt: at };
}

/** The profile is free text about the person and the workplace: all of it goes. */
export function anonymiseProfile(profile: TrajectoryProfile, at: string): TrajectoryProfile {
  return {
    ...profile,
    brings: null,
    needs: null,
    asks: null,
    offers: null,
    matchingNote: null,
    updatedAt: at,
  };
}

/**
 * A certificate in the register keeps its number, year and status (the series has no gaps and a
 * number stays traceable); the printed name, birth date and every text about the person go.
 */
export function anonymiseCertificate(certificate: Certificate): Certificate {
  return {
    ...certificate,
    content: {
      ...certificate.content,
      candidate: { fullName: ANONYMISED_NAME, birthDate: null },
      placement: { ...certificate.content.placement, supervisor: null },
      achievedGoals: [],
      reachedSteps: [],
      personalText: null,
      duties: null,
      trainings: [],
      workProcesses: null,
    },
  };
}
