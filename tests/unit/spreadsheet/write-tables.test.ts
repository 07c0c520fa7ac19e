import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  neutraliseFormula,
  toCsv,
  toXlsx,
  type Table,
} from '../../../src-renderer/features/spreadsheet/write-tables';
import { readBack } from './workbooks';

/** The one writer behind both exports: real dates in xlsx, Dutch CSV, no formula injection. */

const hostile = ['=HYPERLINK("http://example.invalid","klik")', '+31 6 1234', '-2+3', '@SUM(A1)'];

const table: Table = {
  title: 'Kandidaten',
  columns: [
    { header: 'Naam', type: 'text' },
    { header: 'Gestart op', type: 'date' },
    { header: 'Uren per week', type: 'number' },
  ],
  rows: [['Fatma Çelik', '2024-02-01', 16.5], ...hostile.map((text) => [text, null, null])],
};

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('xlsx', () => {
  it('writes dates as date cells shown as dd-mm-jjjj, numbers as numbers', async () => {
    const sheet = (await readBack(await toXlsx([table]))).getWorksheet('Kandidaten')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'Gestart op', 'Uren per week']);
    const started = sheet.getCell('B2');
    expect(started.type).toBe(ExcelJS.ValueType.Date);
    expect((started.value as Date).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(started.numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell('C2').value).toBe(16.5);
  });

  it('keeps text that starts like a formula a text cell, never a formula', async () => {
    const bytes = await toXlsx([table]);
    const sheet = (await readBack(bytes)).getWorksheet('Kandidaten')!;
    hostile.forEach((text, index) => {
      const cell = sheet.getCell(`A${index + 3}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
  });

  it('writes one sheet per table', async () => {
    const workbook = await readBack(await toXlsx([table, { ...table, title: 'Cijfers' }]));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kandidaten', 'Cijfers']);
  });
});

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM and separates with semicolons, dates dd-mm-jjjj, decimal comma', () => {
    const bytes = toCsv([table]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decode(bytes).slice(1).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Kandidaten',
      'Naam;Gestart op;Uren per week',
      'Fatma Çelik;01-02-2024;16,5',
    ]);
  });

  it('makes every field that Excel would read as a formula plain text', () => {
    const lines = decode(toCsv([table])).split('\r\n');
    expect(lines.slice(3, 7)).toEqual([
      `"'=HYPERLINK(""http://example.invalid"",""klik"")";;`,
      "'+31 6 1234;;",
      "'-2+3;;",
      "'@SUM(A1);;",
    ]);
  });

  it('neutralises the full-width forms, tabs and carriage returns too, and nothing else', () => {
    expect(['＝1+1', '\t=1', '\r=1', 'Jan', '', "'al tekst"].map(neutraliseFormula)).toEqual([
      "'＝1+1",
      "'\t=1",
      "'\r=1",
      'Jan',
      '',
      "'al tekst",
    ]);
  });

  it('puts tables one after the other, each under its title', () => {
    const text = decode(toCsv([table, { title: 'Cijfers', columns: table.columns, rows: [] }]));
    expect(text).toContain("'@SUM(A1);;\r\n\r\nCijfers\r\nNaam;Gestart op;Uren per week\r\n");
  });
});
