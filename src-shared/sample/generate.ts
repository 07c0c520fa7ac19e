import type { TrajectoryKind } from '../domain/codes';
import type { Employer } from '../domain/employer';
import {
  buildTrajectory,
  randomEnding,
  randomPerson,
  toCandidate,
  type Ending,
  type PersonPlan,
} from './build';
import { coaches, roleKeys, roles, type RoleKey } from './catalog';
import { certificateRegister } from './certificates';
import { coachingOf } from './coaching';
import { addCoaching, sampleToday, type SampleDataset } from './dataset';
import { fromDay, onOrAfter, timestamp, toDay } from './dates';
import { randomName, supervisorNames } from './names';
import { addProgramme } from './programme';
import { chance, intBetween, mixSeed, pick, pickSome, seededRandom, weighted } from './random';

/**
 * A large plausible data set for tests and benchmarks: the shapes of the sample set, without its
 * care for exact yearly figures. One pass, one random stream; 10 000 candidates in milliseconds.
 */

const employerPrefixes = [
  'Zorgcentrum',
  'Woonzorgcentrum',
  'Thuiszorg',
  'Stichting',
  'Dagbesteding',
  'Zorgboerderij',
  'Kringloop',
  'Wijkcentrum',
  'Verpleeghuis',
  'Kinderopvang',
];
const employerNames = [
  'De Linde',
  'Het Anker',
  'De Vlinder',
  'De Hoeve',
  'De Berkel',
  'De Werkplaats',
  'Het Baken',
  'De Esch',
  'Vechtdal',
  'IJsselheem',
  'De Wiekslag',
  'Het Kampje',
  'De Zonnehof',
  'De Bongerd',
  'Het Hooge Veld',
  'De Meander',
  'Sassenhof',
  'De Weezenlanden',
  'Het Dijkhuis',
  'De Nieuwe Brug',
];
const locationNames = [
  'Restaurant',
  'Huishoudelijke dienst',
  'Afdeling Wonen',
  'Technische dienst',
  'Facilitair',
  'Linnenkamer',
  'Magazijn',
  'Receptie',
  'Activiteitencentrum',
  'Winkel',
  'Tuin',
];

const kindWeights: readonly (readonly [TrajectoryKind, number])[] = [
  ['work-experience', 74],
  ['trial-placement', 12],
  ['work-study', 11],
  ['other', 3],
];
const regularRoles = roleKeys.filter((key) => !roles[key].bbl);
const bblRoles = roleKeys.filter((key) => roles[key].bbl);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Prefix × name: 200 distinct names, as many as the generator makes. */
function employerName(i: number): string {
  return `${employerPrefixes[i % 10]} ${employerNames[Math.floor(i / 10) % 20]}`;
}

export function generateCandidates(count: number, seed = 1): SampleDataset {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer: ${count}`);
  }
  const random = seededRandom(mixSeed(seed, 0x5eed));
  // Coaching and certificates draw from their own stream, so the records stay as they were.
  const extras = seededRandom(mixSeed(seed, 0xc0ac));
  const today = sampleToday;
  const todayDay = toDay(today);

  const employerCount = Math.min(200, Math.max(3, Math.ceil(count / 25)));
  const employers: Employer[] = [];
  for (let e = 0; e < employerCount; e++) {
    const id = `gen-e-${pad(e + 1, 4)}`;
    const at = timestamp(fromDay(toDay('2018-01-08') + e), 9 * 60);
    employers.push({
      id,
      name: employerName(e),
      locations: pickSome(random, locationNames, intBetween(random, 1, 3)).map((name, l) => ({
        id: `${id}-l${l + 1}`,
        name,
      })),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }

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
  const firstDay = toDay('2018-01-09');
  let trajectoryCount = 0;

  const addTrajectory = (candidateId: string, person: PersonPlan, startedOn: string) => {
    const kind = weighted(random, kindWeights);
    const hours = person.hoursAvailable;
    const employer = pick(random, employers);
    const location = pick(random, employer.locations);
    const role: RoleKey = pick(random, kind === 'work-study' ? bblRoles : regularRoles);
    const hoursPerWeek = kind === 'work-study' ? Math.max(24, hours) : hours;
    person.hoursAvailable = hoursPerWeek;
    const ending: Ending = randomEnding(random, kind, startedOn, employer.name, hoursPerWeek);
    const supervisor = pick(random, supervisorNames);
    trajectoryCount++;
    const built = buildTrajectory(
      `gen-t-${pad(trajectoryCount, 6)}`,
      {
        candidateId,
        firstName: person.name.firstName,
        kind,
        employerId: employer.id,
        employerName: employer.name,
        locationId: location.id,
        locationName: location.name,
        role: roles[role],
        supervisor,
        coach: pick(random, coaches),
        startedOn,
        hoursPerWeek,
        ending,
        goalCount: intBetween(random, 3, 4),
      },
      today,
      random,
    );
    dataset.trajectories.push(built.trajectory);
    dataset.learningGoals.push(...built.goals);
    dataset.buildUpSteps.push(...built.steps);
    dataset.evaluations.push(...built.evaluations);
    addCoaching(dataset, coachingOf(built, person.name.firstName, supervisor, today, extras));
    return built.trajectory;
  };

  for (let c = 0; c < count; c++) {
    const id = `gen-c-${pad(c + 1, 6)}`;
    const discussedOn = fromDay(onOrAfter(intBetween(random, firstDay, todayDay - 90), 2));
    const person = randomPerson(random, randomName(random), discussedOn);
    let updatedOn = discussedOn;
    if (chance(random, 0.6)) {
      const startedOn = fromDay(onOrAfter(toDay(discussedOn) + intBetween(random, 14, 70), 1));
      const first = addTrajectory(id, person, startedOn);
      updatedOn = first.updatedAt.slice(0, 10);
      // Some try again after a placement that did not lead to work.
      if (first.endedOn && first.outcome !== 'paid-work' && chance(random, 0.15)) {
        const again = fromDay(onOrAfter(toDay(first.endedOn) + intBetween(random, 30, 120), 1));
        if (again <= today) {
          const second = addTrajectory(id, person, again);
          updatedOn = second.updatedAt.slice(0, 10);
        }
      }
    }
    dataset.candidates.push(toCandidate(id, c, person, updatedOn));
  }
  Object.assign(dataset, addProgramme(dataset, today, seed));
  dataset.certificates = certificateRegister(dataset, today, extras);
  return dataset;
}
