import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from './cells';

/**
 * Reading a coach's register (.xlsx or .csv) as hostile input: the size is checked before a byte
 * is read, a zip that says it unpacks to more than the limit is refused before it is unpacked,
 * sheets with more rows or columns than a register can have are refused, and formulas give
 * their cached result only (nothing is evaluated).
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ROWS = 5000;
export const MAX_COLUMNS = 60;

export interface SheetRow {
  /** The row number as Excel shows it, so a problem points at the right line. */
  number: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  /** Workbooks made on an old Mac count days from 1904; their serial numbers need that. */
  date1904: boolean;
  /** Every row with at least one value, header included, in order. */
  rows: SheetRow[];
}

export interface FileToRead {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/** Why a file was refused: an i18n key and its numbers (never a value from the file). */
export interface Refusal {
  key: string;
  params?: Record<string, string | number>;
}

export type ReadResult = { ok: true; sheets: Sheet[] } | { ok: false; refusal: Refusal };

/** 0..1 while reading: the reader yields to the page between chunks so it stays responsive. */
export type Progress = (fraction: number) => void;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

export async function readSpreadsheet(
  file: FileToRead,
  onProgress: Progress = () => {},
): Promise<ReadResult> {
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension !== 'xlsx' && extension !== 'csv') {
    return refuse('spreadsheet.refused.type');
  }
  if (file.size > MAX_FILE_BYTES) {
    return refuse('spreadsheet.refused.tooLarge', {
      size: megabytes(file.size),
      limit: megabytes(MAX_FILE_BYTES),
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  onProgress(0.1);
  return extension === 'csv' ? readCsv(bytes, onProgress) : readXlsx(bytes, onProgress);
}

const refuse = (key: string, params?: Refusal['params']): ReadResult => ({
  ok: false,
  refusal: params ? { key, params } : { key },
});

const tooManyRows = () => refuse('spreadsheet.refused.tooManyRows', { limit: MAX_ROWS });
const tooManyColumns = () => refuse('spreadsheet.refused.tooManyColumns', { limit: MAX_COLUMNS });

/** Gives the page a moment to paint the progress bar and handle input. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const CHUNK = 500;

async function readXlsx(bytes: Uint8Array, onProgress: Progress): Promise<ReadResult> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) return refuse('spreadsheet.refused.notXlsx');
  if (unpacked > MAX_UNPACKED_BYTES) {
    return refuse('spreadsheet.refused.unpacksTooLarge', {
      limit: megabytes(MAX_UNPACKED_BYTES),
    });
  }
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch {
    return refuse('spreadsheet.refused.notXlsx');
  }
  onProgress(0.5);
  const date1904 = workbook.properties.date1904 === true;
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.actualRowCount > MAX_ROWS + 1) return tooManyRows();
    // The highest column in use, not the count: one stray cell far right would widen every row.
    if (worksheet.columnCount > MAX_COLUMNS) return tooManyColumns();
    const rows: SheetRow[] = [];
    let seen = 0;
    const pending: ExcelJS.Row[] = [];
    worksheet.eachRow((row) => void pending.push(row));
    for (const row of pending) {
      const cells: Cell[] = [];
      row.eachCell((cell, column) => {
        cells[column - 1] = xlsxCell(cell.value);
      });
      const filled = Array.from({ length: cells.length }, (_, i) => cells[i] ?? null);
      if (filled.some((cell) => cell !== null)) rows.push({ number: row.number, cells: filled });
      if (++seen % CHUNK === 0) {
        onProgress(0.5 + (0.5 * seen) / pending.length);
        await breathe();
      }
    }
    sheets.push({ name: worksheet.name, date1904, rows });
  }
  onProgress(1);
  return { ok: true, sheets };
}

/** exceljs is large: screens load it when a file is read or written, not when they open. */
export const loadExcelJs = async () => (await import('exceljs')).default;

/** A cell's value as the reader keeps it: formulas by their cached result, never evaluated. */
export function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('error' in value) return { fault: 'error-value' };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined ? { fault: 'formula-without-result' } : xlsxCell(result);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

/**
 * The total size the zip's central directory declares for its entries, read before anything is
 * unpacked (a few hundred kilobytes can unpack to gigabytes); null when it is not a zip.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === null) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means "see the zip64 field": a register never needs that.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

function findEndOfCentralDirectory(view: DataView): number | null {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  return null;
}

/**
 * The separator the header line uses most: ";" from Dutch Excel, "," from elsewhere, tab from
 * a copy. Papa Parse's own guess stumbles over empty lines, which registers often have.
 */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (separator: string) => header.split(separator).length;
  return [';', ',', '\t'].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

/** Excel in the Netherlands saves CSV as Windows-1252 unless asked for UTF-8: accept both. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readCsv(bytes: Uint8Array, onProgress: Progress): Promise<ReadResult> {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    // Empty lines stay in, so row numbers match the lines Excel shows; they are skipped below.
    // One row more than allowed tells "too many" apart from "exactly the limit".
    preview: MAX_ROWS + 2,
  });
  if (parsed.errors.some((error) => error.type === 'Quotes')) {
    return refuse('spreadsheet.refused.brokenCsv');
  }
  if (parsed.data.length > MAX_ROWS + 1) return tooManyRows();
  const rows: SheetRow[] = [];
  for (const [index, line] of parsed.data.entries()) {
    if (line.length > MAX_COLUMNS) return tooManyColumns();
    const cells = line.map((text) => (text.trim() === '' ? null : text));
    if (cells.some((cell) => cell !== null)) rows.push({ number: index + 1, cells });
    if ((index + 1) % CHUNK === 0) {
      onProgress(0.1 + (0.9 * index) / parsed.data.length);
      await breathe();
    }
  }
  onProgress(1);
  return { ok: true, sheets: [{ name: 'CSV', date1904: false, rows }] };
}
