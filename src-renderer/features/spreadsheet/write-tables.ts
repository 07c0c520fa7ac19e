import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { IsoDate } from '../../../src-shared/domain/codes';
import { loadExcelJs } from './read-spreadsheet';

/**
 * The one writer behind every spreadsheet export (the candidate list, the figures of
 * Resultaten): named tables in, an .xlsx workbook (one sheet per table) or a CSV file out.
 */
export type ColumnType = 'text' | 'date' | 'number';
export interface Column {
  header: string;
  type: ColumnType;
}
/** Text, a number, or for a date column a `YYYY-MM-DD` date; null leaves the cell empty. */
export type Value = string | number | IsoDate | null;

export interface Table {
  /** The sheet's name (at most 31 characters, as Excel allows) and the CSV section's title. */
  title: string;
  columns: Column[];
  rows: Value[][];
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

export function writeTables(tables: readonly Table[], format: SpreadsheetFormat) {
  return format === 'xlsx' ? toXlsx(tables) : Promise.resolve(toCsv(tables));
}

const DATE_FORMAT = 'dd-mm-yyyy';

/**
 * Dates become real date cells (sortable, filterable); text always becomes a text cell, never a
 * formula, whatever it starts with: a text cell is not evaluated when the file is opened.
 */
export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Instap';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.type === 'text' ? 28 : 14,
      style: column.type === 'date' ? { numFmt: DATE_FORMAT } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const values of table.rows) {
      sheet.addRow(table.columns.map((column, index) => xlsxValue(column, values[index] ?? null)));
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxValue(column: Column, value: Value): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year as number, (month as number) - 1, day));
  }
  // Plain strings are text cells in exceljs; a formula needs an object, which is never made here.
  return value;
}

/**
 * CSV as Dutch Excel opens it with a double click: semicolons (Excel takes the list separator
 * from the regional settings, ";" in the Netherlands), a UTF-8 byte order mark (without it
 * Excel reads UTF-8 as Windows-1252 and "Çelik" breaks), dates as dd-mm-jjjj, decimal commas.
 * Several tables follow each other, each under its title, with an empty line between.
 */
export function toCsv(tables: readonly Table[]): Uint8Array {
  const sections = tables.map((table) =>
    Papa.unparse(
      [
        [neutraliseFormula(table.title)],
        table.columns.map((column) => neutraliseFormula(column.header)),
        ...table.rows.map((values) =>
          table.columns.map((column, index) => csvValue(column, values[index] ?? null)),
        ),
      ],
      { delimiter: ';', newline: '\r\n', quotes: false },
    ),
  );
  return new TextEncoder().encode(`\uFEFF${sections.join('\r\n\r\n')}\r\n`);
}

function csvValue(column: Column, value: Value): string {
  if (value === null) return '';
  if (column.type === 'date' && typeof value === 'string') {
    return value.split('-').reverse().join('-');
  }
  if (typeof value === 'number') return String(value).replace('.', ',');
  return neutraliseFormula(value);
}

/**
 * CSV injection: a field that starts with = + - @ (or their full-width forms, or a tab or
 * carriage return) is read by Excel as a formula. A leading apostrophe makes it text (OWASP).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}
