import { isIsoDate } from '../../../src-shared/domain/dates';
import type { IsoDate } from '../../../src-shared/domain/codes';
import { searchKey } from '../../../src-shared/domain/candidate';

/** A cell fault that the reader keeps so the preview can name it instead of guessing a value. */
export interface CellFault {
  fault: 'error-value' | 'formula-without-result';
}

/**
 * One cell as read from .xlsx or .csv. Formulas arrive as their cached result only: the reader
 * never evaluates one, and a formula Excel never calculated becomes a fault.
 */
export type Cell = string | number | boolean | Date | null | CellFault;

/** What a cell means for one field, or an i18n key saying what is wrong (never the value). */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

export const isFault = (cell: Cell): cell is CellFault =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date);

function faultProblem(cell: CellFault): Parsed<never> {
  return fail(
    cell.fault === 'error-value'
      ? 'spreadsheet.problems.errorValue'
      : 'spreadsheet.problems.formulaWithoutResult',
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? text : null;
}

/** Dates outside this range are typing errors in a register of living people and placements. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

const DAY_MS = 86_400_000;
/** Serial 0 of the 1904 system (old Mac workbooks) is serial 1462 of the 1900 system. */
const DAYS_1900_TO_1904 = 1462;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * An Excel serial number (1900 system) as a date. Excel counts a 29 February 1900 that never
 * was: serial 60 is that day and serials below it are one day early against the 1899-12-30 epoch.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const date = new Date(EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const months = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt', 'maa'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const monthNumber = (name: string) =>
  months.findIndex((names) => names.includes(name.replace(/\.$/, ''))) + 1;

/**
 * Dates as coaches type them: a date cell, an Excel serial number, dd-mm-jjjj (also with / or .),
 * jjjj-mm-dd, or "3 maart 2024". Day comes before month, as in the Netherlands; a two-digit year
 * is refused because 01-02-03 could be any of three centuries.
 */
export function parseDate(cell: Cell, date1904 = false): Parsed<IsoDate> {
  if (cell === null) return ok(null);
  if (isFault(cell)) return faultProblem(cell);
  let iso: IsoDate | null = null;
  if (cell instanceof Date) {
    // exceljs builds dates from the serial as UTC: the UTC fields are the calendar date.
    iso = Number.isNaN(cell.getTime())
      ? null
      : isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  } else if (typeof cell === 'number') {
    iso = excelSerialToIso(date1904 ? cell + DAYS_1900_TO_1904 : cell);
  } else if (typeof cell === 'string') {
    const text = cell.trim().toLocaleLowerCase('nl');
    if (text === '') return ok(null);
    let match: RegExpExecArray | null;
    if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) {
      iso = isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
    } else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) {
      iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
    } else if ((match = /^(\d{1,2}) ([a-z]+\.?) (\d{4})$/.exec(text))) {
      const month = monthNumber(match[2] as string);
      iso = month > 0 ? isoOf(Number(match[3]), month, Number(match[1])) : null;
    } else if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(text)) {
      return fail('spreadsheet.problems.twoDigitYear');
    }
  }
  if (iso === null) return fail('spreadsheet.problems.invalidDate');
  if (iso < EARLIEST_DATE || iso > LATEST_DATE) return fail('spreadsheet.problems.dateOutOfRange');
  return ok(iso);
}

/** Text as shown in the cell; a number keeps its digits, a date reads as dd-mm-jjjj. */
export function parseText(cell: Cell): Parsed<string> {
  if (cell === null) return ok(null);
  if (isFault(cell)) return faultProblem(cell);
  if (cell instanceof Date) {
    const date = parseDate(cell);
    return date.ok && date.value ? ok(date.value.split('-').reverse().join('-')) : date;
  }
  if (typeof cell === 'boolean') return ok(cell ? 'ja' : 'nee');
  const text = String(cell).trim();
  return ok(text === '' ? null : text);
}

/** A number, also written with a Dutch decimal comma ("16,5"). */
export function parseNumber(cell: Cell): Parsed<number> {
  if (cell === null) return ok(null);
  if (isFault(cell)) return faultProblem(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail(notANumber);
  if (typeof cell !== 'string') return fail(notANumber);
  const text = cell.trim();
  if (text === '') return ok(null);
  return /^\d{1,6}([.,]\d{1,4})?$/.test(text)
    ? ok(Number(text.replace(',', '.')))
    : fail(notANumber);
}
const notANumber = 'spreadsheet.problems.invalidNumber';

/**
 * A code from its Dutch name ("Voortijdig gestopt") or the code itself ("stopped"), compared
 * without case, accents or spaces at the ends.
 */
export function parseCode<T extends string>(
  cell: Cell,
  names: Readonly<Record<T, string>>,
): Parsed<T> {
  const text = parseText(cell);
  if (!text.ok || text.value === null) return text as Parsed<never>;
  const key = searchKey(text.value).trim();
  for (const [code, name] of Object.entries(names) as [T, string][]) {
    if (key === searchKey(code) || key === searchKey(name)) return ok(code);
  }
  return fail('spreadsheet.problems.unknownCode');
}
