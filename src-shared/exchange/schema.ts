import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import {
  ageBands,
  benefits,
  outcomes,
  statuses,
  stopReasons,
  trajectoryKinds,
  contractTypes,
  followUpStatuses,
  notStartedReasons,
  outflowInstruments,
} from '../domain/codes';
import type { IsoDate, Status } from '../domain/codes';
import { notStartedGroups } from '../figures';

/**
 * The regional exchange format, version 1 (DOMAIN.md), as zod schemas. Objects strip unknown keys
 * (forward compatible) and output their keys in the order of the format. Messages are Dutch
 * predicates ("ontbreekt", "moet … zijn"); validate.ts adds file, record and field.
 */

export const EXCHANGE_FORMAT = 'wep-regional-export';
export const EXCHANGE_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Messages

/** A value as it may appear in a message: short, and never a whole object. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (Array.isArray(value)) return 'een lijst';
  if (value !== null && typeof value === 'object') return 'een object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

type Issue = { input?: unknown };

/** Type error: a missing key reads as "ontbreekt", a wrong value names what was expected. */
const expect =
  (what: string) =>
  (issue: Issue): string =>
    issue.input === undefined ? 'ontbreekt' : `moet ${what} zijn, niet ${showValue(issue.input)}`;

function codeError(codes: readonly string[], nullable: boolean) {
  const known = codes.map((c) => `"${c}"`).join(', ');
  return (issue: Issue): string =>
    issue.input === undefined
      ? 'ontbreekt'
      : `bevat een onbekende code ${showValue(issue.input)}; bekend zijn ${known}${nullable ? ' en null' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Limits (DOMAIN.md, "Rules an importer enforces"): what no exporter makes is refused, so a
// file cannot carry a name in a pseudonym, a document in a name, or a date no one lived on.
// Messages about them never show the value: it may be exactly what must not travel.

export { isIsoDate };

export const FIRST_EXCHANGE_DATE = '1900-01-01';
export const LAST_EXCHANGE_DATE = '2100-12-31';
/** Employer, organisation name, region and generator: at most this many characters. */
export const MAX_NAME_LENGTH = 200;
export const MAX_PSEUDONYM_LENGTH = 100;

const PSEUDONYM = /^[A-Za-z0-9_-]+$/;

/** A `ref` or `candidateRef`: 1–100 letters, digits, `-` and `_`; never a space. */
export function isPseudonym(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= MAX_PSEUDONYM_LENGTH &&
    PSEUDONYM.test(value)
  );
}

/** A `YYYY-MM-DD` calendar date from 1900-01-01 to 2100-12-31. */
export function isExchangeDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= FIRST_EXCHANGE_DATE && value <= LAST_EXCHANGE_DATE;
}

/**
 * At most `max` characters, counted as JSON Schema's maxLength counts them (code points), so the
 * validator and the published schema refuse the same names. Cheap for a 20 MB string.
 */
export function fitsLength(text: string, max: number): boolean {
  if (text.length <= max) return true;
  if (text.length > 2 * max) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate and the low one after it (past the end: NaN) are one character.
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    if (++count > max) return false;
  }
  return true;
}

const tooLong = `is langer dan ${MAX_NAME_LENGTH} tekens; een naam in een uitwisselbestand is hoogstens ${MAX_NAME_LENGTH} tekens`;

function pseudonymProblem(value: string): string {
  if (value.trim() === '') return 'mag niet leeg zijn';
  if (value.length > MAX_PSEUDONYM_LENGTH) {
    return `is langer dan ${MAX_PSEUDONYM_LENGTH} tekens; een pseudoniem is 1 tot ${MAX_PSEUDONYM_LENGTH} tekens`;
  }
  return 'bevat andere tekens dan letters, cijfers, - en _; een pseudoniem bevat bijvoorbeeld geen spatie';
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const DATE_FORM = 'een datum in de vorm JJJJ-MM-DD';
const notAnExchangeDate = (issue: Issue) =>
  isIsoDate(issue.input)
    ? `ligt niet tussen ${FIRST_EXCHANGE_DATE} en ${LAST_EXCHANGE_DATE}`
    : `is geen bestaande datum in de vorm JJJJ-MM-DD: ${showValue(issue.input)}`;

const isoDate = () =>
  z.string({ error: expect(DATE_FORM) }).refine(isExchangeDate, { error: notAnExchangeDate });
const nullableIsoDate = () =>
  z
    .string({ error: expect(`${DATE_FORM} of null`) })
    .refine(isExchangeDate, { error: notAnExchangeDate })
    .nullable();

const text = () =>
  z.string({ error: expect('een tekst') }).refine((s) => s.trim() !== '', {
    error: 'mag niet leeg zijn',
  });

/** A name (employer, organisation, region, generator): at most 200 characters. */
const limitName = <S extends z.ZodType<string>>(schema: S) =>
  schema.refine((s) => fitsLength(s, MAX_NAME_LENGTH), { error: tooLong });

const pseudonym = () =>
  z.string({ error: expect('een tekst') }).refine(isPseudonym, {
    error: (issue) => pseudonymProblem(issue.input as string),
  });

const count = () =>
  z
    .number({ error: expect('een geheel getal') })
    .int({ error: (issue) => `moet een geheel getal zijn, niet ${showValue(issue.input)}` })
    .min(0, { error: (issue) => `mag niet negatief zijn, maar is ${showValue(issue.input)}` });

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

function code<const C extends readonly [string, ...string[]]>(codes: C) {
  return z.enum(codes, { error: codeError(codes, false) });
}
function nullableCode<const C extends readonly [string, ...string[]]>(codes: C) {
  return z.enum(codes, { error: codeError(codes, true) }).nullable();
}

/** Counts per code: a missing code counts 0, an unknown code is an error. */
function codeCounts<const C extends readonly [string, ...string[]]>(codes: C) {
  const shape: Record<string, z.ZodOptional<ReturnType<typeof count>>> = Object.fromEntries(
    codes.map((c) => [c, count().optional()]),
  );
  const known = codes.map((c) => `"${c}"`).join(', ');
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `bevat een onbekende code ${issue.keys.map((k) => `"${k}"`).join(', ')}; bekend zijn ${known}`
          : expect('een object met een aantal per code')(issue),
    })
    .transform((counts) => {
      const all = {} as Record<C[number], number>;
      for (const c of codes as readonly C[number][]) all[c] = counts[c] ?? 0;
      return all;
    });
}

const object = <S extends z.core.$ZodLooseShape>(what: string, shape: S) =>
  z.object(shape, { error: expect(what) });

// ---------------------------------------------------------------------------------------------
// The parts of a file

export const exchangeOrganisationSchema = object('een object met id, name en region', {
  id: text(),
  name: limitName(text()),
  region: limitName(z.string({ error: expect('een tekst') })),
});

export const exchangePeriodSchema = object('een object met from, to en referenceDate', {
  from: isoDate(),
  to: isoDate(),
  referenceDate: isoDate(),
}).superRefine((period, ctx) => {
  // Only between two valid dates: an invalid one is reported once, and its value never repeated.
  if (isExchangeDate(period.from) && isExchangeDate(period.to) && period.to < period.from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `ligt vóór het begin van de periode (${period.from})`,
    });
  }
});

const summaryCountsShape = {
  discussed: count(),
  started: count(),
  employers: count(),
  completed: count(),
  completedToPaidWork: count(),
  ongoing: count(),
  stopped: count(),
};

export const employerStartSchema = object('een object met employer en started', {
  employer: limitName(text()),
  started: count(),
});

/** With records: the seven counts (other figures follow from the records). */
export const recordsSummarySchema = object('een object met de cijfers', summaryCountsShape);

/** Of the due follow-ups, how many still work: never more employed than due. */
const sustainedSchema = object('een object met due en employed', {
  due: count(),
  employed: count(),
}).refine((s) => !isCount(s.due) || !isCount(s.employed) || s.employed <= s.due, {
  path: ['employed'],
  error: 'is groter dan due; er kunnen niet meer mensen aan het werk zijn dan er nagevraagd zijn',
});

/**
 * Counts only: every figure, plus the cohort's starts per employer. The figures of "More of the
 * programme" may be absent (older files): then they are not supplied, never 0.
 */
export const countsSummarySchema = object('een object met de cijfers', {
  ...summaryCountsShape,
  notStarted: codeCounts(notStartedGroups).optional(),
  sustained6Months: sustainedSchema.optional(),
  sustained12Months: sustainedSchema.optional(),
  toPaidWorkInSector: count().optional(),
  outcomes: codeCounts(outcomes),
  stopReasons: codeCounts(stopReasons),
  averageDurationDays: z
    .number({ error: expect('een getal of null') })
    .min(0, { error: (issue) => `mag niet negatief zijn, maar is ${showValue(issue.input)}` })
    .nullable(),
  employerStarts: z.array(employerStartSchema, { error: expect('een lijst') }),
});

export const learningGoalsSchema = object('een object met total en achieved, of null', {
  total: count(),
  achieved: count(),
})
  // Only between two valid counts: a negative total is reported once, as negative.
  .refine((g) => !isCount(g.total) || !isCount(g.achieved) || g.achieved <= g.total, {
    path: ['achieved'],
    error: 'is groter dan total; er kunnen niet meer leerdoelen behaald zijn dan er zijn',
  })
  .nullable();

export const exchangeTrajectorySchema = object('een object', {
  ref: pseudonym(),
  candidateRef: pseudonym(),
  kind: code(trajectoryKinds),
  employer: limitName(z.string({ error: expect('een tekst of null') })).nullable(),
  benefit: nullableCode(benefits),
  ageBand: nullableCode(ageBands),
  discussedOn: nullableIsoDate(),
  startedOn: nullableIsoDate(),
  endedOn: nullableIsoDate(),
  status: code(statuses),
  stopReason: nullableCode(stopReasons),
  outcome: nullableCode(outcomes),
  hoursPerWeek: z
    .number({ error: expect('een aantal uren of null') })
    .min(0, { error: (issue) => `mag niet negatief zijn, maar is ${showValue(issue.input)}` })
    .max(168, {
      error: (issue) => `kan niet meer dan 168 uur per week zijn: ${showValue(issue.input)}`,
    })
    .nullable(),
  learningGoals: learningGoalsSchema,
  // "More of the programme": optional keys, absent in older files; codes only, never free text.
  notStartedReason: nullableCode(notStartedReasons).optional(),
  programme: limitName(z.string({ error: expect('een tekst of null') }))
    .nullable()
    .optional(),
  outflow: object('een object met contractType, instruments en inSector, of null', {
    contractType: code(contractTypes),
    instruments: z.array(code(outflowInstruments), { error: expect('een lijst') }).max(6, {
      error: 'heeft meer dan 6 instrumenten',
    }),
    inSector: z.boolean({ error: expect('true of false') }),
  })
    .nullable()
    .optional(),
  followUp: object('een object met months6 en months12, of null', {
    months6: nullableCode(followUpStatuses),
    months12: nullableCode(followUpStatuses),
  })
    .nullable()
    .optional(),
});

const headerShape = {
  format: z.literal(EXCHANGE_FORMAT, { error: expect(`"${EXCHANGE_FORMAT}"`) }),
  version: z.literal(EXCHANGE_VERSION, { error: expect(String(EXCHANGE_VERSION)) }),
  exportedAt: z.iso.datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined
        ? 'ontbreekt'
        : `moet een tijdstip zijn zoals "2026-11-23T10:15:00.000Z", niet ${showValue(issue.input)}`,
  }),
  generator: limitName(z.string({ error: expect('een tekst') })),
  organisation: exchangeOrganisationSchema,
  period: exchangePeriodSchema,
};

// ---------------------------------------------------------------------------------------------
// Rules between fields (DOMAIN.md, "Rules an importer enforces")

/** What the rules look at; undefined = not known because the field itself is invalid. */
export interface TrajectoryRuleInput {
  status: Status | undefined;
  startedOn: IsoDate | null | undefined;
  endedOn: IsoDate | null | undefined;
  stopReasonSet: boolean | undefined;
}

export interface RuleViolation {
  field: 'startedOn' | 'endedOn' | 'stopReason';
  message: string;
}

export function trajectoryRuleViolations(t: TrajectoryRuleInput): RuleViolation[] {
  const found: RuleViolation[] = [];
  const { status, startedOn, endedOn } = t;
  if (typeof startedOn === 'string' && typeof endedOn === 'string' && endedOn < startedOn) {
    found.push({
      field: 'endedOn',
      message: `de einddatum ${endedOn} ligt vóór de startdatum ${startedOn}`,
    });
  }
  if ((status === 'completed' || status === 'stopped') && endedOn === null) {
    found.push({
      field: 'endedOn',
      message: `ontbreekt: bij status "${status}" hoort een einddatum`,
    });
  }
  if (status === 'ongoing' && startedOn === null) {
    found.push({
      field: 'startedOn',
      message: 'ontbreekt: bij status "ongoing" hoort een startdatum',
    });
  }
  if (status === 'ongoing' && typeof endedOn === 'string') {
    found.push({
      field: 'endedOn',
      message: `moet null zijn bij status "ongoing", maar is ${endedOn}; een beëindigd traject heeft status "completed" of "stopped"`,
    });
  }
  if (status === 'discussed' && typeof startedOn === 'string') {
    found.push({
      field: 'startedOn',
      message: `moet null zijn bij status "discussed", maar is ${startedOn}; een gestart traject heeft status "ongoing", "completed" of "stopped"`,
    });
  }
  if (status !== undefined && status !== 'stopped' && t.stopReasonSet === true) {
    found.push({
      field: 'stopReason',
      message: `moet null zijn bij status "${status}"; alleen een traject met status "stopped" heeft een reden van stoppen`,
    });
  }
  return found;
}

/** Index of each record whose ref an earlier record already has, with that earlier index. */
export function duplicateRefs(refs: readonly (string | undefined)[]): [number, number][] {
  const first = new Map<string, number>();
  const duplicates: [number, number][] = [];
  refs.forEach((ref, index) => {
    if (ref === undefined) return;
    const earlier = first.get(ref);
    if (earlier === undefined) first.set(ref, index);
    else duplicates.push([index, earlier]);
  });
  return duplicates;
}

export function duplicateRefMessage(ref: string, earlierIndex: number): string {
  return `"${ref}" komt al voor bij het ${earlierIndex + 1}e traject in de lijst; elke ref moet uniek zijn`;
}

// ---------------------------------------------------------------------------------------------
// Whole files

/** Structure of a file with records, without the rules between fields (validate.ts applies those). */
export const exchangeRecordsFileShapeSchema = z.object({
  ...headerShape,
  summary: recordsSummarySchema,
  trajectories: z.array(exchangeTrajectorySchema, { error: expect('een lijst') }),
});

export const exchangeRecordsFileSchema = exchangeRecordsFileShapeSchema.superRefine((file, ctx) => {
  file.trajectories.forEach((t, index) => {
    const violations = trajectoryRuleViolations({
      status: t.status,
      startedOn: t.startedOn,
      endedOn: t.endedOn,
      stopReasonSet: t.stopReason !== null,
    });
    for (const v of violations) {
      ctx.addIssue({ code: 'custom', path: ['trajectories', index, v.field], message: v.message });
    }
  });
  const refs = file.trajectories.map((t) => t.ref);
  for (const [index, earlier] of duplicateRefs(refs)) {
    ctx.addIssue({
      code: 'custom',
      path: ['trajectories', index, 'ref'],
      message: duplicateRefMessage(refs[index] ?? '', earlier),
    });
  }
});

/** Counts only: `trajectories` must be absent (a present but broken list is no counts-only file). */
export const exchangeCountsFileSchema = z.object({
  ...headerShape,
  summary: countsSummarySchema,
  trajectories: z.never({ error: 'hoort niet in een bestand met alleen totalen' }).optional(),
});

/** Either level. validate.ts picks the level itself, for messages about the right one. */
export const exchangeFileV1Schema = z.union([exchangeRecordsFileSchema, exchangeCountsFileSchema]);

export type ExchangeOrganisation = z.output<typeof exchangeOrganisationSchema>;
export type ExchangePeriod = z.output<typeof exchangePeriodSchema>;
export type ExchangeSummaryCounts = z.output<typeof recordsSummarySchema>;
export type ExchangeCountsSummary = z.output<typeof countsSummarySchema>;
export type ExchangeEmployerStart = z.output<typeof employerStartSchema>;
export type ExchangeLearningGoals = z.output<typeof learningGoalsSchema>;
export type ExchangeTrajectory = z.output<typeof exchangeTrajectorySchema>;
export type ExchangeRecordsFileV1 = z.output<typeof exchangeRecordsFileSchema>;
export type ExchangeCountsFileV1 = z.output<typeof exchangeCountsFileSchema>;
export type ExchangeFileV1 = ExchangeRecordsFileV1 | ExchangeCountsFileV1;
export type ExchangeLevel = 'counts' | 'records';

export function isRecordsFile(file: ExchangeFileV1): file is ExchangeRecordsFileV1 {
  return file.trajectories !== undefined;
}

export function levelOf(file: ExchangeFileV1): ExchangeLevel {
  return isRecordsFile(file) ? 'records' : 'counts';
}
