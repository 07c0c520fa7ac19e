import type { IsoDate } from './codes';

const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** A real calendar date written `YYYY-MM-DD` (string comparison then orders dates correctly). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  }
  return day <= (daysPerMonth[month - 1] as number);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A valid `YYYY-MM-DD` plus whole months, as text (no Date): the day is clamped to the end of
 * the month, as date-fns' addMonths does (2019-08-31 + 6 months = 2020-02-29).
 */
export function addMonthsToIsoDate(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const newYear = year + Math.floor(monthIndex / 12);
  const newMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const leap = newYear % 4 === 0 && (newYear % 100 !== 0 || newYear % 400 === 0);
  const lastDay = newMonth === 2 && leap ? 29 : (daysPerMonth[newMonth - 1] as number);
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(newYear).padStart(4, '0')}-${pad2(newMonth)}-${pad2(day)}`;
}
