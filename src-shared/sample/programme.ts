import type { AttendanceWeek } from '../domain/attendance';
import type { ApprovalAgency, BenefitApproval } from '../domain/benefit-approval';
import type { Candidate } from '../domain/candidate';
import type {
  ContractType,
  FollowUpStatus,
  NotStartedReason,
  OutflowInstrument,
} from '../domain/codes';
import type { Employer } from '../domain/employer';
import type { OpenPlacement, OpenPlacementStatus } from '../domain/open-placement';
import { followUpDueOn, type FollowUp, type Outflow } from '../domain/outflow';
import type { Training } from '../domain/training';
import type { Trajectory } from '../domain/trajectory';
import { addDays, fromDay, minDate, onOrBefore, timestamp, toDay } from './dates';
import { chance, intBetween, mixSeed, pick, pickSome, seededRandom, weighted } from './random';

/**
 * "More of the programme" in the sample set (DOMAIN.md; issue 15 point 12): municipalities, the
 * reasons discussed candidates did not start, programme labels, the benefit agency's approvals,
 * trainings, outflow details and follow-ups, weekly attendance and employers' open placements.
 * Each from a random stream of its own, so every record made before stays exactly as it was (the
 * 2019 pilot's figures included). Nothing is dated after `today`.
 */

export const WEP_TREIN = 'WEP Trein';
export const WORK_STUDY_PROGRAMME = 'Leren en werken in de zorg';

const municipalities: readonly (readonly [string, number])[] = [
  ['Zwolle', 50],
  ['Kampen', 12],
  ['Dalfsen', 7],
  ['Raalte', 6],
  ['Hattem', 5],
  ['Zwartewaterland', 6],
  ['Staphorst', 4],
  ['Ommen', 4],
  ['Oldebroek', 3],
  ['Heerde', 3],
];

const notStartedWeights: readonly (readonly [NotStartedReason, number])[] = [
  ['no-placement', 30],
  ['withdrew', 20],
  ['found-work', 14],
  ['not-selected', 16],
  ['health', 10],
  ['other', 10],
];

/** A discussion stays open this long before the coach closes it with a reason. */
const DAYS_BEFORE_CLOSING = 84;

/** Written with initials, as agencies sign: never the same text as a candidate's name. */
const consultants = [
  'M. Hoekstra',
  'E. Jansen',
  'S. Bouzid',
  'D. van Dijk',
  'I. Kuipers',
  'R. Scholten',
];

const trainingNames = [
  'Hygiëne en HACCP',
  'Tillen en verplaatsen',
  'Bedrijfshulpverlening (BHV)',
  'Klantvriendelijk werken',
  'Taal op de werkvloer',
  'Omgaan met mensen met dementie',
  'Veilig werken met schoonmaakmiddelen',
  'Privacy in de zorg (AVG)',
] as const;

const contractWeights: readonly (readonly [ContractType, number])[] = [
  ['fixed-term', 50],
  ['permanent', 14],
  ['temp-agency', 16],
  ['secondment', 8],
  ['self-employed', 2],
  ['other', 3],
];

const instrumentWeights: readonly (readonly [OutflowInstrument, number])[] = [
  ['none', 40],
  ['wage-cost-subsidy', 18],
  ['no-risk-policy', 20],
  ['job-agreement', 10],
  ['job-coaching', 12],
];

const followUpWeights: readonly (readonly [FollowUpStatus, number])[] = [
  ['employed', 76],
  ['not-employed', 16],
  ['unknown', 8],
];

const placementStatusWeights: readonly (readonly [OpenPlacementStatus, number])[] = [
  ['open', 55],
  ['filled', 30],
  ['withdrawn', 15],
];

/** Employers the outflow counts as the care and welfare sector. */
const careSector = /zorg|thuiszorg|dagbesteding|buurtkracht|ggz|verslaving|gehandicapten|welzijn/i;

export interface ProgrammeRecords {
  trainings: Training[];
  attendance: AttendanceWeek[];
  openPlacements: OpenPlacement[];
}

/** Fills the programme's fields in place and returns the rows of the new tables. */
export function addProgramme(
  data: { candidates: Candidate[]; trajectories: Trajectory[]; employers: Employer[] },
  today: string,
  seed: number,
): ProgrammeRecords {
  const started = new Set(data.trajectories.map((t) => t.candidateId));
  const municipalityOf = new Map<string, string>();
  data.candidates.forEach((candidate, i) => {
    const random = seededRandom(mixSeed(seed, 61, i));
    const municipality = weighted(random, municipalities);
    candidate.municipality = municipality;
    municipalityOf.set(candidate.id, municipality);
    const closed =
      candidate.discussedOn !== null &&
      !started.has(candidate.id) &&
      addDays(candidate.discussedOn, DAYS_BEFORE_CLOSING) <= today;
    candidate.notStartedReason = closed ? weighted(random, notStartedWeights) : null;
  });

  const benefitOf = new Map(data.candidates.map((c) => [c.id, c.benefit]));
  const records: ProgrammeRecords = { trainings: [], attendance: [], openPlacements: [] };
  data.trajectories.forEach((trajectory, i) => {
    const random = seededRandom(mixSeed(seed, 62, i));
    trajectory.programme = trajectory.kind === 'work-study' ? WORK_STUDY_PROGRAMME : WEP_TREIN;
    const agency = agencyFor(benefitOf.get(trajectory.candidateId));
    if (agency && chance(random, 0.85)) {
      trajectory.benefitApproval = approval(
        random,
        agency,
        municipalityOf.get(trajectory.candidateId) ?? 'Zwolle',
        trajectory.startedOn,
      );
    }
    if (trajectory.outcome === 'paid-work') {
      trajectory.outflow = outflow(random, trajectory.outcomeEmployer);
      trajectory.followUp = followUp(random, trajectory.endedOn, today);
    }
    records.trainings.push(...trainings(random, trajectory, today));
    records.attendance.push(...attendance(random, trajectory, today));
  });

  data.employers.forEach((employer, e) => {
    const random = seededRandom(mixSeed(seed, 63, e));
    records.openPlacements.push(...openPlacements(random, employer, today));
  });
  return records;
}

function agencyFor(benefit: string | undefined): ApprovalAgency | null {
  if (benefit === 'social-assistance') return 'municipality';
  if (benefit === 'unemployment' || benefit === 'wajong' || benefit === 'wia') return 'uwv';
  return null;
}

/** The agency's consent, given a week or two before the start; a dossier number, never a BSN. */
function approval(
  random: () => number,
  agency: ApprovalAgency,
  municipality: string,
  startedOn: string,
): BenefitApproval {
  const approvedOn = addDays(startedOn, -intBetween(random, 5, 16));
  const year = approvedOn.slice(0, 4);
  return {
    agency,
    office: agency === 'uwv' ? 'UWV Zwolle' : `Gemeente ${municipality}, team Werk en Inkomen`,
    consultant: pick(random, consultants),
    approvedOn,
    fileNumber:
      agency === 'uwv'
        ? `UWV-${year}-${intBetween(random, 10000, 99999)}`
        : `WI-${year}-${intBetween(random, 1000, 9999)}`,
  };
}

function outflow(random: () => number, employer: string | null): Outflow {
  const first = weighted(random, instrumentWeights);
  const instruments: OutflowInstrument[] =
    first === 'none'
      ? ['none']
      : chance(random, 0.3)
        ? [first, first === 'job-coaching' ? 'wage-cost-subsidy' : 'job-coaching']
        : [first];
  return {
    contractType: weighted(random, contractWeights),
    instruments,
    inSector: employer !== null ? careSector.test(employer) : chance(random, 0.5),
  };
}

/** Checked when due, mostly; about one in six due follow-ups is still open (the coach's to-do). */
function followUp(random: () => number, endedOn: string | null, today: string): FollowUp {
  const check = (moment: 'months6' | 'months12'): FollowUpStatus | null =>
    endedOn !== null && followUpDueOn(endedOn, moment) <= today && !chance(random, 0.16)
      ? weighted(random, followUpWeights)
      : null;
  const months6 = check('months6');
  return { months6, months12: months6 === null ? null : check('months12') };
}

/** One to three trainings; those still to come have no date yet. */
function trainings(random: () => number, trajectory: Trajectory, today: string): Training[] {
  const last = minDate(trajectory.endedOn ?? today, today);
  return pickSome(random, trainingNames, intBetween(random, 1, 3)).map((name, n) => {
    const on = addDays(trajectory.startedOn, intBetween(random, 10, 120));
    return {
      id: `${trajectory.id}-tr${n + 1}`,
      trajectoryId: trajectory.id,
      name,
      completedOn: on <= last ? on : null,
      withCertificate: chance(random, 0.45),
    };
  });
}

/** The last weeks (up to eight) of a running placement, each week by its Monday. */
function attendance(random: () => number, trajectory: Trajectory, today: string): AttendanceWeek[] {
  if (trajectory.status !== 'ongoing') return [];
  const hours = trajectory.hoursPerWeek ?? 16;
  const firstMonday = onOrBefore(toDay(trajectory.startedOn), 1) + 7;
  const lastMonday = onOrBefore(toDay(today), 1) - 7;
  const weeks: AttendanceWeek[] = [];
  for (let monday = Math.max(firstMonday, lastMonday - 7 * 7); monday <= lastMonday; monday += 7) {
    const daysAbsent = chance(random, 0.15) ? intBetween(random, 1, 2) : 0;
    const missed = daysAbsent * Math.round(hours / 4) + (chance(random, 0.2) ? 2 : 0);
    const weekStart = fromDay(monday);
    weeks.push({
      id: `${trajectory.id}-w${weekStart}`,
      trajectoryId: trajectory.id,
      weekStart,
      hoursAgreed: hours,
      hoursWorked: Math.max(0, hours - missed),
      daysAbsent,
    });
  }
  return weeks;
}

/** One to three places an employer offers, at its own locations. */
function openPlacements(random: () => number, employer: Employer, today: string): OpenPlacement[] {
  const roles = [
    'Gastvrouw/gastheer',
    'Medewerker facilitair',
    'Helpende zorg',
    'Medewerker schoonmaak',
  ];
  return Array.from({ length: intBetween(random, 1, 3) }, (_, n) => {
    const status = weighted(random, placementStatusWeights);
    const created = addDays(today, -intBetween(random, 14, 120));
    const at = timestamp(created, 9 * 60 + n * 13);
    return {
      id: `${employer.id}-p${n + 1}`,
      employerId: employer.id,
      location: employer.locations.length > 0 ? pick(random, employer.locations).name : null,
      role: pick(random, roles),
      hoursPerWeek: pick(random, [12, 16, 20, 24, 32]),
      availableFrom: status === 'open' ? addDays(today, intBetween(random, 7, 60)) : created,
      status,
      createdAt: at,
      updatedAt: at,
    };
  });
}
