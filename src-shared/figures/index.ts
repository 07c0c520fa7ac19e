import { benefits, notStartedReasons, outcomes, stopReasons } from '../domain/codes';
import { isIsoDate } from '../domain/dates';
import { dayNumberOf } from './days';
import { employerKeys, normaliseEmployer, tidyEmployerName } from './employer-names';
export { employerKeys, normaliseEmployer, tidyEmployerName } from './employer-names';
import { recordColumns, type RecordColumns } from './record-columns';
import type {
  Benefit,
  FollowUpStatus,
  IsoDate,
  NotStartedReason,
  Outcome,
  Status,
  StopReason,
  TrajectoryKind,
} from '../domain/codes';

/**
 * The result figures of DOMAIN.md ("Result figures"): one implementation for the dashboard, the
 * infographic, the regional export and the CLI. Pure: no Node, DOM or Electron.
 *
 * Everything is seen as it stood on the reference date R: the cohort is the records whose
 * `startedOn` lies in P and is ≤ R, the discussed are those with a `discussedOn` in P and ≤ R.
 *
 * Odd data never breaks the invariant started = completed + ongoing + stopped: a cohort record
 * counts as completed or stopped only when its status says so and it has a valid `endedOn` ≤ R;
 * every other cohort record (status `discussed`, missing or invalid `endedOn`, unknown status)
 * counts as ongoing. Dates that are not valid `YYYY-MM-DD` are treated as absent.
 */

export interface FigureRecord {
  /** The trajectory's key (to list the records behind a figure). */
  key: string;
  /** Distinct persons: candidate id locally; organisationId + candidateRef regionally. */
  candidateKey: string;
  kind: TrajectoryKind;
  /** Null or blank: not known. A placement at the own organisation carries its name. */
  employer: string | null;
  benefit: Benefit | null;
  discussedOn: IsoDate | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  status: Status;
  stopReason: StopReason | null;
  outcome: Outcome | null;
  // "More of the programme" (DOMAIN.md). Absent (undefined) where a partner's file does not carry
  // the key; then the figures that need it are not supplied (see `carriedFigures`).
  /** Why the candidate did not start (the candidate's; null: not closed). */
  notStartedReason?: NotStartedReason | null;
  /** The trajectory's programme label; null: none. */
  programme?: string | null;
  /** Outflow details with paid work; only `inSector` counts. */
  outflow?: { inSector: boolean } | null;
  followUp?: { months6: FollowUpStatus | null; months12: FollowUpStatus | null } | null;
}

/** The figures computed over the records of one programme only (optional everywhere). */
export interface FigureFilter {
  /** A programme label, compared as employer names are; null or absent: every record. */
  programme?: string | null;
}

/** Of the cohort's completed-to-paid-work records whose follow-up moment has come on R. */
export type Sustained = {
  /** `endedOn` + 6 (or 12) months ≤ R. */
  due: number;
  /** Of those, follow-up says still employed. */
  employed: number;
};

export const notStartedGroups = [...notStartedReasons, 'waiting'] as const;
export type NotStartedGroup = (typeof notStartedGroups)[number];

/** Inclusive, `YYYY-MM-DD`. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export interface Figures {
  discussed: number;
  started: number;
  employers: number;
  completed: number;
  completedToPaidWork: number;
  ongoing: number;
  stopped: number;
  /** Every code present, 0 when none. */
  outcomes: Record<Outcome, number>;
  /** Every code present, 0 when none. */
  stopReasons: Record<StopReason, number>;
  /** Rounded to 1 decimal; null when no ended record. */
  averageDurationDays: number | null;
  /**
   * Per reason, the distinct candidates discussed in P (≤ R) without any start by R whose
   * discussion was closed with it; `waiting`: no reason recorded. Every group present, 0 when none.
   */
  notStarted: Record<NotStartedGroup, number>;
  sustained6Months: Sustained;
  sustained12Months: Sustained;
  /** Of completedToPaidWork, those with `outflow.inSector` true. */
  toPaidWorkInSector: number;
}

/** The figures of "More of the programme": a partner's file may not carry them. */
export const addedFigureNames = [
  'notStarted',
  'sustained6Months',
  'sustained12Months',
  'toPaidWorkInSector',
] as const;
export type AddedFigureName = (typeof addedFigureNames)[number];

/**
 * Figures as partners supply them: an added figure that a file does not carry is null, shown as
 * "niet aangeleverd" (never as 0). The app's own figures are always complete (`Figures`).
 */
export type SuppliedFigures = Omit<Figures, AddedFigureName> & {
  [K in AddedFigureName]: Figures[K] | null;
};

export const countFigureNames = [
  'discussed',
  'started',
  'employers',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
] as const;
export type CountFigureName = (typeof countFigureNames)[number];

export type FigureSelector = CountFigureName | { outcome: Outcome } | { stopReason: StopReason };

export type BreakdownDimension = 'employer' | 'kind' | 'benefit' | 'startYear';

export interface BreakdownRow {
  /**
   * Employer name as first written (tidied: see `tidyEmployerName`), kind/benefit code,
   * 'unknown' for null, or 'YYYY'.
   */
  group: string;
  figures: Figures;
}

// ---------------------------------------------------------------------------------------------
// Dates

function assertIsoDate(value: unknown, name: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${name} is not a YYYY-MM-DD date: ${String(value)}`);
}

function assertArguments(period: Period, referenceDate: IsoDate): void {
  assertIsoDate(period.from, 'period.from');
  assertIsoDate(period.to, 'period.to');
  assertIsoDate(referenceDate, 'referenceDate');
}

/**
 * P and R as day numbers (see days.ts). Starts and discussions count from `from` to `to`, the end
 * of P or R when that comes first: everything is seen as it stood on R (DOMAIN.md), and a start or
 * discussion dated after R has not happened yet.
 */
interface CountedDays {
  from: number;
  to: number;
  reference: number;
}

function countedDays(period: Period, referenceDate: IsoDate): CountedDays {
  const reference = dayNumberOf(referenceDate);
  return {
    from: dayNumberOf(period.from),
    to: Math.min(dayNumberOf(period.to), reference),
    reference,
  };
}

/** A day number (NaN: absent or invalid, so never) within the counted days. */
function inCountedDays(day: number, days: CountedDays): boolean {
  return day >= days.from && day <= days.to;
}

/** In the cohort: `startedOn` lies in P and is ≤ R. P and R must be `YYYY-MM-DD`. */
export function inCohort(
  record: Pick<FigureRecord, 'startedOn'>,
  period: Period,
  referenceDate: IsoDate,
): boolean {
  return inCountedDays(dayNumberOf(record.startedOn), countedDays(period, referenceDate));
}

/** The `YYYY` of a year; throws a RangeError for a year that has no such form. */
function yearKey(year: number): string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`year must be an integer 0–9999: ${year}`);
  }
  return String(year).padStart(4, '0');
}

export function calendarYear(year: number): Period {
  const y = yearKey(year);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/**
 * What one computation shares between its tallies: the records' columns (record-columns.ts,
 * with the employer names normalised once per distinct name), which candidates have started,
 * and the marks that count distinct discussed candidates and distinct employers.
 *
 * Distinct candidates and employers are counted by number with marks shared by the tallies: a
 * mark says which tally saw that candidate (employer) last, so a tally must get its discussed
 * records one after another, and its cohort records one after another, with no other tally's in
 * between (`Tally.addDiscussed`, `Tally.addCohort`). Each tally keeps its distinct candidates in
 * a segment of one shared buffer, for "not started" at the end, when every start is known.
 */
class Run {
  readonly columns: RecordColumns;
  /** Per record, its candidate's number. */
  private readonly candidateOf: Int32Array;
  /** Per candidate: 1 when they have a start on or before R (any period): not "not started". */
  private readonly started: Uint8Array;
  /** Per candidate: the tally that saw them last, and their place in its segment. */
  private readonly seenBy: Int32Array;
  /** Per employer: the tally whose cohort saw them last. */
  private readonly employerSeenBy: Int32Array;
  /** The tally that got the last cohort record. */
  private cohortTally = 0;
  private readonly placeOf: Int32Array;
  /** Per place: the candidate, and their not-started group (its index; -1: no reason yet). */
  private readonly candidateAt: Int32Array;
  private readonly reasonAt: Int8Array;
  private filled = 0;
  private tallies = 0;
  private open: DiscussedSegment | null = null;

  /** R as a day number. */
  readonly reference: number;

  constructor(
    readonly records: readonly FigureRecord[],
    readonly referenceDate: IsoDate,
  ) {
    this.reference = dayNumberOf(referenceDate);
    this.columns = recordColumns(records);
    this.candidateOf = this.columns.candidate;
    // Every record is discussed in one tally at most, so the segments fit in records.length.
    const marks = runMarks(this.columns.candidates, records.length, this.columns.employers);
    this.started = marks.started;
    this.seenBy = marks.seenBy;
    this.employerSeenBy = marks.employerSeenBy;
    this.placeOf = marks.placeOf;
    this.candidateAt = marks.candidateAt;
    this.reasonAt = marks.reasonAt;
  }

  /** Notes the start of the record at `index` (its day number), if it lies on or before R. */
  noteStart(index: number, startDay: number): void {
    if (startDay <= this.reference) this.started[this.candidateOf[index] as number] = 1;
  }

  newSegment(): DiscussedSegment {
    return { tally: ++this.tallies, start: 0, end: 0 };
  }

  /** Adds the record at `index` to the segment's candidates, once per candidate. */
  addDiscussed(segment: DiscussedSegment, index: number): void {
    if (this.open !== segment) {
      // A segment grows only at the end of the buffer.
      if (segment.start === segment.end) segment.start = segment.end = this.filled;
      else if (segment.end !== this.filled) {
        throw new Error('A tally gets its discussed records one after another');
      }
      this.open = segment;
    }
    const candidate = this.candidateOf[index] as number;
    let place: number;
    if (this.seenBy[candidate] === segment.tally) {
      place = this.placeOf[candidate] as number;
    } else {
      place = this.filled++;
      segment.end = this.filled;
      this.seenBy[candidate] = segment.tally;
      this.placeOf[candidate] = place;
      this.candidateAt[place] = candidate;
      this.reasonAt[place] = -1;
    }
    // The reason is the candidate's: the last of their records that carries one gives it. An
    // unknown code (odd data) counts as 'other', as an unknown stop reason does.
    const reason = (this.records[index] as FigureRecord).notStartedReason;
    if (reason !== undefined && reason !== null) {
      this.reasonAt[place] = notStartedIndex.get(reason) ?? OTHER_REASON;
    }
  }

  /**
   * True when the cohort record at `index` brings the tally an employer it has not counted yet
   * (false without one). `first`: the tally's first cohort record.
   */
  newEmployer(tally: number, index: number, first: boolean): boolean {
    if (this.cohortTally !== tally) {
      // The marks say only which tally saw an employer last: a tally that got cohort records
      // before another's would count its employers again.
      if (!first) throw new Error('A tally gets its cohort records one after another');
      this.cohortTally = tally;
    }
    const employer = this.columns.employer[index] as number;
    if (employer < 0 || this.employerSeenBy[employer] === tally) return false;
    this.employerSeenBy[employer] = tally;
    return true;
  }

  /** Per reason, the segment's candidates without any start by R. Call after every start was noted. */
  notStarted(segment: DiscussedSegment): Record<NotStartedGroup, number> {
    // Counted by group index (a keyed `counts[group]++` per candidate was a tenth of a run).
    const perGroup = notStartedGroups.map(() => 0);
    for (let place = segment.start; place < segment.end; place++) {
      if (this.started[this.candidateAt[place] as number] === 1) continue;
      const reason = this.reasonAt[place] as number;
      const group = reason < 0 ? WAITING : reason;
      // Not `(x as number)++`: Stryker's instrumenter writes that as invalid code.
      perGroup[group] = (perGroup[group] as number) + 1;
    }
    const counts = zeroCounts(notStartedGroups);
    notStartedGroups.forEach((group, index) => (counts[group] = perGroup[index] as number));
    return counts;
  }
}

/**
 * The typed arrays of a run, reused by the next one: allocating them anew was a tenth of a
 * computation. Runs never overlap (every computation is synchronous and calls no other), so one
 * set serves all; only the marks that are read before written are cleared.
 */
let marks = {
  started: new Uint8Array(0),
  seenBy: new Int32Array(0),
  placeOf: new Int32Array(0),
  candidateAt: new Int32Array(0),
  reasonAt: new Int8Array(0),
  employerSeenBy: new Int32Array(0),
};

function runMarks(candidates: number, places: number, employers: number): typeof marks {
  if (
    marks.started.length < candidates ||
    marks.candidateAt.length < places ||
    marks.employerSeenBy.length < employers
  ) {
    const c = Math.max(candidates, marks.started.length);
    const p = Math.max(places, marks.candidateAt.length);
    marks = {
      started: new Uint8Array(c),
      seenBy: new Int32Array(c),
      placeOf: new Int32Array(c),
      candidateAt: new Int32Array(p),
      reasonAt: new Int8Array(p),
      employerSeenBy: new Int32Array(Math.max(employers, marks.employerSeenBy.length)),
    };
  } else {
    marks.started.fill(0, 0, candidates);
    marks.seenBy.fill(0, 0, candidates);
    marks.employerSeenBy.fill(0, 0, employers);
  }
  return marks;
}

/** Where a tally's distinct discussed candidates are in the run's buffer: places start … end - 1. */
interface DiscussedSegment {
  readonly tally: number;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Classification of one record

const ONGOING = 0;
const COMPLETED = 1;
const STOPPED = 2;
type EndState = typeof ONGOING | typeof COMPLETED | typeof STOPPED;

/** For a record whose `endedOn` has the day number `endDay`, with R as day number `reference`. */
function endStateOf(record: FigureRecord, endDay: number, reference: number): EndState {
  const status = record.status;
  if (status !== 'completed' && status !== 'stopped') return ONGOING;
  if (!(endDay <= reference)) return ONGOING; // NaN (no valid endedOn) too
  return status === 'completed' ? COMPLETED : STOPPED;
}

function endState(record: FigureRecord, reference: number): EndState {
  return endStateOf(record, dayNumberOf(record.endedOn), reference);
}

/** Status completed/stopped with a valid `endedOn` ≤ R. R must be `YYYY-MM-DD`. */
export function ended(record: FigureRecord, referenceDate: IsoDate): boolean {
  return endState(record, dayNumberOf(referenceDate)) !== ONGOING;
}

const outcomeCodes: ReadonlySet<string> = new Set(outcomes);
const stopReasonCodes: ReadonlySet<string> = new Set(stopReasons);
/** Each not-started reason code's place in `notStartedGroups`. */
const notStartedIndex = new Map<string, number>(
  notStartedReasons.map((code, index) => [code, index]),
);
const WAITING = notStartedGroups.indexOf('waiting');
const OTHER_REASON = notStartedGroups.indexOf('other');

/** An ended record without a (known) outcome counts as 'unknown'. */
function outcomeOf(record: FigureRecord): Outcome {
  const o = record.outcome;
  return o !== null && outcomeCodes.has(o) ? o : 'unknown';
}

/** A stopped record without a (known) reason counts as 'other'. */
function stopReasonOf(record: FigureRecord): StopReason {
  const r = record.stopReason;
  return r !== null && stopReasonCodes.has(r) ? r : 'other';
}

// ---------------------------------------------------------------------------------------------
// Tally: the running counts behind one Figures

function zeroCounts<K extends string>(codes: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

class Tally {
  /** The distinct candidates discussed in P. */
  readonly discussed: DiscussedSegment;
  employers = 0;
  started = 0;
  completed = 0;
  completedToPaidWork = 0;
  ongoing = 0;
  stopped = 0;
  durationSum = 0;
  toPaidWorkInSector = 0;
  readonly sustained6Months: Sustained = { due: 0, employed: 0 };
  readonly sustained12Months: Sustained = { due: 0, employed: 0 };
  readonly outcomes = zeroCounts(outcomes);
  readonly stopReasons = zeroCounts(stopReasons);

  constructor(private readonly run: Run) {
    this.discussed = run.newSegment();
  }

  /** The record at `index` is discussed in P. A tally's come one after another (see Run). */
  addDiscussed(index: number): void {
    this.run.addDiscussed(this.discussed, index);
  }

  /**
   * For the record at `index`, whose start (day number `startDay`) lies in P. A tally's come one
   * after another (see Run).
   */
  addCohort(index: number, startDay: number): void {
    const run = this.run;
    const record = run.records[index] as FigureRecord;
    this.started++;
    if (run.newEmployer(this.discussed.tally, index, this.started === 1)) this.employers++;
    const endDay = run.columns.endDay[index] as number;
    const state = endStateOf(record, endDay, this.run.reference);
    if (state === ONGOING) {
      this.ongoing++;
      return;
    }
    const outcome = outcomeOf(record);
    this.outcomes[outcome]++;
    if (state === COMPLETED) {
      this.completed++;
      if (outcome === 'paid-work') this.addPaidWork(record, index);
    } else {
      this.stopped++;
      this.stopReasons[stopReasonOf(record)]++;
    }
    this.durationSum += endDay - startDay;
  }

  /** A completed record with outcome paid work: outflow in the sector and the follow-ups. */
  private addPaidWork(record: FigureRecord, index: number): void {
    const { columns, reference } = this.run;
    this.completedToPaidWork++;
    if (record.outflow?.inSector === true) this.toPaidWorkInSector++;
    if ((columns.followUp6Day[index] as number) > reference) return;
    const followUp = record.followUp;
    this.sustained6Months.due++;
    if (followUp?.months6 === 'employed') this.sustained6Months.employed++;
    if ((columns.followUp12Day[index] as number) > reference) return;
    this.sustained12Months.due++;
    if (followUp?.months12 === 'employed') this.sustained12Months.employed++;
  }

  figures(): Figures {
    const endedCount = this.completed + this.stopped;
    return {
      discussed: this.discussed.end - this.discussed.start,
      started: this.started,
      employers: this.employers,
      completed: this.completed,
      completedToPaidWork: this.completedToPaidWork,
      ongoing: this.ongoing,
      stopped: this.stopped,
      outcomes: { ...this.outcomes },
      stopReasons: { ...this.stopReasons },
      averageDurationDays: endedCount === 0 ? null : roundRatio(this.durationSum, endedCount),
      notStarted: this.run.notStarted(this.discussed),
      sustained6Months: { ...this.sustained6Months },
      sustained12Months: { ...this.sustained12Months },
      toPaidWorkInSector: this.toPaidWorkInSector,
    };
  }
}

/** numerator / denominator rounded to 1 decimal, halves up. */
function roundRatio(numerator: number, denominator: number): number {
  return Math.round((numerator * 10) / denominator) / 10;
}

// ---------------------------------------------------------------------------------------------
// Public computations

export function emptyFigures(): Figures {
  return {
    discussed: 0,
    started: 0,
    employers: 0,
    completed: 0,
    completedToPaidWork: 0,
    ongoing: 0,
    stopped: 0,
    outcomes: zeroCounts(outcomes),
    stopReasons: zeroCounts(stopReasons),
    averageDurationDays: null,
    notStarted: zeroCounts(notStartedGroups),
    sustained6Months: { due: 0, employed: 0 },
    sustained12Months: { due: 0, employed: 0 },
    toPaidWorkInSector: 0,
  };
}

/**
 * Which records count under `filter`: null for every record (no test at all), else a test of the
 * programme label, compared as employer names are (NFC, white space, case).
 */
export function programmeMatcher(
  filter: FigureFilter | undefined,
): ((r: Pick<FigureRecord, 'programme'>) => boolean) | null {
  const programme = filter?.programme;
  if (programme === undefined || programme === null) return null;
  const wanted = normaliseEmployer(programme);
  const key = employerKeys();
  return (record) => typeof record.programme === 'string' && key(record.programme) === wanted;
}

/** The distinct programme labels of the records (first spelling), sorted: the filter's choices. */
export function programmesOf(records: readonly FigureRecord[]): string[] {
  const key = employerKeys();
  const labels = new Map<string, string>();
  for (const record of records) {
    const programme = record.programme;
    if (typeof programme !== 'string') continue;
    const k = key(programme);
    if (k !== '' && !labels.has(k)) labels.set(k, tidyEmployerName(programme));
  }
  return [...labels.values()].sort(groupCollator.compare);
}

/**
 * The figures of DOMAIN.md over P as they stood on R: discussions and starts count when dated in
 * P and not after R. Throws a RangeError when a date of P or R is not `YYYY-MM-DD`; from > to
 * gives empty figures.
 */
export function computeFigures(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
  filter?: FigureFilter,
): Figures {
  assertArguments(period, referenceDate);
  const days = countedDays(period, referenceDate);
  const run = new Run(records, referenceDate);
  const { startDay, discussedDay } = run.columns;
  const tally = new Tally(run);
  const matches = programmeMatcher(filter);
  for (let i = 0; i < records.length; i++) {
    if (matches !== null && !matches(records[i] as FigureRecord)) continue;
    const start = startDay[i] as number;
    run.noteStart(i, start);
    if (inCountedDays(discussedDay[i] as number, days)) tally.addDiscussed(i);
    if (inCountedDays(start, days)) tally.addCohort(i, start);
  }
  return tally.figures();
}

/**
 * The records behind one figure, for click-through on the dashboard. For 'discussed' the records
 * of distinct candidates discussed in P (first record per candidate); 'employers' returns the
 * cohort.
 */
export function recordsBehind(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
  selector: FigureSelector,
  filter?: FigureFilter,
): FigureRecord[] {
  assertArguments(period, referenceDate);
  const days = countedDays(period, referenceDate);
  const programme = programmeMatcher(filter);
  const result: FigureRecord[] = [];
  if (selector === 'discussed') {
    const seen = new Set<string>();
    for (const record of records) {
      if (programme !== null && !programme(record)) continue;
      if (!inCountedDays(dayNumberOf(record.discussedOn), days) || seen.has(record.candidateKey))
        continue;
      seen.add(record.candidateKey);
      result.push(record);
    }
    return result;
  }
  const matches = cohortMatcher(selector, days.reference);
  for (const record of records) {
    if (programme !== null && !programme(record)) continue;
    if (inCountedDays(dayNumberOf(record.startedOn), days) && matches(record)) result.push(record);
  }
  return result;
}

/** Which cohort records make up a figure other than 'discussed'. */
function cohortMatcher(
  selector: Exclude<FigureSelector, 'discussed'>,
  reference: number,
): (record: FigureRecord) => boolean {
  if (typeof selector === 'object') {
    if ('outcome' in selector) {
      const wanted = selector.outcome;
      return (r) => endState(r, reference) !== ONGOING && outcomeOf(r) === wanted;
    }
    const wanted = selector.stopReason;
    return (r) => endState(r, reference) === STOPPED && stopReasonOf(r) === wanted;
  }
  switch (selector) {
    case 'started':
    case 'employers':
      return () => true;
    case 'completed':
      return (r) => endState(r, reference) === COMPLETED;
    case 'completedToPaidWork':
      return (r) => endState(r, reference) === COMPLETED && outcomeOf(r) === 'paid-work';
    case 'ongoing':
      return (r) => endState(r, reference) === ONGOING;
    case 'stopped':
      return (r) => endState(r, reference) === STOPPED;
  }
}

const UNKNOWN_GROUP = 'unknown';

/** What makes records one group. */
function groupKey(record: FigureRecord, by: BreakdownDimension, run: Run): string {
  switch (by) {
    case 'employer': {
      const name = record.employer;
      // A name that is only whitespace is as unknown as a missing one: both get the key '',
      // which is no name's, so an employer that happens to be called "unknown" stays apart.
      return typeof name === 'string' ? run.columns.employerKey(name) : '';
    }
    case 'kind':
      return record.kind;
    case 'benefit':
      return record.benefit ?? UNKNOWN_GROUP;
    case 'startYear':
      return isIsoDate(record.startedOn) ? record.startedOn.slice(0, 4) : UNKNOWN_GROUP;
  }
}

/** What the row of a group shows, from the group's first record (see BreakdownRow). */
function groupLabel(record: FigureRecord, by: BreakdownDimension, key: string): string {
  if (by !== 'employer') return key;
  return key === '' ? UNKNOWN_GROUP : tidyEmployerName(record.employer as string);
}

const groupCollator = new Intl.Collator('nl');

/**
 * The same figures over the subset of records per group. Groups with nobody discussed or started
 * in P are left out. Sorted by started (descending), then by group.
 */
export function breakdown(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
  by: BreakdownDimension,
  filter?: FigureFilter,
): BreakdownRow[] {
  assertArguments(period, referenceDate);
  const days = countedDays(period, referenceDate);
  const run = new Run(records, referenceDate);
  const { startDay, discussedDay } = run.columns;
  const matches = programmeMatcher(filter);
  const groups = new Map<string, { label: string } & TallyIndices>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as FigureRecord;
    if (matches !== null && !matches(record)) continue;
    run.noteStart(i, startDay[i] as number);
    const discussed = inCountedDays(discussedDay[i] as number, days);
    const started = inCountedDays(startDay[i] as number, days);
    const key = groupKey(record, by, run);
    let group = groups.get(key);
    if (group === undefined) {
      // The label is the first spelling seen over all records, whether or not it counts in P.
      group = {
        label: groupLabel(record, by, key),
        tally: new Tally(run),
        discussed: [],
        cohort: [],
      };
      groups.set(key, group);
    }
    if (discussed) group.discussed.push(i);
    if (started) group.cohort.push(i);
  }
  const rows: BreakdownRow[] = [];
  for (const group of groups.values()) {
    const { label, tally } = group;
    addInTurn(group, startDay);
    if (tally.started > 0 || tally.discussed.end > tally.discussed.start) {
      rows.push({ group: label, figures: tally.figures() });
    }
  }
  return rows.sort(
    (a, b) => b.figures.started - a.figures.started || groupCollator.compare(a.group, b.group),
  );
}

const benefitOrder = new Map<string, number>(benefits.map((code, index) => [code, index]));

/**
 * Per benefit type, in the glossary's order (no benefit recorded counts as `unknown`): the one
 * breakdown that has `discussed` too, as a discussed candidate has a benefit but no employer,
 * kind or start (DOMAIN.md).
 */
export function benefitBreakdown(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
  filter?: FigureFilter,
): BreakdownRow[] {
  return breakdown(records, period, referenceDate, 'benefit', filter).sort(
    (a, b) => (benefitOrder.get(a.group) ?? 0) - (benefitOrder.get(b.group) ?? 0),
  );
}

/** Per start year of the cohort, oldest first; a year with discussions but no start is no row. */
export function startYearBreakdown(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
  filter?: FigureFilter,
): BreakdownRow[] {
  return breakdown(records, period, referenceDate, 'startYear', filter)
    .filter((row) => row.figures.started > 0)
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** Figures per calendar year (P = that year), in the order of `years`; one pass over records. */
export function trendByYear(
  records: readonly FigureRecord[],
  years: readonly number[],
  referenceDate: IsoDate,
  filter?: FigureFilter,
): { year: number; figures: Figures }[] {
  assertIsoDate(referenceDate, 'referenceDate');
  const run = new Run(records, referenceDate);
  const matches = programmeMatcher(filter);
  const { startDay, discussedDay } = run.columns;
  const byYear = new Map<number, TallyIndices>();
  for (const year of years) {
    yearKey(year); // validates
    if (!byYear.has(year)) byYear.set(year, { tally: new Tally(run), discussed: [], cohort: [] });
  }
  if (byYear.size > 0) {
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as FigureRecord;
      if (matches !== null && !matches(record)) continue;
      run.noteStart(i, startDay[i] as number);
      // As it stood on R: what is dated after R has not happened yet. A valid date's year is
      // its first four digits.
      if ((discussedDay[i] as number) <= run.reference) {
        byYear.get(yearOf(record.discussedOn as IsoDate))?.discussed.push(i);
      }
      if ((startDay[i] as number) <= run.reference) {
        byYear.get(yearOf(record.startedOn as IsoDate))?.cohort.push(i);
      }
    }
  }
  for (const year of byYear.values()) addInTurn(year, startDay);
  return years.map((year) => ({
    year,
    figures: (byYear.get(year) as { tally: Tally }).tally.figures(),
  }));
}

/** A tally of many (a group, a year) and the indices of its records, gathered in one pass. */
interface TallyIndices {
  tally: Tally;
  discussed: number[];
  cohort: number[];
}

/** Tally by tally: a tally gets its discussed and its cohort records one after another. */
function addInTurn({ tally, discussed, cohort }: TallyIndices, startDay: Float64Array): void {
  for (const index of discussed) tally.addDiscussed(index);
  for (const index of cohort) tally.addCohort(index, startDay[index] as number);
}

/** The year of a valid `YYYY-MM-DD`, without allocating a substring. */
function yearOf(date: IsoDate): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/**
 * Sum of figures from separate sources (e.g. counts-only regional files). Counts add;
 * outcomes/stopReasons add per code; averageDurationDays is the mean weighted by each part's ended
 * count (completed + stopped), over the parts that have an average; `employers` is given by the
 * caller (distinct names across parts). An added figure is summed only when every part supplies
 * it: a total over some of the parts would read as the region's, so it is not supplied (null).
 */
export function addFigures(
  parts: readonly SuppliedFigures[],
  distinctEmployers: number,
): SuppliedFigures {
  const sum: SuppliedFigures = emptyFigures();
  let weightedTenths = 0;
  let weight = 0;
  for (const part of parts) {
    sum.discussed += part.discussed;
    sum.started += part.started;
    sum.completed += part.completed;
    sum.completedToPaidWork += part.completedToPaidWork;
    sum.ongoing += part.ongoing;
    sum.stopped += part.stopped;
    for (const code of outcomes) sum.outcomes[code] += part.outcomes[code];
    for (const code of stopReasons) sum.stopReasons[code] += part.stopReasons[code];
    const endedCount = part.completed + part.stopped;
    if (part.averageDurationDays !== null && endedCount > 0) {
      // In tenths of a day: averages carry one decimal, so the sum stays an exact integer.
      weightedTenths += Math.round(part.averageDurationDays * 10) * endedCount;
      weight += endedCount;
    }
    sum.notStarted =
      sum.notStarted && part.notStarted && addCounts(sum.notStarted, part.notStarted);
    sum.sustained6Months =
      sum.sustained6Months &&
      part.sustained6Months &&
      addCounts(sum.sustained6Months, part.sustained6Months);
    sum.sustained12Months =
      sum.sustained12Months &&
      part.sustained12Months &&
      addCounts(sum.sustained12Months, part.sustained12Months);
    sum.toPaidWorkInSector =
      sum.toPaidWorkInSector === null || part.toPaidWorkInSector === null
        ? null
        : sum.toPaidWorkInSector + part.toPaidWorkInSector;
  }
  sum.employers = distinctEmployers;
  sum.averageDurationDays = weight === 0 ? null : Math.round(weightedTenths / weight) / 10;
  return sum;
}

/** Adds counts key by key (both have the same keys). */
function addCounts<K extends string>(
  a: Record<K, number>,
  b: Record<K, number>,
): Record<K, number> {
  const sum = { ...a };
  for (const key of Object.keys(sum) as K[]) sum[key] += b[key];
  return sum;
}

/** The figures with the added ones not supplied by a source: those become null. */
export function withoutUnsupplied(
  figures: SuppliedFigures,
  supplied: ReadonlySet<AddedFigureName>,
): SuppliedFigures {
  const result = { ...figures };
  for (const name of addedFigureNames) if (!supplied.has(name)) result[name] = null;
  return result;
}
