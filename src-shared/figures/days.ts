/**
 * Dates as day numbers: one reading of a `YYYY-MM-DD` both validates it and gives a number that
 * compares and subtracts, so the figures neither compare strings nor validate a date twice.
 */

const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a real calendar date written `YYYY-MM-DD` (the dates `isIsoDate`
 * accepts); NaN for anything else. NaN is in no range (every comparison with it is false), so an
 * invalid date counts as absent, as DOMAIN.md says.
 */
export function dayNumberOf(value: string | null | undefined): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // Every one a digit: none below 0, none above 9.
  const digits = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1;
  const nines =
    (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - m0) | (9 - m1) | (9 - d0) | (9 - d1);
  if ((digits | nines) < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthLength = month === 2 && leap ? 29 : (daysPerMonth[month - 1] as number);
  if (day > monthLength) return Number.NaN;
  return civilDays(year, month, day);
}

/**
 * Days since 1970-01-01 of a calendar date: H. Hinnant's `days_from_civil`, with years that
 * start on 1 March so a leap day is the last day of its year. In whole numbers only (`| 0`
 * truncates): the years are shifted by one 400-year era so none is negative (year 0's January).
 */
function civilDays(year: number, month: number, day: number): number {
  const y = (month <= 2 ? year - 1 : year) + 400;
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month <= 2 ? month + 9 : month - 3) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return (era - 1) * 146097 + dayOfEra - 719468;
}
