import { addMonthsToIsoDate } from '../domain/dates';
import { dayNumberOf } from './days';
import { employerKeys } from './employer-names';

/**
 * What the figures read of each record, as numbers in typed arrays (one "column" per field), so
 * a computation compares numbers instead of strings: the candidate and the employer as small
 * numbers (0 … count - 1, counted distinct with typed-array marks instead of Sets of string keys:
 * hashing those keys was most of a computation's time), the three dates and the two follow-up
 * moments as day numbers (days.ts).
 *
 * Made once per records array (a screen computes many figures, breakdowns and years over the same
 * array) and kept while the array lives. Each computation first compares every record's fields
 * with the values its numbers were made from (the same string object when nothing changed) and
 * renumbers only what differs, so an array changed in place is counted as it is now.
 */
export interface RecordColumns {
  /** Per record (same index), its candidate's number. */
  readonly candidate: Int32Array;
  /** How many candidate numbers are in use: each is below this. */
  readonly candidates: number;
  /** Per record, its employer's number (by normalised name); -1 for none or a blank name. */
  readonly employer: Int32Array;
  /** How many employer numbers are in use. */
  readonly employers: number;
  /** Per record, the day number of each date; NaN when absent or invalid. */
  readonly startDay: Float64Array;
  readonly discussedDay: Float64Array;
  readonly endDay: Float64Array;
  /** Per record, the day `endedOn` + 6 and + 12 months; NaN without a valid `endedOn`. */
  readonly followUp6Day: Float64Array;
  readonly followUp12Day: Float64Array;
  /** `normaliseEmployer`, cached per distinct name for as long as the array lives. */
  readonly employerKey: (name: string) => string;
}

type ColumnRecord = {
  candidateKey: string;
  employer: string | null;
  startedOn: string | null;
  discussedOn: string | null;
  endedOn: string | null;
};

/** The fields each record had when it was numbered; UNREAD before the first time. */
interface Columns extends Omit<RecordColumns, 'candidates' | 'employers'> {
  readonly read: {
    [Field in keyof ColumnRecord]: unknown[];
  };
  readonly candidateNumbers: Map<string, number>;
  readonly employerNumbers: Map<string, number>;
  /** Per distinct valid `endedOn`: its follow-up days (few distinct dates, many records). */
  readonly followUpDays: Map<string, readonly [number, number]>;
}

/** No field's value: a record at an index not yet read differs from it in every field. */
const UNREAD = Symbol('unread');

const columnsOf = new WeakMap<readonly ColumnRecord[], Columns>();

function newColumns(length: number): Columns {
  // Filled, not sized: `new Array(100_000)` would be a slow dictionary-mode array.
  const unread = () => Array.from({ length }, () => UNREAD);
  return {
    read: {
      candidateKey: unread(),
      employer: unread(),
      startedOn: unread(),
      discussedOn: unread(),
      endedOn: unread(),
    },
    candidate: new Int32Array(length),
    employer: new Int32Array(length),
    startDay: new Float64Array(length),
    discussedDay: new Float64Array(length),
    endDay: new Float64Array(length),
    followUp6Day: new Float64Array(length),
    followUp12Day: new Float64Array(length),
    candidateNumbers: new Map(),
    employerNumbers: new Map(),
    employerKey: employerKeys(),
    followUpDays: new Map(),
  };
}

const noFollowUp = [Number.NaN, Number.NaN] as const;

function followUpDaysOf(columns: Columns, endedOn: string): readonly [number, number] {
  let days = columns.followUpDays.get(endedOn);
  if (days === undefined) {
    days = [6, 12].map((months) => dayNumberOf(addMonthsToIsoDate(endedOn, months))) as [
      number,
      number,
    ];
    columns.followUpDays.set(endedOn, days);
  }
  return days;
}

/** The next number for a key not seen before, else its own. */
function numberOf(numbers: Map<string, number>, key: string): number {
  let n = numbers.get(key);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(key, n);
  }
  return n;
}

export function recordColumns(records: readonly ColumnRecord[]): RecordColumns {
  let columns = columnsOf.get(records);
  if (columns === undefined || columns.candidate.length !== records.length) {
    columns = newColumns(records.length);
    columnsOf.set(records, columns);
  }
  const { read, candidate, employer, startDay, discussedDay, endDay } = columns;
  const { followUp6Day, followUp12Day } = columns;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as ColumnRecord;
    const key = record.candidateKey;
    if (key !== read.candidateKey[i]) {
      read.candidateKey[i] = key;
      candidate[i] = numberOf(columns.candidateNumbers, key);
    }
    const name = record.employer;
    if (name !== read.employer[i]) {
      read.employer[i] = name;
      const employerKey = typeof name === 'string' ? columns.employerKey(name) : '';
      employer[i] = employerKey === '' ? -1 : numberOf(columns.employerNumbers, employerKey);
    }
    const startedOn = record.startedOn;
    if (startedOn !== read.startedOn[i]) {
      read.startedOn[i] = startedOn;
      startDay[i] = dayNumberOf(startedOn);
    }
    const discussedOn = record.discussedOn;
    if (discussedOn !== read.discussedOn[i]) {
      read.discussedOn[i] = discussedOn;
      discussedDay[i] = dayNumberOf(discussedOn);
    }
    const endedOn = record.endedOn;
    if (endedOn !== read.endedOn[i]) {
      read.endedOn[i] = endedOn;
      const day = dayNumberOf(endedOn);
      endDay[i] = day;
      const followUp = Number.isNaN(day) ? noFollowUp : followUpDaysOf(columns, endedOn as string);
      followUp6Day[i] = followUp[0];
      followUp12Day[i] = followUp[1];
    }
  }
  return {
    candidate,
    candidates: columns.candidateNumbers.size,
    employer,
    employers: columns.employerNumbers.size,
    startDay,
    discussedDay,
    endDay,
    followUp6Day,
    followUp12Day,
    employerKey: columns.employerKey,
  };
}
