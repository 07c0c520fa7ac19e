import { fullName, type Candidate } from '../domain/candidate';
import type { Certificate } from '../domain/certificate';
import type { CoachingEntry, TrajectoryProfile } from '../domain/coaching';
import type { Benefit, Outcome, StopReason, TrajectoryKind } from '../domain/codes';
import type { Employer } from '../domain/employer';
import type { BuildUpStep, Evaluation, LearningGoal, Trajectory } from '../domain/trajectory';
import {
  buildTrajectory,
  paidWork,
  randomEnding,
  randomPerson,
  toCandidate,
  type Ending,
  type PersonPlan,
} from './build';
import { coaches, employerSpecs, roles, type RoleKey } from './catalog';
import { certificateRegister } from './certificates';
import { coachingOf } from './coaching';
import {
  addDays,
  assertDate,
  daysBetween,
  fromDay,
  onOrAfter,
  onOrBefore,
  timestamp,
  toDay,
} from './dates';
import { addProgramme, type ProgrammeRecords } from './programme';
import { parseName, randomName, supervisorNames, type Gender, type PersonName } from './names';
import { chance, intBetween, mixSeed, pick, seededRandom, weighted, type Random } from './random';

export interface SampleDataset extends ProgrammeRecords {
  employers: Employer[];
  candidates: Candidate[];
  trajectories: Trajectory[];
  learningGoals: LearningGoal[];
  buildUpSteps: BuildUpStep[];
  evaluations: Evaluation[];
  coachingEntries: CoachingEntry[];
  profiles: TrajectoryProfile[];
  certificates: Certificate[];
}

/** The day the sample set describes unless told otherwise. */
export const sampleToday = '2026-11-23';
const firstYear = 2018;
const seed = 2019;

/**
 * Candidates discussed and placements started per year. 2019 is the WEP Trein pilot of DOMAIN.md
 * (its 14 starts are written out below); 2020 is low because of the lockdown.
 */
const volumes: Record<number, { discussed: number; started: number }> = {
  2018: { discussed: 32, started: 11 },
  2019: { discussed: 40, started: 14 },
  2020: { discussed: 31, started: 10 },
  2021: { discussed: 38, started: 15 },
  2022: { discussed: 44, started: 17 },
  2023: { discussed: 47, started: 18 },
  2024: { discussed: 42, started: 16 },
  2025: { discussed: 48, started: 19 },
};
const laterVolume = { discussed: 45, started: 17 };

/** No placements started during the first lockdown. */
const pauses: Record<number, readonly [string, string]> = {
  2020: ['2020-03-16', '2020-05-31'],
};

// ---------------------------------------------------------------------------------------------
// The 2019 pilot: every start written out, so the worked example of DOMAIN.md holds exactly.

interface PilotEntry {
  /** First name, last name as in the name pools (`infix|name`), gender; null for a random name. */
  name: readonly [string, string, Gender] | null;
  benefit: Benefit;
  discussedOn: string;
  startedOn: string;
  kind: TrajectoryKind;
  employer: string;
  location: number;
  role: RoleKey;
  hours: number;
  endsOn: string;
  result: 'completed' | 'stopped';
  stopReason?: StopReason;
  outcome: Outcome;
  outcomeEmployer?: string;
  /** Why the placement ran long: what the coach wrote at the end. */
  remark?: string;
}

const lockdownRemark =
  'In het voorjaar van 2020 enkele maanden gepauzeerd vanwege de coronamaatregelen en daarna verlengd.';

/**
 * On R = 2020-12-31: 5 completed (4 to paid work), 3 stopped, and 6 still running. Two of those
 * are two-year BBL trajectories; four are placements that 2020 stretched: paused in the lockdown
 * (visiting bans, closed day care), for informal care at home or a move, and then extended.
 * 8 employers. 13 of the 14 were discussed in 2019; the first in November 2018.
 */
const pilot: readonly PilotEntry[] = [
  {
    name: ['Jan', 'van der|Berg', 'm'],
    benefit: 'social-assistance',
    discussedOn: '2018-11-06',
    startedOn: '2019-01-07',
    kind: 'work-experience',
    employer: 'linde',
    location: 0,
    role: 'host',
    hours: 16,
    endsOn: '2019-06-28',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Zorgcentrum De Linde',
  },
  {
    name: ['Fatma', 'Çelik', 'f'],
    benefit: 'social-assistance',
    discussedOn: '2019-01-15',
    startedOn: '2019-02-04',
    kind: 'work-experience',
    employer: 'linde',
    location: 1,
    role: 'housekeeping',
    hours: 20,
    endsOn: '2019-07-26',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Zorgcentrum De Linde',
  },
  {
    name: ['Søren', 'Jørgensen', 'm'],
    benefit: 'unemployment',
    discussedOn: '2019-01-15',
    startedOn: '2019-03-04',
    kind: 'work-experience',
    employer: 'isala',
    location: 1,
    role: 'facilities',
    hours: 24,
    endsOn: '2019-04-12',
    result: 'stopped',
    stopReason: 'motivation',
    outcome: 'benefit',
  },
  {
    name: ['Łukasz', 'Wiśniewski/Wiśniewska', 'm'],
    benefit: 'social-assistance',
    discussedOn: '2019-02-26',
    startedOn: '2019-03-18',
    kind: 'work-experience',
    employer: 'kringloop',
    location: 1,
    role: 'warehouse',
    hours: 32,
    endsOn: '2019-09-13',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Uitzendbureau Werkpunt Zwolle',
  },
  {
    name: null,
    benefit: 'wajong',
    discussedOn: '2019-02-26',
    startedOn: '2019-04-01',
    kind: 'work-experience',
    employer: 'gemeente',
    location: 0,
    role: 'grounds',
    hours: 24,
    endsOn: '2019-06-07',
    result: 'stopped',
    stopReason: 'found-work',
    outcome: 'paid-work',
    outcomeEmployer: 'Hoveniersbedrijf Ten Hove',
  },
  {
    name: ['Aminata', 'Ouédraogo', 'f'],
    benefit: 'unemployment',
    discussedOn: '2019-04-09',
    startedOn: '2019-05-06',
    kind: 'trial-placement',
    employer: 'ijsseldelta',
    location: 0,
    role: 'warehouse',
    hours: 24,
    endsOn: '2019-07-05',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Zorggroep IJsseldelta',
  },
  {
    name: ['Zoë', 'de|Groot', 'f'],
    benefit: 'social-assistance',
    discussedOn: '2019-04-09',
    startedOn: '2019-05-13',
    kind: 'work-experience',
    employer: 'anker',
    location: 0,
    role: 'host',
    hours: 16,
    endsOn: '2019-10-25',
    result: 'completed',
    outcome: 'education',
  },
  {
    name: null,
    benefit: 'social-assistance',
    discussedOn: '2019-05-21',
    startedOn: '2019-06-17',
    kind: 'work-experience',
    employer: 'buurtkracht',
    location: 0,
    role: 'host',
    hours: 12,
    endsOn: '2019-08-30',
    result: 'stopped',
    stopReason: 'personal',
    outcome: 'unknown',
  },
  {
    name: ['Ayşe', 'Yılmaz', 'f'],
    benefit: 'social-assistance',
    discussedOn: '2019-05-21',
    startedOn: '2019-09-02',
    kind: 'work-experience',
    employer: 'linde',
    location: 2,
    role: 'activities',
    hours: 24,
    remark:
      'In maart 2020 gepauzeerd door het bezoekverbod; in juni hervat en verlengd tot de activiteiten weer volledig liepen.',
    endsOn: '2021-02-26',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Zorgcentrum De Linde',
  },
  {
    name: ['Thị Lan', 'Nguyễn', 'f'],
    benefit: 'unemployment',
    discussedOn: '2019-07-02',
    startedOn: '2019-09-02',
    kind: 'work-study',
    employer: 'isala',
    location: 0,
    role: 'carer',
    hours: 28,
    endsOn: '2021-07-16',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Woonzorg De Berkenhof',
  },
  {
    name: null,
    benefit: 'social-assistance',
    discussedOn: '2019-07-02',
    startedOn: '2019-09-16',
    kind: 'work-experience',
    employer: 'vechtdal',
    location: 0,
    role: 'housekeeping',
    remark:
      'Van december 2019 tot mei 2020 gepauzeerd voor mantelzorg thuis; daarna in minder uren hervat.',
    hours: 24,
    endsOn: '2021-03-19',
    result: 'stopped',
    stopReason: 'personal',
    outcome: 'benefit',
  },
  {
    name: null,
    benefit: 'other',
    discussedOn: '2019-08-13',
    startedOn: '2019-09-30',
    kind: 'work-experience',
    employer: 'ijsseldelta',
    location: 1,
    role: 'cleaning',
    remark:
      'In 2020 twee keer gepauzeerd, door de lockdown en door een verhuizing; in overleg met de gemeente verlengd.',
    hours: 32,
    endsOn: '2021-10-01',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Zorggroep IJsseldelta',
  },
  {
    name: null,
    benefit: 'social-assistance',
    discussedOn: '2019-09-24',
    startedOn: '2019-11-04',
    kind: 'work-experience',
    employer: 'isala',
    location: 0,
    role: 'activities',
    remark:
      'De huiskamers waren in 2020 maandenlang dicht voor nieuwe taken; de plaatsing is daarom verlengd.',
    hours: 24,
    endsOn: '2021-04-30',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Woonzorg De Berkenhof',
  },
  {
    name: null,
    benefit: 'wajong',
    discussedOn: '2019-11-05',
    startedOn: '2019-12-02',
    kind: 'work-study',
    employer: 'kringloop',
    location: 1,
    role: 'logisticsBbl',
    hours: 24,
    endsOn: '2021-06-25',
    result: 'completed',
    outcome: 'paid-work',
    outcomeEmployer: 'Kringloop Zwolle',
  },
];

// ---------------------------------------------------------------------------------------------
// Drafts: people and placements before ids are given

interface CandidateDraft {
  n: number;
  person: PersonPlan;
  trajectories: TrajectoryDraft[];
}

interface TrajectoryDraft {
  candidate: CandidateDraft;
  kind: TrajectoryKind;
  employer: number;
  location: number;
  role: RoleKey;
  supervisor: string;
  coach: string;
  startedOn: string;
  hoursPerWeek: number;
  ending: Ending;
  goalCount: number;
}

interface Placement {
  employer: number;
  location: number;
  role: RoleKey;
}

/** Every employer–location–role, weighted so an employer's weight is shared by its options. */
function placementOptions(bbl: boolean): (readonly [Placement, number])[] {
  const options: (readonly [Placement, number])[] = [];
  employerSpecs.forEach((spec, employer) => {
    const own: Placement[] = [];
    spec.locations.forEach((location, l) => {
      for (const role of location.roles) {
        if (roles[role].bbl === bbl) own.push({ employer, location: l, role });
      }
    });
    for (const placement of own) options.push([placement, spec.weight / own.length]);
  });
  return options;
}

const regularPlacements = placementOptions(false);
const bblPlacements = placementOptions(true);

const kindWeights: readonly (readonly [TrajectoryKind, number])[] = [
  ['work-experience', 74],
  ['trial-placement', 12],
  ['work-study', 11],
  ['other', 3],
];

/** The regional meeting: every six weeks on a Tuesday, from mid-January to before Christmas. */
function meetingsOf(year: number): string[] {
  const meetings: string[] = [];
  const last = toDay(`${year}-12-20`);
  for (let day = onOrAfter(toDay(`${year}-01-13`), 2); day <= last; day += 42) {
    meetings.push(fromDay(day));
  }
  return meetings;
}

/** Colleagues change over the years: the supervisor of a location from 2023 is another one. */
function supervisorOf(employer: number, location: number, year: number): string {
  const i = employer * 3 + location * 7 + (year >= 2023 ? 1 : 0);
  return supervisorNames[i % supervisorNames.length] as string;
}

function coachOf(random: Random, year: number): string {
  if (year <= 2020) return coaches[0];
  if (year <= 2023) return pick(random, coaches.slice(0, 2));
  return pick(random, coaches.slice(1));
}

/** Share of `year` that lies on or before `today` (1 for past years). */
function elapsed(year: number, today: string): number {
  const start = toDay(`${year}-01-01`);
  const length = toDay(`${year + 1}-01-01`) - start;
  return Math.max(0, Math.min(1, (toDay(today) - start + 1) / length));
}

class Builder {
  readonly candidates: CandidateDraft[] = [];
  private readonly names = new Set<string>();
  private readonly meetings: string[];

  constructor(
    readonly today: string,
    private readonly lastYear: number,
  ) {
    this.meetings = [];
    for (let year = firstYear; year <= lastYear; year++) this.meetings.push(...meetingsOf(year));
  }

  /** A name nobody in the set has yet, so lists and searches stay unambiguous. */
  uniqueName(random: Random, fixed?: PersonName): PersonName {
    let name = fixed ?? randomName(random);
    for (let tries = 0; !fixed && this.names.has(fullName(name)) && tries < 50; tries++) {
      name = randomName(random);
    }
    this.names.add(fullName(name));
    return name;
  }

  addCandidate(person: PersonPlan): CandidateDraft {
    const draft = { n: this.candidates.length, person, trajectories: [] };
    this.candidates.push(draft);
    return draft;
  }

  /** The meeting where someone starting on `startedOn` was discussed: 2–10 weeks before. */
  discussedBefore(random: Random, startedOn: string): string {
    const latest = addDays(startedOn, -14);
    const earlier = this.meetings.filter((m) => m <= latest);
    const back = chance(random, 0.3) && earlier.length > 1 ? 2 : 1;
    return earlier[earlier.length - back] ?? (this.meetings[0] as string);
  }

  pilot(): void {
    const random = seededRandom(mixSeed(seed, 2019, 1));
    for (const entry of pilot) {
      if (entry.discussedOn > this.today) continue;
      const fixed = entry.name ? parseName(...entry.name) : undefined;
      const name = this.uniqueName(random, fixed);
      const person = randomPerson(random, name, entry.discussedOn, entry.benefit);
      person.hoursAvailable = Math.max(person.hoursAvailable, entry.hours);
      const candidate = this.addCandidate(person);
      if (entry.startedOn > this.today) continue;
      const ending: Ending = {
        endsOn: entry.endsOn,
        result: entry.result,
        stopReason: entry.stopReason ?? null,
        ...paidWork(random, entry.outcome, entry.outcomeEmployer ?? null, entry.hours),
        ...(entry.remark
          ? { remark: entry.remark }
          : entry.kind === 'work-study'
            ? { remark: lockdownRemark }
            : {}),
      };
      const employer = employerSpecs.findIndex((spec) => spec.key === entry.employer);
      candidate.trajectories.push({
        candidate,
        kind: entry.kind,
        employer,
        location: entry.location,
        role: entry.role,
        supervisor: supervisorOf(employer, entry.location, 2019),
        coach: coaches[0],
        startedOn: entry.startedOn,
        hoursPerWeek: entry.hours,
        ending,
        goalCount: intBetween(random, 3, 6),
      });
    }
  }

  /** The starts of one year: spread over the year, on Mondays, none during a pause. */
  private startDates(random: Random, year: number, count: number): string[] {
    const from = toDay(`${year}-01-07`) + (year === firstYear ? 29 : 0);
    const to = Math.min(toDay(`${year}-12-15`), toDay(this.today));
    const pause = pauses[year];
    const pauseFrom = pause ? toDay(pause[0]) : Infinity;
    const pauseLength = pause ? toDay(pause[1]) - pauseFrom + 1 : 0;
    const span = Math.max(1, to - from - pauseLength);
    const dates: string[] = [];
    for (let i = 0; i < count; i++) {
      let day = from + Math.floor(((i + 0.5) / count) * span) + intBetween(random, -10, 10);
      day = Math.max(from, day);
      if (day >= pauseFrom) day += pauseLength;
      day = onOrAfter(day, 1);
      if (day > toDay(this.today)) day = onOrBefore(toDay(this.today), 1);
      dates.push(fromDay(day));
    }
    return dates.sort();
  }

  /** Someone whose earlier placement ended without work and who tries again. */
  private returning(random: Random, startedOn: string): CandidateDraft | undefined {
    if (!chance(random, 0.1)) return undefined;
    const pool = this.candidates.filter((c) => {
      const last = c.trajectories[c.trajectories.length - 1];
      if (!last) return false;
      const { ending } = last;
      const again =
        ending.result === 'stopped'
          ? ending.stopReason !== 'found-work'
          : ending.outcome !== 'paid-work';
      return again && ending.endsOn <= this.today && daysBetween(ending.endsOn, startedOn) >= 45;
    });
    return pool.length > 0 ? pick(random, pool) : undefined;
  }

  year(year: number): void {
    const random = seededRandom(mixSeed(seed, year));
    const volume = volumes[year] ?? laterVolume;
    const count = Math.round(volume.started * elapsed(year, this.today));
    for (const startedOn of this.startDates(random, year, count)) {
      const kind = weighted(random, kindWeights);
      let candidate = this.returning(random, startedOn);
      if (!candidate) {
        const discussedOn = this.discussedBefore(random, startedOn);
        candidate = this.addCandidate(randomPerson(random, this.uniqueName(random), discussedOn));
      }
      const placement = weighted(random, kind === 'work-study' ? bblPlacements : regularPlacements);
      const available = candidate.person.hoursAvailable;
      const hours =
        kind === 'work-study'
          ? Math.max(24, available)
          : available > 8 && chance(random, 0.25)
            ? available - 4
            : available;
      candidate.person.hoursAvailable = Math.max(available, hours);
      const employerName = (employerSpecs[placement.employer] as (typeof employerSpecs)[number])
        .name;
      candidate.trajectories.push({
        candidate,
        kind,
        ...placement,
        supervisor: supervisorOf(placement.employer, placement.location, year),
        coach: coachOf(random, year),
        startedOn,
        hoursPerWeek: hours,
        ending: randomEnding(random, kind, startedOn, employerName, hours),
        goalCount: weighted(random, [
          [3, 2],
          [4, 4],
          [5, 3],
          [6, 1],
        ] as const),
      });
    }
  }

  /** Candidates discussed but not (yet) started, up to the year's number of discussed. */
  discussedOnly(year: number): void {
    const random = seededRandom(mixSeed(seed, year, 7));
    const volume = volumes[year] ?? laterVolume;
    const target = Math.round(volume.discussed * elapsed(year, this.today));
    const inYear = (date: string) => date.startsWith(`${year}-`);
    const have = this.candidates.filter((c) => inYear(c.person.discussedOn)).length;
    const meetings = meetingsOf(year).filter((m) => m <= this.today);
    const yearStart = toDay(`${year}-01-07`);
    const lastDay = Math.min(toDay(`${year}-12-20`), toDay(this.today));
    for (let i = have; i < target; i++) {
      // Most are discussed at the regional meeting, some at an intake in between.
      let discussedOn = meetings.length > 0 && chance(random, 0.85) ? pick(random, meetings) : '';
      if (!discussedOn) {
        discussedOn = fromDay(onOrBefore(intBetween(random, yearStart, lastDay), 4));
      }
      this.addCandidate(randomPerson(random, this.uniqueName(random), discussedOn));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Records

function employerRecords(firstStarts: Map<number, string>): Employer[] {
  return employerSpecs.map((spec, e) => {
    const id = `sample-e-${String(e + 1).padStart(2, '0')}`;
    // Registered shortly before the first placement there.
    const createdOn = addDays(firstStarts.get(e) ?? `${firstYear}-01-22`, -14);
    const at = timestamp(createdOn, 8 * 60 + e * 11);
    return {
      id,
      name: spec.name,
      locations: spec.locations.map((location, l) => ({
        id: `${id}-l${l + 1}`,
        name: location.name,
      })),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
  });
}

/**
 * A realistic Dutch sample set for a care organisation in Regio Zwolle, from 2018 to the year of
 * `today` (default 2026-11-23). Deterministic: the same `today` gives the same set. Placements
 * that end after `today` are ongoing; nothing is dated after `today`.
 */
export function sampleDataset(options?: { today?: string }): SampleDataset {
  const today = options?.today ?? sampleToday;
  assertDate(today, 'today');
  const lastYear = Number(today.slice(0, 4));
  const builder = new Builder(today, lastYear);
  if (lastYear >= 2019) builder.pilot();
  for (let year = firstYear; year <= lastYear; year++) {
    if (year !== 2019) builder.year(year);
  }
  for (let year = firstYear; year <= lastYear; year++) builder.discussedOnly(year);

  const drafts = [...builder.candidates].sort(
    (a, b) => a.person.discussedOn.localeCompare(b.person.discussedOn) || a.n - b.n,
  );
  const candidateIds = new Map<CandidateDraft, string>();
  drafts.forEach((draft, i) =>
    candidateIds.set(draft, `sample-c-${String(i + 1).padStart(4, '0')}`),
  );

  const trajectoryDrafts = drafts
    .flatMap((draft) => draft.trajectories)
    .sort(
      (a, b) =>
        a.startedOn.localeCompare(b.startedOn) ||
        (candidateIds.get(a.candidate) as string).localeCompare(
          candidateIds.get(b.candidate) as string,
        ),
    );

  const firstStarts = new Map<number, string>();
  for (const t of trajectoryDrafts)
    if (!firstStarts.has(t.employer)) firstStarts.set(t.employer, t.startedOn);
  const employers = employerRecords(firstStarts);

  const dataset: SampleDataset = {
    employers,
    candidates: [],
    trajectories: [],
    learningGoals: [],
    buildUpSteps: [],
    evaluations: [],
    coachingEntries: [],
    profiles: [],
    certificates: [],
    trainings: [],
    attendance: [],
    openPlacements: [],
  };
  const lastUpdate = new Map<CandidateDraft, string>();
  trajectoryDrafts.forEach((draft, i) => {
    const employer = employers[draft.employer] as Employer;
    const location = employer.locations[draft.location] as Employer['locations'][number];
    const built = buildTrajectory(
      `sample-t-${String(i + 1).padStart(4, '0')}`,
      {
        candidateId: candidateIds.get(draft.candidate) as string,
        firstName: draft.candidate.person.name.firstName,
        kind: draft.kind,
        employerId: employer.id,
        employerName: employer.name,
        locationId: location.id,
        locationName: location.name,
        role: roles[draft.role],
        supervisor: draft.supervisor,
        coach: draft.coach,
        startedOn: draft.startedOn,
        hoursPerWeek: draft.hoursPerWeek,
        ending: draft.ending,
        goalCount: draft.goalCount,
      },
      today,
      seededRandom(mixSeed(seed, 99, i)),
    );
    dataset.trajectories.push(built.trajectory);
    dataset.learningGoals.push(...built.goals);
    dataset.buildUpSteps.push(...built.steps);
    dataset.evaluations.push(...built.evaluations);
    // Its own random stream: the records above stay exactly as they were before coaching existed.
    addCoaching(
      dataset,
      coachingOf(
        built,
        draft.candidate.person.name.firstName,
        draft.supervisor,
        today,
        seededRandom(mixSeed(seed, 77, i)),
      ),
    );
    lastUpdate.set(draft.candidate, built.trajectory.updatedAt.slice(0, 10));
  });
  dataset.candidates = drafts.map((draft) =>
    toCandidate(
      candidateIds.get(draft) as string,
      draft.n,
      draft.person,
      lastUpdate.get(draft) ?? draft.person.discussedOn,
    ),
  );
  Object.assign(dataset, addProgramme(dataset, today, seed));
  dataset.certificates = certificateRegister(dataset, today, seededRandom(mixSeed(seed, 78)));
  return dataset;
}

export function addCoaching(dataset: SampleDataset, coaching: ReturnType<typeof coachingOf>) {
  dataset.coachingEntries.push(...coaching.entries);
  if (coaching.profile) dataset.profiles.push(coaching.profile);
}
