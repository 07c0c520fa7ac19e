import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  parseCode,
  parseDate,
  parseNumber,
  parseText,
} from '../../../src-renderer/features/spreadsheet/cells';
import { codesNl } from '../../../src-renderer/ui/i18n/codes-nl';

/** Odd dates, numbers and codes as coaches' sheets hold them. */
describe('dates', () => {
  it('reads Excel serial numbers, with the phantom 29 February 1900', () => {
    expect(excelSerialToIso(45000)).toBe('2023-03-15');
    expect(excelSerialToIso(45000.75)).toBe('2023-03-15');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });

  it('reads serial numbers of a 1904 workbook', () => {
    expect(parseDate(45000 - 1462, true)).toEqual({ ok: true, value: '2023-03-15' });
  });

  it('reads date cells by their UTC calendar day, a time of day ignored', () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 5, 23, 30)))).toEqual({
      ok: true,
      value: '2024-03-05',
    });
  });

  it.each([
    ['05-03-2024', '2024-03-05'],
    ['5-3-2024', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['3 maart 2024', '2024-03-03'],
    ['3 mrt. 2024', '2024-03-03'],
    ['  29-02-2024 ', '2024-02-29'],
  ])('reads the text %j as %s (day before month)', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31-02-2024', 'spreadsheet.problems.invalidDate'],
    ['29-02-2023', 'spreadsheet.problems.invalidDate'],
    ['gisteren', 'spreadsheet.problems.invalidDate'],
    ['3 brumaire 2024', 'spreadsheet.problems.invalidDate'],
    ['05-03-24', 'spreadsheet.problems.twoDigitYear'],
    ['01-01-1850', 'spreadsheet.problems.dateOutOfRange'],
    ['01-01-2150', 'spreadsheet.problems.dateOutOfRange'],
  ])('refuses %j', (text, problem) => {
    expect(parseDate(text)).toEqual({ ok: false, problem });
  });

  it('names error values and formulas Excel never calculated', () => {
    expect(parseDate({ fault: 'error-value' })).toEqual({
      ok: false,
      problem: 'spreadsheet.problems.errorValue',
    });
    expect(parseText({ fault: 'formula-without-result' })).toEqual({
      ok: false,
      problem: 'spreadsheet.problems.formulaWithoutResult',
    });
  });

  it('takes an empty cell as no date', () => {
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseDate('  ')).toEqual({ ok: true, value: null });
  });
});

describe('numbers, text and codes', () => {
  it('reads Dutch decimal commas and refuses words', () => {
    expect(parseNumber('16,5')).toEqual({ ok: true, value: 16.5 });
    expect(parseNumber(24)).toEqual({ ok: true, value: 24 });
    expect(parseNumber('zestien')).toEqual({
      ok: false,
      problem: 'spreadsheet.problems.invalidNumber',
    });
  });

  it('keeps text as typed, trimmed; a date cell reads as dd-mm-jjjj', () => {
    expect(parseText('  De Linde ')).toEqual({ ok: true, value: 'De Linde' });
    expect(parseText(612345678)).toEqual({ ok: true, value: '612345678' });
    expect(parseText(new Date(Date.UTC(2024, 2, 5)))).toEqual({ ok: true, value: '05-03-2024' });
  });

  it('reads codes by their Dutch name or code, without case or accents', () => {
    expect(parseCode('Voortijdig gestopt', codesNl.status)).toEqual({ ok: true, value: 'stopped' });
    expect(parseCode('LOPEND', codesNl.status)).toEqual({ ok: true, value: 'ongoing' });
    expect(parseCode('paid-work', codesNl.outcome)).toEqual({ ok: true, value: 'paid-work' });
    expect(parseCode('bijna klaar', codesNl.status)).toEqual({
      ok: false,
      problem: 'spreadsheet.problems.unknownCode',
    });
  });
});
