import { differenceInCalendarDays, parseISO } from 'date-fns';
import { benefits, notStartedReasons, outcomes, stopReasons } from '../domain/codes';
import { addMonthsToIsoDate, isIsoDate } from '../domain/dates';
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

/** Cheap range test first, so only dates inside the range pay for validation. */
function inPeriod(value: IsoDate | null, from: IsoDate, to: IsoDate): boolean {
  return typeof value === 'string' && value >= from && value <= to && isIsoDate(value);
}

/**
 * The last day whose starts and discussions count: the end of P, or R when that comes first.
 * Everything is seen as it stood on R (DOMAIN.md): a start or discussion dated after R has not
 * happened yet.
 */
function lastCountedDay(to: IsoDate, referenceDate: IsoDate): IsoDate {
  return to < referenceDate ? to : referenceDate;
}

/** In the cohort: `startedOn` lies in P and is ≤ R. P and R must be `YYYY-MM-DD`. */
export function inCohort(
  record: Pick<FigureRecord, 'startedOn'>,
  period: Period,
  referenceDate: IsoDate,
): boolean {
  return inPeriod(record.startedOn, period.from, lastCountedDay(period.to, referenceDate));
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
 * What one computation shares between its tallies. Day numbers (calendar days since a fixed
 * epoch, via date-fns) and normalised employer names are cached per distinct string: a duration
 * is then one subtraction, and a run over many records allocates a Date per distinct date only.
 */
class Run {
  private static readonly epoch = parseISO('2000-01-01');
  private readonly days = new Map<string, number>();
  private readonly followUpDays = new Map<string, readonly [IsoDate, IsoDate]>();
  readonly employerKey = employerKeys();
  /** Candidates with a start on or before R (any period): they are not "not started". */
  readonly startedCandidates = new Set<string>();

  constructor(readonly referenceDate: IsoDate) {}

  /** Notes a record's start, if it lies on or before R. */
  noteStart(record: FigureRecord): void {
    const s = record.startedOn;
    if (typeof s === 'string' && s <= this.referenceDate && isIsoDate(s)) {
      this.startedCandidates.add(record.candidateKey);
    }
  }

  /** `endedOn` + 6 and + 12 months: the days the follow-ups fall due (cached per date). */
  followUpDates(endedOn: IsoDate): readonly [IsoDate, IsoDate] {
    let dates = this.followUpDays.get(endedOn);
    if (dates === undefined) {
      dates = [addMonthsToIsoDate(endedOn, 6), addMonthsToIsoDate(endedOn, 12)];
      this.followUpDays.set(endedOn, dates);
    }
    return dates;
  }

  dayNumber(date: IsoDate): number {
    let n = this.days.get(date);
    if (n === undefined) {
      n = differenceInCalendarDays(parseISO(date), Run.epoch);
      this.days.set(date, n);
    }
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// Classification of one record

const ONGOING = 0;
const COMPLETED = 1;
const STOPPED = 2;
type EndState = typeof ONGOING | typeof COMPLETED | typeof STOPPED;

function endState(record: FigureRecord, referenceDate: IsoDate): EndState {
  const status = record.status;
  if (status !== 'completed' && status !== 'stopped') return ONGOING;
  const endedOn = record.endedOn;
  if (typeof endedOn !== 'string' || endedOn > referenceDate || !isIsoDate(endedOn)) return ONGOING;
  return status === 'completed' ? COMPLETED : STOPPED;
}

/** Status completed/stopped with a valid `endedOn` ≤ R. R must be `YYYY-MM-DD`. */
export function ended(record: FigureRecord, referenceDate: IsoDate): boolean {
  return endState(record, referenceDate) !== ONGOING;
}

const outcomeCodes: ReadonlySet<string> = new Set(outcomes);
const stopReasonCodes: ReadonlySet<string> = new Set(stopReasons);
const notStartedCodes: ReadonlySet<string> = new Set(notStartedReasons);

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

/**
 * An employer name as shown: composed Unicode (NFC), every run of white space one space, trimmed.
 * "Zorgcentrum  De Linde" and an NFD "Ámstelrade" then read as the name they are.
 */
export function tidyEmployerName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The one comparison of employer names (DOMAIN.md): tidied as above, then lower-cased. Used by
 * the figures, the export's employerStarts, the regional merge and the infographic; '' for a
 * blank name, which is no employer.
 */
export function normaliseEmployer(name: string): string {
  return tidyEmployerName(name).toLocaleLowerCase('nl');
}

/**
 * `normaliseEmployer`, computed once per distinct name: a run over many records repeats few
 * names. Make one per computation (the cache lives as long as the function).
 */
export function employerKeys(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) {
      key = normaliseEmployer(name);
      cache.set(name, key);
    }
    return key;
  };
}

// ---------------------------------------------------------------------------------------------
// Tally: the running counts behind one Figures

function zeroCounts<K extends string>(codes: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

class Tally {
  /** Candidates discussed in P, with the reason their discussion was closed (null: none). */
  readonly candidates = new Map<string, NotStartedReason | null>();
  readonly employerNames = new Set<string>();
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

  constructor(private readonly run: Run) {}

  addDiscussed(record: FigureRecord): void {
    const reason = record.notStartedReason ?? null;
    // The reason is the candidate's: any of their records may carry it.
    if (reason !== null || !this.candidates.has(record.candidateKey)) {
      this.candidates.set(record.candidateKey, reason);
    }
  }

  /** For a record whose (valid) startedOn lies in P. */
  addCohort(record: FigureRecord, referenceDate: IsoDate): void {
    this.started++;
    const employer = record.employer;
    if (typeof employer === 'string') {
      const key = this.run.employerKey(employer);
      if (key !== '') this.employerNames.add(key);
    }
    const state = endState(record, referenceDate);
    if (state === ONGOING) {
      this.ongoing++;
      return;
    }
    const outcome = outcomeOf(record);
    this.outcomes[outcome]++;
    if (state === COMPLETED) {
      this.completed++;
      if (outcome === 'paid-work') this.addPaidWork(record, referenceDate);
    } else {
      this.stopped++;
      this.stopReasons[stopReasonOf(record)]++;
    }
    // Both dates were validated on the way here.
    this.durationSum +=
      this.run.dayNumber(record.endedOn as IsoDate) -
      this.run.dayNumber(record.startedOn as IsoDate);
  }

  /** A completed record with outcome paid work: outflow in the sector and the follow-ups. */
  private addPaidWork(record: FigureRecord, referenceDate: IsoDate): void {
    this.completedToPaidWork++;
    if (record.outflow?.inSector === true) this.toPaidWorkInSector++;
    const [after6, after12] = this.run.followUpDates(record.endedOn as IsoDate);
    if (after6 > referenceDate) return;
    const followUp = record.followUp;
    this.sustained6Months.due++;
    if (followUp?.months6 === 'employed') this.sustained6Months.employed++;
    if (after12 > referenceDate) return;
    this.sustained12Months.due++;
    if (followUp?.months12 === 'employed') this.sustained12Months.employed++;
  }

  private notStarted(): Record<NotStartedGroup, number> {
    const counts = zeroCounts(notStartedGroups);
    for (const [candidate, reason] of this.candidates) {
      if (this.run.startedCandidates.has(candidate)) continue;
      // An unknown code (odd data) counts as 'other', as an unknown stop reason does.
      counts[reason === null ? 'waiting' : notStartedCodes.has(reason) ? reason : 'other']++;
    }
    return counts;
  }

  figures(): Figures {
    const endedCount = this.completed + this.stopped;
    return {
      discussed: this.candidates.size,
      started: this.started,
      employers: this.employerNames.size,
      completed: this.completed,
      completedToPaidWork: this.completedToPaidWork,
      ongoing: this.ongoing,
      stopped: this.stopped,
      outcomes: { ...this.outcomes },
      stopReasons: { ...this.stopReasons },
      averageDurationDays: endedCount === 0 ? null : roundRatio(this.durationSum, endedCount),
      notStarted: this.notStarted(),
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
  const from = period.from;
  const to = lastCountedDay(period.to, referenceDate);
  const run = new Run(referenceDate);
  const tally = new Tally(run);
  const matches = programmeMatcher(filter);
  for (const record of records) {
    if (matches !== null && !matches(record)) continue;
    run.noteStart(record);
    if (inPeriod(record.discussedOn, from, to)) tally.addDiscussed(record);
    if (inPeriod(record.startedOn, from, to)) tally.addCohort(record, referenceDate);
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
  const from = period.from;
  const to = lastCountedDay(period.to, referenceDate);
  const programme = programmeMatcher(filter);
  const result: FigureRecord[] = [];
  if (selector === 'discussed') {
    const seen = new Set<string>();
    for (const record of records) {
      if (programme !== null && !programme(record)) continue;
      if (!inPeriod(record.discussedOn, from, to) || seen.has(record.candidateKey)) continue;
      seen.add(record.candidateKey);
      result.push(record);
    }
    return result;
  }
  const matches = cohortMatcher(selector, referenceDate);
  for (const record of records) {
    if (programme !== null && !programme(record)) continue;
    if (inPeriod(record.startedOn, from, to) && matches(record)) result.push(record);
  }
  return result;
}

/** Which cohort records make up a figure other than 'discussed'. */
function cohortMatcher(
  selector: Exclude<FigureSelector, 'discussed'>,
  referenceDate: IsoDate,
): (record: FigureRecord) => boolean {
  if (typeof selector === 'object') {
    if ('outcome' in selector) {
      const wanted = selector.outcome;
      return (r) => endState(r, referenceDate) !== ONGOING && outcomeOf(r) === wanted;
    }
    const wanted = selector.stopReason;
    return (r) => endState(r, referenceDate) === STOPPED && stopReasonOf(r) === wanted;
  }
  switch (selector) {
    case 'started':
    case 'employers':
      return () => true;
    case 'completed':
      return (r) => endState(r, referenceDate) === COMPLETED;
    case 'completedToPaidWork':
      return (r) => endState(r, referenceDate) === COMPLETED && outcomeOf(r) === 'paid-work';
    case 'ongoing':
      return (r) => endState(r, referenceDate) === ONGOING;
    case 'stopped':
      return (r) => endState(r, referenceDate) === STOPPED;
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
      return typeof name === 'string' ? run.employerKey(name) : '';
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
  const from = period.from;
  const to = lastCountedDay(period.to, referenceDate);
  const run = new Run(referenceDate);
  const matches = programmeMatcher(filter);
  const groups = new Map<string, { label: string; tally: Tally }>();
  for (const record of records) {
    if (matches !== null && !matches(record)) continue;
    run.noteStart(record);
    const discussed = inPeriod(record.discussedOn, from, to);
    const started = inPeriod(record.startedOn, from, to);
    const key = groupKey(record, by, run);
    let group = groups.get(key);
    if (group === undefined) {
      // The label is the first spelling seen over all records, whether or not it counts in P.
      group = { label: groupLabel(record, by, key), tally: new Tally(run) };
      groups.set(key, group);
    }
    if (discussed) group.tally.addDiscussed(record);
    if (started) group.tally.addCohort(record, referenceDate);
  }
  const rows: BreakdownRow[] = [];
  for (const { label, tally } of groups.values()) {
    if (tally.started > 0 || tally.candidates.size > 0) {
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
  const run = new Run(referenceDate);
  const matches = programmeMatcher(filter);
  const byYear = new Map<number, Tally>();
  for (const year of years) {
    yearKey(year); // validates
    if (!byYear.has(year)) byYear.set(year, new Tally(run));
  }
  if (byYear.size > 0) {
    for (const record of records) {
      if (matches !== null && !matches(record)) continue;
      run.noteStart(record);
      // As it stood on R: what is dated after R has not happened yet.
      const d = record.discussedOn;
      if (isIsoDate(d) && d <= referenceDate) byYear.get(yearOf(d))?.addDiscussed(record);
      const s = record.startedOn;
      if (isIsoDate(s) && s <= referenceDate) {
        byYear.get(yearOf(s))?.addCohort(record, referenceDate);
      }
    }
  }
  return years.map((year) => ({ year, figures: (byYear.get(year) as Tally).figures() }));
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
