import { isIsoDate } from '../domain/dates';

/**
 * Date arithmetic on `YYYY-MM-DD` via day numbers: no time zone or DST can shift a day, and it is
 * fast enough for the 10 000-candidate generator.
 */
const toDayCache = new Map<string, number>();
const fromDayCache = new Map<number, string>();

/** Days since 1970-01-01 (Hinnant's days_from_civil), cached: a data set uses few distinct days. */
export function toDay(date: string): number {
  let day = toDayCache.get(date);
  if (day === undefined) {
    const month = Number(date.slice(5, 7));
    const y = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy =
      Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    day = era * 146097 + doe - 719468;
    toDayCache.set(date, day);
  }
  return day;
}

/** The inverse of toDay (civil_from_days), cached likewise. */
export function fromDay(day: number): string {
  let date = fromDayCache.get(day);
  if (date === undefined) {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    date = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    fromDayCache.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day on or after `day` that falls on `weekday`. */
export function onOrAfter(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** The last day on or before `day` that falls on `weekday`. */
export function onOrBefore(day: number, weekday: number): number {
  return day - ((weekdayOf(day) - weekday + 7) % 7);
}

/** Saturday and Sunday move to the Monday after: work happens on weekdays. */
export function workday(date: string): string {
  const day = toDay(date);
  const weekday = weekdayOf(day);
  return weekday === 6 ? fromDay(day + 2) : weekday === 0 ? fromDay(day + 1) : date;
}

/** Like date-fns addMonths: the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** A stored timestamp on a given day; `minute` of the day in UTC (office hours in practice). */
export function timestamp(date: string, minute: number): string {
  const h = String(Math.floor(minute / 60) % 24).padStart(2, '0');
  const m = String(minute % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000Z`;
}

export function assertDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} is not a YYYY-MM-DD date: ${value}`);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
