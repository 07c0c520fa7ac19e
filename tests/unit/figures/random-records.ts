import {
  benefits,
  followUpStatuses,
  notStartedReasons,
  outcomes,
  statuses,
  stopReasons,
  trajectoryKinds,
} from '../../../src-shared/domain/codes';
import type { FigureRecord } from '../../../src-shared/figures';
import { pick, seededRandom } from '../../../src-shared/sample/random';

/** A seeded PRNG (mulberry32), so a failing random case can be replayed. */
export { seededRandom };

const employerSpellings = [
  'Zorgcentrum De Linde',
  'zorgcentrum de linde',
  ' ZORGCENTRUM DE LINDE ',
  'IJsselheem',
  'ijsselheem\t',
  'Kringloop De Ruil',
  'Gemeente Zwolle',
  // The same names once more: a double space, a tab inside, and NFD (A + combining acute).
  'Zorgcentrum  De Linde',
  'Kringloop\tDe Ruil',
  'Ámstelrade',
  'A\u0301mstelrade',
  '',
  '   ',
  null,
];

// Not valid YYYY-MM-DD (or not a real day): must count as no date at all.
const invalidDates = [
  '2019-02-29',
  '2019-13-01',
  '2019-1-5',
  '2019-04-31',
  '20190301',
  '',
  '2019-00-10',
];

function randomDate(random: () => number): string | null {
  const roll = random();
  if (roll < 0.1) return null;
  if (roll < 0.15) return pick(random, invalidDates);
  // Mostly 2018–2021, so periods and reference dates cut through the data.
  const year = 2018 + Math.floor(random() * 4);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 31);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth)).padStart(2, '0')}`;
  return iso;
}

/**
 * Records with every combination the figures must survive: any status with any dates (also the
 * ones an importer would reject), invalid dates, unknown codes, blank employers, candidates with
 * several records.
 */
export function randomRecords(seed: number, count: number): FigureRecord[] {
  const random = seededRandom(seed);
  // A stream of its own for the fields of "More of the programme": the others stay as they were.
  const more = seededRandom(seed + 1000);
  const followUp = () => (more() < 0.3 ? null : pick(more, followUpStatuses));
  const records: FigureRecord[] = [];
  for (let i = 0; i < count; i++) {
    const status =
      random() < 0.03 ? ('archived' as FigureRecord['status']) : pick(random, statuses);
    records.push({
      key: `t-${i}`,
      candidateKey: `c-${Math.floor(random() * count * 0.7)}`,
      kind: pick(random, trajectoryKinds),
      employer: pick(random, employerSpellings),
      benefit: random() < 0.2 ? null : pick(random, benefits),
      discussedOn: randomDate(random),
      startedOn: randomDate(random),
      endedOn: randomDate(random),
      status,
      stopReason:
        random() < 0.3
          ? null
          : random() < 0.05
            ? ('lost' as FigureRecord['stopReason'])
            : pick(random, stopReasons),
      outcome:
        random() < 0.3
          ? null
          : random() < 0.05
            ? ('moved' as FigureRecord['outcome'])
            : pick(random, outcomes),
      notStartedReason:
        more() < 0.5
          ? null
          : more() < 0.05
            ? ('moved-away' as FigureRecord['notStartedReason'])
            : pick(more, notStartedReasons),
      outflow: more() < 0.3 ? null : { inSector: more() < 0.6 },
      followUp: more() < 0.2 ? null : { months6: followUp(), months12: followUp() },
    });
  }
  return records;
}
