import { outcomes, stopReasons, trajectoryKinds } from '../../../src-shared/domain/codes';
import { MAX_EXCHANGE_BYTES } from '../../../src-shared/exchange';
import {
  addedFigureNames,
  countFigureNames,
  emptyFigures,
  type SuppliedFigures,
} from '../../../src-shared/figures';
import { pick, seededRandom } from '../../../src-shared/sample/random';

/**
 * A valid exchange file with records at the size limit: 200,000 records, just under 50 MB, made
 * the same way on every run (a seeded generator). Beside the text it returns the figures over
 * 2019 on 2020-12-31, tallied here record by record (not by computeFigures), so a test can
 * compare what the app computes with numbers it did not compute itself.
 *
 * The format spends about 175 bytes per record on its keys, so 200,000 records fit in 50 MB only
 * with short pseudonyms, the optional fields left out, and most records discussions that did not
 * start, as in the 2019 pilot (40 discussed, 14 started).
 */

export const LARGE_ORGANISATION = {
  id: 'grote-partner-2222-2222-222222222222',
  name: 'Zorgnetwerk Groot',
  region: 'Regio Zwolle',
};
export const LARGE_PERIOD = { from: '2019-01-01', to: '2019-12-31' };
export const LARGE_REFERENCE_DATE = '2020-12-31';

export interface LargeFile {
  text: string;
  bytes: number;
  records: number;
  figures: SuppliedFigures;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
/** Days 0–364 are 2019; day 730 is the reference date 2020-12-31. */
const REFERENCE_DAY = 730;
const dates = Array.from({ length: 900 }, (_, day) =>
  new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10),
);

const text = (value: string | null) => (value === null ? 'null' : `"${value}"`);
const date = (day: number | null) => text(day === null ? null : (dates[day] as string));

export function largeExchangeFile(count = 200_000): LargeFile {
  const random = seededRandom(20190101);
  const candidates = new Set<string>();
  const employers = new Set<string>();
  const figures = emptyFigures();
  let durationSum = 0;

  const lines: string[] = [];
  let candidate = 0;
  for (let i = 0; i < count; i++) {
    // One candidate in five has a second trajectory, as the app exports them: one record each.
    if (i === 0 || random() >= 0.2) candidate++;
    const candidateRef = `k${candidate.toString(36)}`;
    const discussedDay = Math.floor(random() * 330);
    candidates.add(candidateRef);

    const roll = random();
    const status =
      roll < 0.7 ? 'discussed' : roll < 0.78 ? 'ongoing' : roll < 0.94 ? 'completed' : 'stopped';
    let employer: string | null = null;
    let startDay: number | null = null;
    let endDay: number | null = null;
    let outcome: (typeof outcomes)[number] | null = null;
    let stopReason: (typeof stopReasons)[number] | null = null;
    if (status !== 'discussed') {
      const n = Math.floor(random() * 700);
      // The same employer written in two ways: the figures count it once.
      employer = random() < 0.1 ? `ZORG ${n}` : `Zorg ${n}`;
      employers.add(`zorg ${n}`);
      startDay = discussedDay + 1 + Math.floor(random() * 30);
      figures.started++;
    }
    if (status === 'completed' || status === 'stopped') {
      // Some end after the reference date: on R they are still ongoing.
      endDay = (startDay as number) + 20 + Math.floor(random() * 400);
      outcome = pick(random, outcomes);
      if (status === 'stopped') stopReason = pick(random, stopReasons);
    }
    if (status === 'ongoing' || (endDay !== null && endDay > REFERENCE_DAY)) figures.ongoing++;
    else if (endDay !== null && outcome !== null) {
      figures.outcomes[outcome]++;
      durationSum += endDay - (startDay as number);
      if (status === 'completed') {
        figures.completed++;
        if (outcome === 'paid-work') figures.completedToPaidWork++;
      } else {
        figures.stopped++;
        figures.stopReasons[stopReason ?? 'other']++;
      }
    }

    const kind = status === 'discussed' ? 'other' : pick(random, trajectoryKinds);
    lines.push(
      `{"ref":"${i.toString(36)}","candidateRef":"${candidateRef}","kind":"${kind}",` +
        `"employer":${text(employer)},"benefit":null,"ageBand":null,` +
        `"discussedOn":${date(discussedDay)},"startedOn":${date(startDay)},"endedOn":${date(endDay)},` +
        `"status":"${status}","stopReason":${text(stopReason)},"outcome":${text(outcome)},` +
        `"hoursPerWeek":null,"learningGoals":null}`,
    );
  }
  figures.discussed = candidates.size;
  figures.employers = employers.size;
  const ended = figures.completed + figures.stopped;
  figures.averageDurationDays = ended === 0 ? null : Math.round((durationSum * 10) / ended) / 10;
  // The records leave out every optional key of "More of the programme": the figures made from
  // them are not supplied ("niet aangeleverd"), never 0.
  const supplied: SuppliedFigures = { ...figures };
  for (const name of addedFigureNames) supplied[name] = null;

  const header = {
    format: 'wep-regional-export',
    version: 1,
    exportedAt: '2021-02-01T09:00:00.000Z',
    generator: 'Partnerpakket 3.2',
    organisation: LARGE_ORGANISATION,
    period: { ...LARGE_PERIOD, referenceDate: LARGE_REFERENCE_DATE },
    summary: Object.fromEntries(countFigureNames.map((name) => [name, supplied[name]])),
  };
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "trajectories": [\n');
  let file = `${head}${lines.join(',')}\n  ]\n}\n`;
  // Filled up with trailing white space to just under the limit: the size is the point.
  const room = MAX_EXCHANGE_BYTES - 1024 - Buffer.byteLength(file, 'utf8');
  if (room < 0) throw new Error(`the generated file is ${-room} bytes too large`);
  file += ' '.repeat(room);
  return {
    text: file,
    bytes: Buffer.byteLength(file, 'utf8'),
    records: count,
    figures: supplied,
  };
}
