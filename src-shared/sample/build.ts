import { emptyCandidateExtras, type Candidate, type Referrer } from '../domain/candidate';
import type { Benefit, GoalStatus, Outcome, StopReason, TrajectoryKind } from '../domain/codes';
import type {
  BuildUpStep,
  Evaluation,
  LearningGoal,
  Trajectory,
  TrajectoryStatus,
} from '../domain/trajectory';
import { emptyTrajectoryExtras, plannedMonthsByKind } from '../domain/trajectory';
import {
  buildUpPrograms,
  evaluationDays,
  generalGoals,
  meetingLines,
  motivations,
  otherEmployers,
  type Role,
} from './catalog';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDay,
  maxDate,
  onOrAfter,
  timestamp,
  toDay,
  workday,
} from './dates';
import { fakeEmail, fakePhone, type PersonName } from './names';
import { chance, intBetween, pick, pickSome, weighted, type Random } from './random';

/**
 * Turning plans into the app's records. A plan says what really happens to a person, including
 * after `today`; the records say only what is known on `today` (a placement that ends later is
 * still ongoing). The hand-made data set and the fast generator share this.
 */

// ---------------------------------------------------------------------------------------------
// Candidates

export interface PersonPlan {
  name: PersonName;
  birthDate: string;
  discussedOn: string;
  benefit: Benefit;
  referrer: Referrer | null;
  hoursAvailable: number;
  motivation: string | null;
  consentToShare: boolean;
  phone: string | null;
  email: string | null;
}

const benefitWeights: readonly (readonly [Benefit, number])[] = [
  ['social-assistance', 55],
  ['unemployment', 18],
  ['wajong', 10],
  ['wia', 4],
  ['none', 5],
  ['other', 4],
  ['unknown', 4],
];

const hoursWeights: readonly (readonly [number, number])[] = [
  [8, 1],
  [12, 3],
  [16, 5],
  [20, 5],
  [24, 5],
  [28, 2],
  [32, 2],
];

/** Who referred the candidate follows from the benefit: the municipality pays bijstand, UWV the rest. */
function referrerFor(random: Random, benefit: Benefit): Referrer | null {
  switch (benefit) {
    case 'social-assistance':
    case 'other':
      return chance(random, 0.85) ? 'municipality' : 'wsp';
    case 'unemployment':
    case 'wajong':
    case 'wia':
      return chance(random, 0.8) ? 'uwv' : 'wsp';
    case 'none':
      return chance(random, 0.5) ? 'other' : null;
    case 'unknown':
      return null;
  }
}

/** Age 18–64 on the day of discussion, mostly 27–44 like the target group. */
function birthDateFor(random: Random, discussedOn: string): string {
  const age = weighted(random, [
    [intBetween(random, 18, 26), 25],
    [intBetween(random, 27, 44), 45],
    [intBetween(random, 45, 64), 30],
  ] as const);
  // Stay clear of the birthday itself, so the age holds whatever the rounding.
  const years = age + 0.01 + random() * 0.98;
  return fromDay(toDay(discussedOn) - Math.round(years * 365.25));
}

export function randomPerson(
  random: Random,
  name: PersonName,
  discussedOn: string,
  benefit: Benefit = weighted(random, benefitWeights),
): PersonPlan {
  return {
    name,
    birthDate: birthDateFor(random, discussedOn),
    discussedOn,
    benefit,
    referrer: referrerFor(random, benefit),
    hoursAvailable: weighted(random, hoursWeights),
    motivation: chance(random, 0.85) ? pick(random, motivations) : null,
    consentToShare: chance(random, 0.4),
    phone: chance(random, 0.9) ? fakePhone(random) : null,
    email: chance(random, 0.75) ? fakeEmail(name) : null,
  };
}

/** Office hours in UTC, varied per record so lists sorted by time look natural. */
const officeMinute = (n: number) => 7 * 60 + ((n * 37) % 540);

export function toCandidate(
  id: string,
  n: number,
  person: PersonPlan,
  updatedOn: string,
): Candidate {
  const { name } = person;
  return {
    id,
    firstName: name.firstName,
    infix: name.infix,
    lastName: name.lastName,
    birthDate: person.birthDate,
    phone: person.phone,
    email: person.email,
    discussedOn: person.discussedOn,
    benefit: person.benefit,
    referrer: person.referrer,
    hoursAvailable: person.hoursAvailable,
    motivation: person.motivation,
    consentToShare: person.consentToShare,
    consentOn: person.consentToShare ? person.discussedOn : null,
    // Every other consenting person has a line; no random draw, so the other records stay.
    meetingLine:
      person.consentToShare && n % 2 === 0
        ? (meetingLines[(n / 2) % meetingLines.length] ?? null)
        : null,
    ...emptyCandidateExtras(),
    createdAt: timestamp(person.discussedOn, officeMinute(n)),
    updatedAt: timestamp(maxDate(person.discussedOn, updatedOn), officeMinute(n + 1)),
    deletedAt: null,
    anonymisedAt: null,
  };
}

// ---------------------------------------------------------------------------------------------
// How a placement ends

export interface Ending {
  /** The day it really ends; after `today` the record still says ongoing. */
  endsOn: string;
  result: 'completed' | 'stopped';
  stopReason: StopReason | null;
  outcome: Outcome;
  outcomeEmployer: string | null;
  outcomeHours: number | null;
  /** Said first in the closing note (e.g. a pause during the 2020 lockdown). */
  remark?: string;
}

const stopReasonWeights: readonly (readonly [StopReason, number])[] = [
  ['found-work', 25],
  ['motivation', 20],
  ['personal', 20],
  ['health', 15],
  ['not-suitable', 12],
  ['other', 8],
];

/** Days a completed placement takes, and the chance it completes, per kind. */
const courseByKind: Record<
  TrajectoryKind,
  { completes: number; days: [number, number]; stopDays: [number, number] }
> = {
  'work-experience': { completes: 0.64, days: [88, 183], stopDays: [12, 120] },
  'trial-placement': { completes: 0.75, days: [56, 62], stopDays: [10, 45] },
  'work-study': { completes: 0.7, days: [365, 730], stopDays: [60, 330] },
  other: { completes: 0.6, days: [80, 100], stopDays: [14, 70] },
};

function completedOutcome(random: Random, kind: TrajectoryKind): Outcome {
  if (kind === 'trial-placement' || kind === 'work-study') {
    return weighted(random, [
      ['paid-work', 85],
      ['education', 5],
      ['benefit', 7],
      ['unknown', 3],
    ] as const);
  }
  return weighted(random, [
    ['paid-work', 55],
    ['education', 18],
    ['volunteering', 8],
    ['benefit', 14],
    ['unknown', 5],
  ] as const);
}

function stoppedOutcome(random: Random, reason: StopReason): Outcome {
  if (reason === 'found-work') return 'paid-work';
  return weighted(random, [
    ['benefit', 70],
    ['unknown', 20],
    ['volunteering', 5],
    ['education', 5],
  ] as const);
}

/** A placement ends on a Friday, the usual last day. */
const friday = (startedOn: string, days: number) => fromDay(onOrAfter(toDay(startedOn) + days, 5));

export function randomEnding(
  random: Random,
  kind: TrajectoryKind,
  startedOn: string,
  employerName: string,
  hours: number,
): Ending {
  const course = courseByKind[kind];
  if (chance(random, course.completes)) {
    const outcome = completedOutcome(random, kind);
    return {
      endsOn: friday(startedOn, intBetween(random, ...course.days)),
      result: 'completed',
      stopReason: null,
      ...paidWork(
        random,
        outcome,
        kind !== 'work-experience' || chance(random, 0.6) ? employerName : null,
        hours,
      ),
    };
  }
  const stopReason = weighted(random, stopReasonWeights);
  const outcome = stoppedOutcome(random, stopReason);
  return {
    endsOn: friday(startedOn, intBetween(random, ...course.stopDays)),
    result: 'stopped',
    stopReason,
    ...paidWork(random, outcome, null, hours),
  };
}

/** Where and how many hours, for paid work only; elsewhere than the placement when not given. */
export function paidWork(
  random: Random,
  outcome: Outcome,
  employerName: string | null,
  hours: number,
): Pick<Ending, 'outcome' | 'outcomeEmployer' | 'outcomeHours'> {
  if (outcome !== 'paid-work') return { outcome, outcomeEmployer: null, outcomeHours: null };
  const others = otherEmployers.filter((name) => name !== employerName);
  return {
    outcome,
    outcomeEmployer: employerName ?? pick(random, others),
    outcomeHours: Math.min(36, Math.max(12, hours + 4 * intBetween(random, -1, 2))),
  };
}

// ---------------------------------------------------------------------------------------------
// Trajectories with goals, build-up steps and evaluations

export interface TrajectoryPlan {
  candidateId: string;
  firstName: string;
  kind: TrajectoryKind;
  employerId: string;
  employerName: string;
  locationId: string;
  locationName: string;
  role: Role;
  supervisor: string;
  coach: string;
  startedOn: string;
  hoursPerWeek: number;
  ending: Ending;
  goalCount: number;
}

export interface BuiltTrajectory {
  trajectory: Trajectory;
  goals: LearningGoal[];
  steps: BuildUpStep[];
  evaluations: Evaluation[];
}

export function plannedEnd(kind: TrajectoryKind, startedOn: string): string {
  return addMonths(startedOn, plannedMonthsByKind[kind]);
}

const remarks: Record<GoalStatus, readonly string[]> = {
  open: ['Nog niet aan toegekomen.', 'Volgt in de volgende fase.', 'Komt na de inwerkperiode.'],
  'in-progress': [
    'Gaat steeds beter, nog blijven oefenen.',
    'Lukt met ondersteuning van de praktijkbegeleider.',
    'Goede stappen gezet; nog niet helemaal zelfstandig.',
  ],
  achieved: ['Behaald.', 'Gaat zelfstandig goed.', 'Laat dit elke dienst zien.'],
};

const firstNotes = [
  (n: string, s: string) =>
    `${n} is goed gestart en komt de afspraken na. Leerdoelen doorgenomen met ${s}.`,
  (n: string) =>
    `De eerste weken verlopen rustig. ${n} maakt makkelijk contact met bewoners en collega’s; aandachtspunt is op tijd afmelden.`,
  (n: string, s: string) =>
    `${n} is enthousiast en leergierig. Afgesproken om vragen eerst bij ${s} neer te leggen.`,
  (n: string) =>
    `Goede start. ${n} moet nog wennen aan het ritme; de uren blijven voorlopig zoals afgesproken.`,
];

const interimNotes = [
  (n: string) =>
    `${n} werkt steeds zelfstandiger. De uren zijn uitgebreid volgens het opbouwprogramma.`,
  (n: string, s: string) =>
    `Tussenevaluatie met ${s}: ${n} pakt taken zelf op en vraagt hulp wanneer nodig.`,
  (n: string) =>
    `${n} heeft een vaste plek in het team. Volgende stap: zelfstandig een dienst draaien.`,
];

const studyNote = (n: string, s: string) =>
  `Voortgang van de beroepspraktijkvorming besproken met ${s} en de docent van het ROC. ${n} ligt op schema.`;

const completedNotes = [
  (n: string) => `Eindevaluatie: ${n} heeft de leerdoelen behaald. Getuigschrift besproken.`,
  (n: string, s: string) =>
    `Afsluitend gesprek met ${s}. ${n} is gegroeid in zelfstandigheid en samenwerking.`,
];

/** Stop notes record the reason and nothing medical, as the note fields ask. */
const stoppedNotes: Record<StopReason, (n: string, employer: string | null) => string> = {
  'found-work': (n, employer) =>
    `${n} heeft een baan gevonden${employer ? ` bij ${employer}` : ''}. Traject positief afgesloten.`,
  motivation: (n) =>
    `${n} geeft aan dat dit werk niet aansluit bij de eigen wensen. In overleg gestopt.`,
  personal: (n) =>
    `Gestopt vanwege persoonlijke omstandigheden. ${n} kan zich later opnieuw melden.`,
  health: () => 'Gestopt om gezondheidsredenen. Op verzoek niets over de aard vastgelegd.',
  'not-suitable': () =>
    'Samen vastgesteld dat de werkplek niet goed aansluit. Advies: een plek met meer structuur en minder drukte.',
  other: () => 'Gestopt in overleg met de klantmanager.',
};

function closingNote(plan: TrajectoryPlan): string {
  const { ending, firstName: n } = plan;
  const prefix = ending.remark ? `${ending.remark} ` : '';
  if (ending.result === 'stopped') {
    return prefix + stoppedNotes[ending.stopReason ?? 'other'](n, ending.outcomeEmployer);
  }
  const done = plan.kind === 'work-study' ? 'Diploma behaald.' : 'Getuigschrift uitgereikt.';
  switch (ending.outcome) {
    case 'paid-work':
      return `${prefix}${done} Start met een contract van ${ending.outcomeHours} uur per week bij ${ending.outcomeEmployer}.`;
    case 'education':
      return `${prefix}${done} Begint aan een mbo-opleiding in zorg en welzijn.`;
    case 'volunteering':
      return `${prefix}${done} Blijft als vrijwilliger actief bij ${plan.locationName}.`;
    case 'benefit':
      return `${prefix}${done} Nog geen passende vacature; de klantmanager is geïnformeerd.`;
    case 'unknown':
      return `${prefix}${done} Het vervolg is nog niet bekend.`;
  }
}

function goalStatusAt(fraction: number, threshold: number): GoalStatus {
  if (fraction >= threshold) return 'achieved';
  return fraction >= threshold * 0.35 ? 'in-progress' : 'open';
}

/**
 * The records of one trajectory as known on `today`. Goals progress over the placement: each goal
 * is reached at its own fraction of the way, so every evaluation agrees with the one before.
 */
export function buildTrajectory(
  id: string,
  plan: TrajectoryPlan,
  today: string,
  random: Random,
): BuiltTrajectory {
  const { ending, kind, startedOn } = plan;
  const closed = ending.endsOn <= today;
  const status: TrajectoryStatus = closed ? ending.result : 'ongoing';
  const plannedEndOn = plannedEnd(kind, startedOn);
  const known = closed ? ending.endsOn : today;
  // A completed placement reaches its goals by its end; others are measured against the plan.
  const basis = Math.max(
    1,
    daysBetween(startedOn, ending.result === 'completed' ? ending.endsOn : plannedEndOn),
  );
  const fractionOn = (date: string) => Math.min(1.2, daysBetween(startedOn, date) / basis);

  // Goals: one or two employee skills, then the work itself.
  const generalCount = plan.goalCount >= 5 ? 2 : 1;
  const roleGoals = pickSome(random, plan.role.goals, plan.goalCount - generalCount);
  const texts = [
    ...pickSome(random, generalGoals, plan.goalCount - roleGoals.length),
    ...roleGoals,
  ];
  const thresholds = texts.map(() =>
    chance(random, 0.15) ? 1.01 + random() * 0.19 : 0.3 + random() * 0.7,
  );
  const goalIds = texts.map((_, i) => `${id}-g${i + 1}`);

  // Evaluations: the interim ones that fell before the end (at most two), then the final one.
  const interim = evaluationDays[kind]
    .map((day) => workday(addDays(startedOn, day)))
    .filter((date) => (closed ? daysBetween(date, ending.endsOn) >= 10 : date <= today));
  const dates = closed ? [...interim.slice(0, 2), ending.endsOn] : interim.slice(-3);
  const n = plan.firstName;
  const s = plan.supervisor.split(' ')[0] ?? plan.supervisor;
  const evaluations: Evaluation[] = dates.map((date, i) => {
    const fraction = fractionOn(date);
    const final = closed && i === dates.length - 1;
    let notes: string;
    if (final) {
      notes =
        ending.result === 'completed'
          ? pick(random, completedNotes)(n, s)
          : stoppedNotes[ending.stopReason ?? 'other'](n, ending.outcomeEmployer);
    } else if (i === 0) {
      notes = pick(random, firstNotes)(n, s);
    } else {
      notes = kind === 'work-study' ? studyNote(n, s) : pick(random, interimNotes)(n, s);
    }
    return {
      id: `${id}-v${i + 1}`,
      trajectoryId: id,
      date,
      notes,
      progress: goalIds.map((goalId, g) => {
        const goalStatus = goalStatusAt(fraction, thresholds[g] as number);
        return {
          goalId,
          status: goalStatus,
          remark: chance(random, 0.6) ? pick(random, remarks[goalStatus]) : null,
        };
      }),
    };
  });

  // A goal's status is what the last evaluation said.
  const last = evaluations[evaluations.length - 1];
  const goals: LearningGoal[] = texts.map((text, g) => ({
    id: goalIds[g] as string,
    trajectoryId: id,
    order: g + 1,
    text,
    status: last ? (last.progress[g]?.status ?? 'open') : 'open',
  }));

  // Build-up steps up to the (planned or real) end; reached on schedule while the placement ran.
  const horizon = Math.max(
    daysBetween(startedOn, plannedEndOn),
    ending.result === 'completed' ? daysBetween(startedOn, ending.endsOn) : 0,
  );
  const program = buildUpPrograms[kind];
  const stepTemplates = program.filter((step, i) => i < 2 || step.day < horizon);
  const steps: BuildUpStep[] = stepTemplates.map((step, i) => {
    const reachedOn = workday(addDays(startedOn, step.day));
    return {
      id: `${id}-s${i + 1}`,
      trajectoryId: id,
      order: i + 1,
      text: step.text(plan.hoursPerWeek),
      reachedOn: reachedOn <= known ? reachedOn : null,
    };
  });

  const lastEvent = maxDate(
    startedOn,
    evaluations.length > 0 ? (last as Evaluation).date : startedOn,
  );
  const createdOn = addDays(startedOn, -intBetween(random, 3, 10));
  const trajectory: Trajectory = {
    id,
    candidateId: plan.candidateId,
    kind,
    employerId: plan.employerId,
    locationId: plan.locationId,
    workplaceSupervisor: plan.supervisor,
    coach: plan.coach,
    startedOn,
    plannedEndOn,
    hoursPerWeek: plan.hoursPerWeek,
    role: plan.role.title,
    status,
    endedOn: closed ? ending.endsOn : null,
    stopReason: closed && ending.result === 'stopped' ? ending.stopReason : null,
    outcome: closed ? ending.outcome : null,
    outcomeEmployer: closed ? ending.outcomeEmployer : null,
    outcomeHours: closed ? ending.outcomeHours : null,
    closingNote: closed ? closingNote(plan) : null,
    ...emptyTrajectoryExtras(),
    createdAt: timestamp(createdOn, officeMinute(toDay(startedOn))),
    updatedAt: timestamp(closed ? ending.endsOn : lastEvent, officeMinute(toDay(known) + 3)),
    deletedAt: null,
  };
  return { trajectory, goals, steps, evaluations };
}
