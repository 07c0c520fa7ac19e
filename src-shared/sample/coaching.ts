import type { CoachingEntry, CoachingKind, TrajectoryProfile } from '../domain/coaching';
import type { BuiltTrajectory } from './build';
import { addDays, timestamp, toDay, workday } from './dates';
import { chance, intBetween, pick, type Random } from './random';

/**
 * The coaching log (begeleiding) and the worker/workplace profile of a sample trajectory: a start
 * conversation with the supervisor, then visits and calls every few weeks while it runs. Notes
 * name the person, as real notes do, and say nothing medical.
 */

export interface CoachingOf {
  entries: CoachingEntry[];
  profile: TrajectoryProfile | null;
}

type Note = (name: string, supervisor: string) => string;

const visitNotes: readonly Note[] = [
  (n, s) => `Meegelopen op de afdeling. ${n} werkt rustig en vraagt ${s} om uitleg waar nodig.`,
  (n) => `${n} vertelt enthousiast over de bewoners; de taken van de ochtend lukken zelfstandig.`,
  (n, s) => `Kort overleg met ${s}: ${n} kan een extra dagdeel aan.`,
  (n) => `Rooster doorgenomen met ${n}; de pauzes gaan nu volgens afspraak.`,
];
const phoneNotes: readonly Note[] = [
  (n) => `${n} belde om een dienst te ruilen; geregeld met de afdeling.`,
  (n) => `Telefonisch bijgepraat. ${n} heeft het naar de zin.`,
  (_n, s) => `${s} belde: de samenwerking gaat goed, geen bijzonderheden.`,
];
/** Internal: for the file only, never on a report, agenda or export. */
const internalNotes: readonly Note[] = [
  (n) =>
    `${n} heeft het thuis druk met de kinderen; afgesproken om de uren voorlopig gelijk te houden.`,
  (n) =>
    `Gesprek over geldzorgen; ${n} heeft zelf contact gezocht met de schuldhulp van de gemeente.`,
];
const authorityNotes: readonly Note[] = [
  (n) => `Voortgang van ${n} doorgegeven aan de klantmanager.`,
  () => 'Afstemming met de consulent over het vervolg na het traject.',
];

const brings: readonly Note[] = [
  (n) => `${n} is vriendelijk en geduldig, en heeft ervaring met de zorg voor een familielid.`,
  (n) => `${n} is handig, werkt graag met de handen en houdt van een opgeruimde werkplek.`,
  (n) => `${n} is sociaal, spreekt makkelijk mensen aan en is gemotiveerd om te leren.`,
];
const needs: readonly string[] = [
  'Vaste werktijden en één aanspreekpunt op de afdeling.',
  'Een rustige start met uitleg stap voor stap.',
  'Duidelijke afspraken op papier en tijd om te oefenen.',
];
const asks: readonly string[] = [
  'Ondersteuning bij het plannen van de reis naar het werk.',
  'Een vast rooster in de eerste maanden.',
  'Hulp bij het oefenen van gesprekken met collega’s.',
];
const offers: readonly Note[] = [
  (_n, s) => `Een vaste praktijkbegeleider (${s}) en een inwerkschema voor de eerste weken.`,
  () => 'Een team dat gewend is aan werkervaringsplaatsen, en taken die in moeilijkheid oplopen.',
];
const matchingNotes: readonly Note[] = [
  (n) => `De afdeling past bij de wens van ${n} om met mensen te werken.`,
  (n) => `Gekozen voor deze plek omdat ${n} hier dicht bij huis werkt.`,
];

/** Minutes within a kind's usual range. */
const minutesFor: Record<CoachingKind, [number, number]> = {
  'three-way': [45, 75],
  'work-floor': [20, 60],
  phone: [5, 20],
  authority: [10, 30],
  other: [15, 30],
};

export function coachingOf(
  built: BuiltTrajectory,
  firstName: string,
  supervisor: string,
  today: string,
  random: Random,
): CoachingOf {
  const { trajectory, goals } = built;
  const s = supervisor.split(' ')[0] ?? supervisor;
  const until = trajectory.endedOn ?? today;
  const entries: CoachingEntry[] = [];
  const entry = (date: string, kind: CoachingKind, note: string | null, internal = false) => {
    const n = entries.length + 1;
    const at = timestamp(date, 9 * 60 + ((toDay(date) * 13 + n * 29) % 420));
    entries.push({
      id: `${trajectory.id}-k${n}`,
      trajectoryId: trajectory.id,
      date,
      kind,
      minutes: intBetween(random, ...minutesFor[kind]),
      note,
      internal,
      goalId: note && goals.length > 0 && chance(random, 0.3) ? pick(random, goals).id : null,
      createdAt: at,
      updatedAt: at,
    });
  };
  entry(
    trajectory.startedOn,
    'three-way',
    `Startgesprek met ${firstName} en ${s}: afspraken over uren, pauzes en leerdoelen.`,
  );
  // A contact every two to four weeks; long work-study placements are followed less closely.
  const spacing: [number, number] = trajectory.kind === 'work-study' ? [28, 49] : [12, 26];
  for (
    let date = workday(addDays(trajectory.startedOn, intBetween(random, ...spacing)));
    date <= until && entries.length < 16;
    date = workday(addDays(date, intBetween(random, ...spacing)))
  ) {
    const roll = random();
    if (roll < 0.5) {
      entry(
        date,
        'work-floor',
        chance(random, 0.7) ? pick(random, visitNotes)(firstName, s) : null,
      );
    } else if (roll < 0.8) {
      entry(date, 'phone', chance(random, 0.5) ? pick(random, phoneNotes)(firstName, s) : null);
    } else if (roll < 0.9) {
      entry(date, 'other', pick(random, internalNotes)(firstName, s), true);
    } else {
      entry(date, 'authority', pick(random, authorityNotes)(firstName, s));
    }
  }

  const profile: TrajectoryProfile | null = chance(random, 0.7)
    ? {
        trajectoryId: trajectory.id,
        brings: pick(random, brings)(firstName, s),
        needs: pick(random, needs),
        asks: chance(random, 0.8) ? pick(random, asks) : null,
        offers: pick(random, offers)(firstName, s),
        matchingNote: chance(random, 0.6) ? pick(random, matchingNotes)(firstName, s) : null,
        // Written in the week before the start, after the trajectory was registered.
        updatedAt: timestamp(addDays(trajectory.startedOn, -2), 10 * 60),
      }
    : null;
  return { entries, profile };
}
