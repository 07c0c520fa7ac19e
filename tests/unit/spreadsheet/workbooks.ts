import ExcelJS from 'exceljs';
import type { FileToRead } from '../../../src-renderer/features/spreadsheet/read-spreadsheet';

/** Builds test workbooks in memory with exceljs: no binary fixtures in the repository. */
export async function workbookBytes(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  configure?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  configure?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function fileOf(name: string, bytes: Uint8Array | string): FileToRead {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: data.byteLength,
    arrayBuffer: async () =>
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
}

/** The sheet cells of a workbook read back with exceljs, as the tests check exports. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
  return workbook;
}
