import type {
  AgeBand,
  Benefit,
  IsoDate,
  NotStartedReason,
  Outcome,
  Status,
  StopReason,
  TrajectoryKind,
} from '../domain/codes';
import type { FollowUp, Outflow } from '../domain/outflow';
import {
  computeFigures,
  employerKeys,
  inCohort,
  programmeMatcher,
  tidyEmployerName,
} from '../figures';
import type { FigureFilter, FigureRecord, Period } from '../figures';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FIRST_EXCHANGE_DATE,
  LAST_EXCHANGE_DATE,
  MAX_NAME_LENGTH,
  exchangeFileV1Schema,
  fitsLength,
  isExchangeDate,
  trajectoryRuleViolations,
} from './schema';
import type {
  ExchangeCountsFileV1,
  ExchangeEmployerStart,
  ExchangeFileV1,
  ExchangeLevel,
  ExchangeOrganisation,
  ExchangeRecordsFileV1,
  ExchangeTrajectory,
} from './schema';

/**
 * "Exporteren voor regio": the exchange file of DOMAIN.md, built field by field from the app's
 * records, so nothing else the caller holds (names, contact details, notes) can leave.
 */

/** One trajectory as the app knows it. Extra fields are allowed and never exported. */
export interface ExportSource {
  trajectoryId: string;
  candidateId: string;
  kind: TrajectoryKind;
  employer: string | null;
  benefit: Benefit | null;
  birthDate: IsoDate | null;
  discussedOn: IsoDate | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  status: Status;
  stopReason: StopReason | null;
  outcome: Outcome | null;
  hoursPerWeek: number | null;
  goalsTotal: number;
  goalsAchieved: number;
  // "More of the programme": codes and a label only (never approval, municipality, trainings);
  // absent counts as null.
  notStartedReason?: NotStartedReason | null;
  programme?: string | null;
  outflow?: Outflow | null;
  followUp?: FollowUp | null;
  readonly [extra: string]: unknown;
}

export type PseudonymKind = 'trajectory' | 'candidate';
export type Pseudonymise = (kind: PseudonymKind, internalId: string) => Promise<string>;

/** What the coach chose to leave in (each false exports null). */
export interface ExportInclude {
  ageBand: boolean;
  benefit: boolean;
  hoursPerWeek: boolean;
  learningGoals: boolean;
}

export interface ExportInput {
  organisation: ExchangeOrganisation;
  period: Period;
  referenceDate: IsoDate;
  /** 'counts' is the default of the export screen (AVG). */
  level: ExchangeLevel;
  include: ExportInclude;
  /** E.g. "Instap 0.1.0". */
  generator: string;
  /** ISO timestamp with offset, e.g. new Date().toISOString(). */
  exportedAt: string;
  sources: readonly ExportSource[];
  pseudonymise: Pseudonymise;
  /** Only the records of one programme (figures and records alike). */
  filter?: FigureFilter;
}

/** Records that would make a file partners refuse; the coach fixes them first. */
export class ExchangeExportError extends Error {
  constructor(
    message: string,
    /** Internal ids with the Dutch reason: for the app's own screens only. */
    readonly problems: { trajectoryId: string; field: string; message: string }[],
  ) {
    super(message);
    this.name = 'ExchangeExportError';
  }
}

/** Full years at `on`, from two `YYYY-MM-DD` dates. */
function ageAt(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBandAt(birthDate: IsoDate | null, referenceDate: IsoDate): AgeBand {
  if (birthDate === null) return 'unknown';
  const age = ageAt(birthDate, referenceDate);
  return age < 27 ? '<27' : age < 45 ? '27-44' : '45+';
}

/** The name as partners will show it (see tidyEmployerName); null when blank. */
function cleanEmployer(name: string | null): string | null {
  const tidy = name === null ? '' : tidyEmployerName(name);
  return tidy === '' ? null : tidy;
}

function toFigureRecord(s: ExportSource): FigureRecord {
  return {
    key: s.trajectoryId,
    candidateKey: s.candidateId,
    kind: s.kind,
    employer: cleanEmployer(s.employer),
    benefit: s.benefit,
    discussedOn: s.discussedOn,
    startedOn: s.startedOn,
    endedOn: s.endedOn,
    status: s.status,
    stopReason: s.stopReason,
    outcome: s.outcome,
    notStartedReason: s.notStartedReason ?? null,
    // No programme: buildExport applies the programme filter to the sources themselves.
    outflow: s.outflow ?? null,
    followUp: s.followUp ?? null,
  };
}

const collator = new Intl.Collator('nl');

/** Starts per employer in the cohort; names compared as the figures compare them. */
function employerStarts(cohort: readonly ExportSource[]): ExchangeEmployerStart[] {
  const byKey = new Map<string, ExchangeEmployerStart>();
  const employerKey = employerKeys();
  for (const s of cohort) {
    const name = cleanEmployer(s.employer);
    if (name === null) continue;
    const key = employerKey(name);
    const entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, { employer: name, started: 1 });
    else entry.started++;
  }
  return [...byKey.values()].sort(
    (a, b) => b.started - a.started || collator.compare(a.employer, b.employer),
  );
}

/**
 * The format's limits on what the app holds. Its forms keep names well under them (employer 120
 * characters), so in practice this finds a mistyped year (0219, 2201); a name too long is
 * reported, never cut: a cut name would stand for another employer.
 */
function limitViolations(s: ExportSource): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  const employer = cleanEmployer(s.employer);
  if (employer !== null && !fitsLength(employer, MAX_NAME_LENGTH)) {
    found.push({
      field: 'employer',
      message: `de naam van de werkgever is langer dan ${MAX_NAME_LENGTH} tekens`,
    });
  }
  for (const field of ['discussedOn', 'startedOn', 'endedOn'] as const) {
    const date = s[field];
    if (date !== null && !isExchangeDate(date)) {
      found.push({
        field,
        message: `de datum ligt niet tussen ${FIRST_EXCHANGE_DATE} en ${LAST_EXCHANGE_DATE}`,
      });
    }
  }
  return found;
}

function checkSources(sources: readonly ExportSource[]): void {
  const problems: ExchangeExportError['problems'] = [];
  for (const s of sources) {
    const violations = [
      ...trajectoryRuleViolations({
        status: s.status,
        startedOn: s.startedOn,
        endedOn: s.endedOn,
        stopReasonSet: s.stopReason !== null,
      }),
      ...limitViolations(s),
    ];
    for (const v of violations) {
      problems.push({ trajectoryId: s.trajectoryId, field: v.field, message: v.message });
    }
  }
  if (problems.length > 0) {
    const n = new Set(problems.map((p) => p.trajectoryId)).size;
    const which = n === 1 ? 'Eén traject voldoet' : `${n} trajecten voldoen`;
    throw new ExchangeExportError(
      `${which} niet aan de regels van het uitwisselformaat (bijvoorbeeld een einddatum vóór de startdatum). Pas ${n === 1 ? 'het' : 'ze'} eerst aan; partners zouden het bestand anders weigeren.`,
      problems,
    );
  }
}

async function toTrajectory(s: ExportSource, input: ExportInput): Promise<ExchangeTrajectory> {
  const { include, referenceDate, pseudonymise } = input;
  // Built key by key in the order of DOMAIN.md; never a spread of the source.
  return {
    ref: await pseudonymise('trajectory', s.trajectoryId),
    candidateRef: await pseudonymise('candidate', s.candidateId),
    kind: s.kind,
    employer: cleanEmployer(s.employer),
    benefit: include.benefit ? s.benefit : null,
    ageBand: include.ageBand ? ageBandAt(s.birthDate, referenceDate) : null,
    discussedOn: s.discussedOn,
    startedOn: s.startedOn,
    endedOn: s.endedOn,
    status: s.status,
    stopReason: s.stopReason,
    outcome: s.outcome,
    hoursPerWeek: include.hoursPerWeek ? s.hoursPerWeek : null,
    learningGoals: include.learningGoals
      ? { total: s.goalsTotal, achieved: s.goalsAchieved }
      : null,
    notStartedReason: s.notStartedReason ?? null,
    programme: s.programme ? tidyEmployerName(s.programme) || null : null,
    // Outflow and follow-up describe an outflow to paid work only; copied code by code.
    outflow:
      s.outflow && s.outcome === 'paid-work'
        ? {
            contractType: s.outflow.contractType,
            instruments: [...s.outflow.instruments],
            inSector: s.outflow.inSector,
          }
        : null,
    followUp:
      s.followUp && s.outcome === 'paid-work'
        ? { months6: s.followUp.months6, months12: s.followUp.months12 }
        : null,
  };
}

/** Sorted by date, then ref: the order says nothing about internal ids. */
function compareTrajectories(a: ExchangeTrajectory, b: ExchangeTrajectory): number {
  const da = a.startedOn ?? a.discussedOn ?? '';
  const db = b.startedOn ?? b.discussedOn ?? '';
  return da < db ? -1 : da > db ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
}

/**
 * The exchange file for `period`: the records discussed or started in it (DOMAIN.md), at the
 * chosen level. Throws ExchangeExportError when records break the format's rules, and a
 * RangeError when the period or reference date is not a `YYYY-MM-DD` date.
 */
export async function buildExport(input: ExportInput): Promise<ExchangeFileV1> {
  const { period, referenceDate, organisation } = input;
  const { from, to } = period;
  const inPeriod = (d: IsoDate | null) => d !== null && d >= from && d <= to;
  const inProgramme = programmeMatcher(input.filter) ?? (() => true);
  const included = input.sources.filter(
    (s) => (inPeriod(s.discussedOn) || inPeriod(s.startedOn)) && inProgramme(s),
  );
  checkSources(included);

  const figures = computeFigures(included.map(toFigureRecord), period, referenceDate);
  const header = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: input.exportedAt,
    generator: input.generator,
    organisation: { id: organisation.id, name: organisation.name, region: organisation.region },
    period: { from, to, referenceDate },
  } as const;
  const counts = {
    discussed: figures.discussed,
    started: figures.started,
    employers: figures.employers,
    completed: figures.completed,
    completedToPaidWork: figures.completedToPaidWork,
    ongoing: figures.ongoing,
    stopped: figures.stopped,
  };

  let file: ExchangeFileV1;
  if (input.level === 'counts') {
    const countsFile: ExchangeCountsFileV1 = {
      ...header,
      summary: {
        ...counts,
        outcomes: figures.outcomes,
        stopReasons: figures.stopReasons,
        averageDurationDays: figures.averageDurationDays,
        notStarted: figures.notStarted,
        sustained6Months: figures.sustained6Months,
        sustained12Months: figures.sustained12Months,
        toPaidWorkInSector: figures.toPaidWorkInSector,
        employerStarts: employerStarts(included.filter((s) => inCohort(s, period, referenceDate))),
      },
    };
    file = countsFile;
  } else {
    const trajectories = await Promise.all(included.map((s) => toTrajectory(s, input)));
    const recordsFile: ExchangeRecordsFileV1 = {
      ...header,
      summary: counts,
      trajectories: trajectories.sort(compareTrajectories),
    };
    file = recordsFile;
  }

  // A last check with the importer's schema: what partners would refuse never leaves.
  const check = exchangeFileV1Schema.safeParse(file);
  if (!check.success) {
    const first = check.error.issues[0];
    throw new Error(
      `De export voldoet niet aan het uitwisselformaat (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}).`,
    );
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// Pseudonyms

/** The part of Web Crypto used here (src-shared has no DOM or Node types). */
interface HmacSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

interface WebGlobals {
  crypto?: { subtle?: HmacSubtle };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

const PREFIX: Record<PseudonymKind, string> = { trajectory: 't-', candidate: 'c-' };

/**
 * Pseudonyms as DOMAIN.md asks: stable for one installation's secret, not derivable without it.
 * HMAC-SHA-256 of kind and internal id; the first 96 bits in hex.
 */
export function createPseudonymiser(secret: Uint8Array): Pseudonymise {
  if (secret.length < 16) throw new RangeError('The pseudonym secret must be at least 16 bytes.');
  const web = globalThis as unknown as WebGlobals;
  const subtle = web.crypto?.subtle;
  if (subtle === undefined) throw new Error('Web Crypto (crypto.subtle) is not available.');
  const encoder = new web.TextEncoder();
  // importKey copies the bytes before it returns: a caller that later wipes its buffer does not
  // change the key.
  const key = subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (kind, internalId) => {
    const mac = new Uint8Array(
      await subtle.sign('HMAC', await key, encoder.encode(`${kind}:${internalId}`)),
    );
    let hex = '';
    for (const byte of mac.subarray(0, 12)) hex += byte.toString(16).padStart(2, '0');
    return PREFIX[kind] + hex;
  };
}
