import type { z } from 'zod';
import { statuses } from '../domain/codes';
import type { Status } from '../domain/codes';
import { computeFigures, countFigureNames } from '../figures';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  duplicateRefMessage,
  duplicateRefs,
  exchangeCountsFileSchema,
  exchangeRecordsFileShapeSchema,
  isExchangeDate,
  isPseudonym,
  isRecordsFile,
  showValue,
  trajectoryRuleViolations,
} from './schema';
import type { ExchangeCountsFileV1, ExchangeFileV1, ExchangeRecordsFileV1 } from './schema';
import { toFigureRecords } from './merge';
import { validRecordsFile } from './records-fast-path';

/** Files above this size are refused before anything is parsed. */
export const MAX_EXCHANGE_BYTES = 50 * 1024 * 1024;
/** Errors reported per file; the rest is summed up in one last line. */
export const MAX_REPORTED_ISSUES = 200;

export interface ExchangeIssue {
  file: string;
  /** The record's `ref`, or `#index` (0-based, as in the JSON) when it has no valid ref. */
  record: string | null;
  /** Path below the record (or from the top of the file), e.g. `endedOn`, `summary.started`. */
  field: string | null;
  /** Dutch, one complete sentence naming file, record and field. */
  message: string;
}

export type ParseResult =
  | { ok: true; file: ExchangeFileV1; warnings: ExchangeIssue[] }
  | { ok: false; errors: ExchangeIssue[] };

type Path = readonly PropertyKey[];

/** Where in a file an issue lies; `index` only for records. */
interface Place {
  index: number | null;
  ref: string | null;
  field: string | null;
}

/** Collects issues of one file, capped, with messages framed the same way. */
class IssueList {
  /** With the record index, to list file-level issues first and records in file order. */
  private readonly items: { index: number; issue: ExchangeIssue }[] = [];
  private dropped = 0;

  constructor(private readonly file: string) {}

  get empty(): boolean {
    return this.items.length === 0 && this.dropped === 0;
  }

  /** For the file as a whole; `predicate` reads as "Bestand "x" {predicate}." */
  addFile(predicate: string): void {
    this.push(-1, {
      file: this.file,
      record: null,
      field: null,
      message: `Bestand "${this.file}" ${predicate}.`,
    });
  }

  add(place: Place, detail: string): void {
    const parts = [`In bestand "${this.file}"`];
    if (place.index !== null) {
      const nth = `het ${place.index + 1}e in de lijst`;
      parts.push(
        place.ref !== null
          ? `traject "${place.ref}" (${nth})`
          : `traject #${place.index} (${nth}, zonder geldige ref)`,
      );
    }
    if (place.field !== null) parts.push(`veld "${place.field}"`);
    this.push(place.index ?? -1, {
      file: this.file,
      record: place.index === null ? null : (place.ref ?? `#${place.index}`),
      field: place.field,
      message: `${parts.join(', ')}: ${detail}.`,
    });
  }

  private push(index: number, issue: ExchangeIssue): void {
    if (this.items.length < MAX_REPORTED_ISSUES) this.items.push({ index, issue });
    else this.dropped++;
  }

  result(): ExchangeIssue[] {
    const sorted = [...this.items].sort((a, b) => a.index - b.index).map((item) => item.issue);
    if (this.dropped === 0) return sorted;
    return [
      ...sorted,
      {
        file: this.file,
        record: null,
        field: null,
        message: `En nog ${this.dropped} fouten in bestand "${this.file}".`,
      },
    ];
  }
}

// ---------------------------------------------------------------------------------------------
// Text and JSON

/** Keys that could reach a prototype if raw input were ever merged into an object. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function dropDangerousKeys(key: string, value: unknown): unknown {
  return DANGEROUS_KEYS.has(key) ? undefined : value;
}

/** One of the words, or a \u escape that could spell one: a single pass over the text. */
const MAY_HOLD_DANGEROUS_KEY = new RegExp(['\\\\u', ...DANGEROUS_KEYS].join('|'));

/**
 * JSON.parse without a reviver where no key can be a dangerous one: a reviver runs per key and
 * doubles the time of a 50 MB file.
 */
function parseJson(text: string): unknown {
  return MAY_HOLD_DANGEROUS_KEY.test(text) ? JSON.parse(text, dropDangerousKeys) : JSON.parse(text);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}

/** Problems of the text itself (encoding), as a predicate for IssueList.addFile, or null. */
function textProblem(text: string): string | null {
  if (text.trim() === '') return 'is leeg';
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line } = lineAndColumn(text, nul);
    return `is geen UTF-8-tekst: regel ${line} bevat nul-tekens (misschien is het als UTF-16 opgeslagen). Sla het op als UTF-8 en probeer het opnieuw`;
  }
  // A non-fatal UTF-8 decoder turns invalid bytes into U+FFFD.
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const { line, column } = lineAndColumn(text, bad);
    return `is geen geldige UTF-8-tekst: regel ${line}, kolom ${column} bevat een onleesbaar teken. Sla het op als UTF-8 en probeer het opnieuw`;
  }
  return null;
}

/** From JSON.parse's SyntaxError; V8 (Node and Chromium) is the only engine the app runs on. */
function jsonProblem(text: string, error: unknown): string {
  const message = String(error);
  const position = /position (\d+)/.exec(message);
  // V8 names the place where a cut-off text ends (the last white space aside), or, when it ends
  // inside a value, no place at all.
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  if (atEnd || message.includes('end of JSON input')) {
    return 'is geen geldige JSON: het houdt halverwege op (onvolledig bestand)';
  }
  if (position !== null) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `is geen geldige JSON: fout op regel ${line}, kolom ${column}`;
  }
  return 'is geen geldige JSON en kan niet worden gelezen';
}

// ---------------------------------------------------------------------------------------------
// Structure

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fieldPath(path: Path): string | null {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? null : out;
}

/**
 * The valid ref of a raw record, for naming it in messages. Only a real pseudonym: a `ref` that
 * holds anything else (a name, a birth date) is never repeated; the record is named by index.
 */
function refOf(record: unknown): string | null {
  if (!isPlainObject(record)) return null;
  return isPseudonym(record.ref) ? record.ref : null;
}

function placeOf(path: Path, trajectories: readonly unknown[] | null): Place {
  const [head, index, ...rest] = path;
  if (head === 'trajectories' && typeof index === 'number' && trajectories !== null) {
    return { index, ref: refOf(trajectories[index]), field: fieldPath(rest) };
  }
  return { index: null, ref: null, field: fieldPath(path) };
}

/** For issues without a message of their own in the schema (should not happen). */
function fallbackMessage(issue: { input?: unknown }): string {
  return issue.input === undefined
    ? 'ontbreekt'
    : `heeft een ongeldige waarde: ${showValue(issue.input)}`;
}

function addZodIssues(
  issues: readonly z.core.$ZodIssue[],
  trajectories: readonly unknown[] | null,
  list: IssueList,
): void {
  for (const issue of issues) list.add(placeOf(issue.path, trajectories), issue.message);
}

const statusCodes: ReadonlySet<string> = new Set(statuses);

/** A raw date field: the date, null, or undefined when it is invalid (reported elsewhere). */
function rawDate(value: unknown): string | null | undefined {
  if (value === null) return null;
  return isExchangeDate(value) ? value : undefined;
}

/** The rules between fields, on raw records, so one bad field does not hide another rule. */
function checkRules(trajectories: readonly unknown[], list: IssueList): void {
  trajectories.forEach((record, index) => {
    if (!isPlainObject(record)) return;
    const status = record.status;
    const violations = trajectoryRuleViolations({
      status:
        typeof status === 'string' && statusCodes.has(status) ? (status as Status) : undefined,
      startedOn: rawDate(record.startedOn),
      endedOn: rawDate(record.endedOn),
      stopReasonSet: record.stopReason === undefined ? undefined : record.stopReason !== null,
    });
    for (const v of violations) {
      list.add({ index, ref: refOf(record), field: v.field }, v.message);
    }
  });
  const refs = trajectories.map((record) => refOf(record) ?? undefined);
  for (const [index, earlier] of duplicateRefs(refs)) {
    const ref = refs[index] ?? '';
    list.add({ index, ref, field: 'ref' }, duplicateRefMessage(ref, earlier));
  }
}

// ---------------------------------------------------------------------------------------------
// Warnings

function recordsWarnings(file: ExchangeRecordsFileV1, list: IssueList): void {
  const { from, to, referenceDate } = file.period;
  const figures = computeFigures(toFigureRecords(file), { from, to }, referenceDate);
  for (const name of countFigureNames) {
    const stated = file.summary[name];
    if (stated !== figures[name]) {
      list.add(
        { index: null, ref: null, field: `summary.${name}` },
        `de samenvatting zegt ${stated}, maar uit de trajecten volgt ${figures[name]}; de app rekent met de trajecten`,
      );
    }
  }
  const inPeriod = (d: string | null) => d !== null && d >= from && d <= to;
  file.trajectories.forEach((t, index) => {
    if (!inPeriod(t.discussedOn) && !inPeriod(t.startedOn)) {
      list.add(
        { index, ref: t.ref, field: null },
        `is niet besproken of gestart in de periode ${from} t/m ${to} van het bestand; het telt alleen mee in cijfers over een andere periode`,
      );
    }
  });
}

function countsWarnings(file: ExchangeCountsFileV1, list: IssueList): void {
  const s = file.summary;
  if (s.started !== s.completed + s.ongoing + s.stopped) {
    list.add(
      { index: null, ref: null, field: 'summary.started' },
      `is ${s.started}, maar afgerond (${s.completed}) + lopend (${s.ongoing}) + gestopt (${s.stopped}) is ${s.completed + s.ongoing + s.stopped}; de cijfers van dit bestand kloppen niet met elkaar`,
    );
  }
  // The added figures of a counts-only file are parts of the counts above.
  const parts: [string, number | undefined, string, number][] = [
    ['notStarted', sumOf(s.notStarted), 'besproken', s.discussed],
    [
      'sustained6Months.due',
      s.sustained6Months?.due,
      'afgerond naar betaald werk',
      s.completedToPaidWork,
    ],
    [
      'sustained12Months.due',
      s.sustained12Months?.due,
      'afgerond naar betaald werk',
      s.completedToPaidWork,
    ],
    [
      'toPaidWorkInSector',
      s.toPaidWorkInSector,
      'afgerond naar betaald werk',
      s.completedToPaidWork,
    ],
  ];
  for (const [field, part, whole, wholeCount] of parts) {
    if (part !== undefined && part > wholeCount) {
      list.add(
        { index: null, ref: null, field: `summary.${field}` },
        `is ${part}, meer dan ${whole} (${wholeCount}); de cijfers van dit bestand kloppen niet met elkaar`,
      );
    }
  }
}

function sumOf(counts: Readonly<Record<string, number>> | undefined): number | undefined {
  if (counts === undefined) return undefined;
  let sum = 0;
  for (const n of Object.values(counts)) sum += n;
  return sum;
}

// ---------------------------------------------------------------------------------------------

/**
 * Reads one exchange file (DOMAIN.md, "Regional exchange format, version 1") and enforces every
 * importer rule. `text` is the file decoded as UTF-8 with a non-fatal decoder (invalid bytes
 * become U+FFFD, which is reported); `byteLength` is the file's size, checked before parsing.
 * Errors mean the file must not be imported at all; warnings do not stop an import.
 */
export function parseExchangeFile(fileName: string, text: string, byteLength: number): ParseResult {
  const errors = new IssueList(fileName);
  const fail = (): ParseResult => ({ ok: false, errors: errors.result() });

  if (byteLength > MAX_EXCHANGE_BYTES) {
    errors.addFile(
      `is ${formatMegabytes(byteLength)} MB groot; een uitwisselbestand mag hoogstens 50 MB zijn en dit bestand is daarom niet gelezen`,
    );
    return fail();
  }
  const encoding = textProblem(text);
  if (encoding !== null) {
    errors.addFile(encoding);
    return fail();
  }

  let raw: unknown;
  try {
    // A UTF-8 byte order mark is tolerated; JSON itself has none.
    raw = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    errors.addFile(jsonProblem(text, error));
    return fail();
  }
  if (!isPlainObject(raw)) {
    errors.addFile(
      `bevat geen regionaal uitwisselbestand: verwacht een JSON-object met "format": "${EXCHANGE_FORMAT}", maar het is ${showValue(raw)}`,
    );
    return fail();
  }

  // Format and version first: without them, nothing else in the file has a known meaning.
  const top = { index: null, ref: null };
  if (raw.format !== EXCHANGE_FORMAT) {
    errors.add(
      { ...top, field: 'format' },
      raw.format === undefined
        ? `ontbreekt; dit is geen regionaal uitwisselbestand ("${EXCHANGE_FORMAT}")`
        : `is ${showValue(raw.format)}, niet "${EXCHANGE_FORMAT}"; dit is geen regionaal uitwisselbestand`,
    );
  }
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXCHANGE_VERSION) {
    errors.add(
      { ...top, field: 'version' },
      `het bestand is gemaakt met een nieuwere versie van de app (formaatversie ${version}); deze versie leest formaatversie ${EXCHANGE_VERSION}. Werk de app bij om dit bestand te lezen`,
    );
  } else if (version !== EXCHANGE_VERSION) {
    errors.add(
      { ...top, field: 'version' },
      version === undefined
        ? `ontbreekt; deze versie van de app leest formaatversie ${EXCHANGE_VERSION}`
        : `formaatversie ${showValue(version)} is onbekend; deze versie van de app leest formaatversie ${EXCHANGE_VERSION}`,
    );
  }
  if (!errors.empty) return fail();

  // The level follows from `trajectories` being there: the format has no other marker.
  const withRecords = raw.trajectories !== undefined;
  // The large kind of file, when valid, is read without zod's copy of every record.
  const valid = withRecords ? validRecordsFile(raw) : null;
  if (valid !== null) return { ok: true, file: valid, warnings: warningsOf(fileName, valid) };

  const trajectories = Array.isArray(raw.trajectories) ? raw.trajectories : null;
  const schema = withRecords ? exchangeRecordsFileShapeSchema : exchangeCountsFileSchema;
  const parsed = schema.safeParse(raw, { error: fallbackMessage });
  if (!parsed.success) addZodIssues(parsed.error.issues, trajectories, errors);
  if (trajectories !== null) checkRules(trajectories, errors);
  if (!parsed.success || !errors.empty) return fail();

  return { ok: true, file: parsed.data, warnings: warningsOf(fileName, parsed.data) };
}

function warningsOf(fileName: string, file: ExchangeFileV1): ExchangeIssue[] {
  const warnings = new IssueList(fileName);
  if (isRecordsFile(file)) recordsWarnings(file, warnings);
  else countsWarnings(file, warnings);
  return warnings.result();
}
