import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../../src-shared/figures/days';

/**
 * dayNumberOf is the figures' one reading of a date: it must give the days since 1970-01-01 of
 * every real calendar date, and NaN (counted as absent) for anything else. The figures only
 * compare and subtract these numbers, so an offset error would go unnoticed there.
 */

const MS_PER_DAY = 86_400_000;

/** Every `step`-th day from `from` up to and including `to`, as `YYYY-MM-DD` with its day number. */
function* days(from: string, to: string, step = 1): Generator<[string, number]> {
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= end; time += step * MS_PER_DAY) {
    yield [new Date(time).toISOString().slice(0, 10), time / MS_PER_DAY];
  }
}

describe('dayNumberOf', () => {
  it('gives the days since 1970-01-01 of every day from 1896 to 2104', () => {
    for (const [date, expected] of days('1896-01-01', '2104-12-31')) {
      if (dayNumberOf(date) !== expected) expect(dayNumberOf(date), date).toBe(expected);
    }
    expect(dayNumberOf('1970-01-01')).toBe(0);
  });

  it('gives the days since 1970-01-01 over the years 0000 to 9999', () => {
    for (const [date, expected] of days('0000-01-01', '9999-12-31', 13)) {
      if (dayNumberOf(date) !== expected) expect(dayNumberOf(date), date).toBe(expected);
    }
    expect(dayNumberOf('9999-12-31')).toBe(Date.UTC(9999, 11, 31) / MS_PER_DAY);
  });

  it('knows the leap days of the Gregorian calendar', () => {
    expect(dayNumberOf('2020-02-29')).toBe(Date.UTC(2020, 1, 29) / MS_PER_DAY);
    expect(dayNumberOf('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / MS_PER_DAY);
    for (const date of ['2019-02-29', '1900-02-29', '2100-02-29', '2019-02-30', '2019-04-31']) {
      expect(dayNumberOf(date), date).toBeNaN();
    }
  });

  const notDates: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 20190101],
    ['too short', '2019-01-1'],
    ['too long', '2019-01-011'],
    ['a date and time', '2019-01-01T00:00'],
    ['slashes', '2019/01/01'],
    ['a slash after the year', '2019/01-01'],
    ['a slash after the month', '2019-01/01'],
    ['month 00', '2019-00-10'],
    ['month 13', '2019-13-10'],
    ['day 00', '2019-01-00'],
    ['day 32', '2019-01-32'],
  ];
  // The characters just below and just above the digits, in every digit's place.
  for (const place of [0, 1, 2, 3, 5, 6, 8, 9]) {
    for (const character of ['/', ':']) {
      const date = '2019-01-11';
      notDates.push([
        `"${character}" at ${place}`,
        date.slice(0, place) + character + date.slice(place + 1),
      ]);
    }
  }

  it.each(notDates)('gives NaN for %s', (_name, value) => {
    expect(dayNumberOf(value as string)).toBeNaN();
  });
});
