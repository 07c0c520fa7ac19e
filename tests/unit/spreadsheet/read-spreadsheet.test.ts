import { describe, expect, it, vi } from 'vitest';
import {
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  declaredUnpackedSize,
  readSpreadsheet,
  type ReadResult,
} from '../../../src-renderer/features/spreadsheet/read-spreadsheet';
import { fileOf, workbookBytes } from './workbooks';

/** Spreadsheet input is hostile input: size, zip bombs, row and column counts, formulas. */

const sheetsOf = (result: ReadResult) => {
  if (!result.ok) throw new Error(`refused: ${result.refusal.key}`);
  return result.sheets;
};

describe('size limits, checked before reading', () => {
  it('refuses a file over the limit without reading a byte, saying size and limit', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const result = await readSpreadsheet({
      name: 'register.xlsx',
      size: MAX_FILE_BYTES + 1024 * 1024,
      arrayBuffer,
    });
    expect(result).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooLarge', params: { size: '6,0', limit: '5,0' } },
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file of exactly the limit', async () => {
    const bytes = new TextEncoder().encode('Voornaam;Achternaam\r\n'.padEnd(MAX_FILE_BYTES, ' '));
    expect(sheetsOf(await readSpreadsheet(fileOf('register.csv', bytes)))[0]?.rows).toHaveLength(1);
  });

  it('refuses other file types', async () => {
    const result = await readSpreadsheet(fileOf('register.xls', 'x'));
    expect(result).toEqual({ ok: false, refusal: { key: 'spreadsheet.refused.type' } });
  });

  it('refuses a zip that declares more unpacked bytes than the limit, before unpacking', async () => {
    const bytes = await workbookBytes({ Register: [['Voornaam'], ['Fatma']] });
    expect(declaredUnpackedSize(bytes)).toBeLessThan(100_000);
    // Make the central directory claim one entry unpacks to just over the limit.
    const view = new DataView(bytes.buffer);
    let entry = -1;
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        entry = view.getUint32(i + 16, true);
        break;
      }
    }
    view.setUint32(entry + 24, MAX_UNPACKED_BYTES + 1, true);
    expect(await readSpreadsheet(fileOf('bom.xlsx', bytes))).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.unpacksTooLarge', params: { limit: '100,0' } },
    });
  });

  it('refuses bytes that are no xlsx', async () => {
    const result = await readSpreadsheet(fileOf('register.xlsx', 'Voornaam;Achternaam'));
    expect(result).toEqual({ ok: false, refusal: { key: 'spreadsheet.refused.notXlsx' } });
  });
});

describe('row and column limits', () => {
  const rows = (count: number) => [
    ['Voornaam', 'Achternaam'],
    ...Array.from({ length: count }, (_, i) => [`Voornaam${i}`, 'Jansen']),
  ];

  it('reads a sheet of exactly the row limit and refuses one row more (xlsx)', async () => {
    const atLimit = await readSpreadsheet(
      fileOf('register.xlsx', await workbookBytes({ Register: rows(MAX_ROWS) })),
    );
    expect(sheetsOf(atLimit)[0]?.rows).toHaveLength(MAX_ROWS + 1);
    const over = await readSpreadsheet(
      fileOf('register.xlsx', await workbookBytes({ Register: rows(MAX_ROWS + 1) })),
    );
    expect(over).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooManyRows', params: { limit: MAX_ROWS } },
    });
  }, 60_000);

  it('refuses a CSV of one row more than the limit', async () => {
    const csv = rows(MAX_ROWS + 1)
      .map((line) => line.join(';'))
      .join('\n');
    expect(await readSpreadsheet(fileOf('register.csv', csv))).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooManyRows', params: { limit: MAX_ROWS } },
    });
  });

  it('refuses a sheet wider than the column limit', async () => {
    const wide = [Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `Kolom ${i}`)];
    expect(
      await readSpreadsheet(fileOf('wide.xlsx', await workbookBytes({ Blad1: wide }))),
    ).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooManyColumns', params: { limit: MAX_COLUMNS } },
    });
    const stray = await workbookBytes({ Blad1: [['Voornaam'], ['Fatma']] }, (workbook) => {
      workbook.worksheets[0]!.getCell(2, 16_384).value = 'x';
    });
    expect(await readSpreadsheet(fileOf('stray.xlsx', stray))).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooManyColumns', params: { limit: MAX_COLUMNS } },
    });
    expect(await readSpreadsheet(fileOf('wide.csv', wide[0]!.join(';')))).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.tooManyColumns', params: { limit: MAX_COLUMNS } },
    });
  });
});

describe('xlsx cells', () => {
  it('takes the cached result of a formula and never evaluates one', async () => {
    const bytes = await workbookBytes({
      Register: [
        ['Voornaam', 'Uren', 'Link', 'Leeg', 'Fout', 'Opgemaakt'],
        [
          'Fatma',
          { formula: '8*2', result: 16 },
          { formula: 'HYPERLINK("http://example.invalid","klik")', result: 'klik' },
          { formula: '1+1' } as never,
          { error: '#N/A' },
          { richText: [{ text: 'De ' }, { font: { bold: true }, text: 'Linde' }] },
        ],
      ],
    });
    const [sheet] = sheetsOf(await readSpreadsheet(fileOf('register.xlsx', bytes)));
    expect(sheet?.rows[1]).toEqual({
      number: 2,
      cells: [
        'Fatma',
        16,
        'klik',
        { fault: 'formula-without-result' },
        { fault: 'error-value' },
        'De Linde',
      ],
    });
  });

  it('lists every sheet by name, keeps Excel row numbers and skips empty rows', async () => {
    const bytes = await workbookBytes({
      Toelichting: [['Dit blad is uitleg']],
      Register: [['Voornaam'], [], ['Fatma'], [null], ['Jan']],
    });
    const sheets = sheetsOf(await readSpreadsheet(fileOf('register.xlsx', bytes)));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Toelichting', 'Register']);
    expect(sheets[1]?.rows.map((row) => row.number)).toEqual([1, 3, 5]);
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    const bytes = await workbookBytes({ Register: [['Voornaam'], ['Fatma']] });
    await readSpreadsheet(fileOf('register.xlsx', bytes), (fraction) => seen.push(fraction));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('CSV', () => {
  it('reads semicolons (Dutch Excel) and commas, with a BOM, keeping line numbers', async () => {
    const semicolons = sheetsOf(
      await readSpreadsheet(
        fileOf('a.csv', '\uFEFFVoornaam;Achternaam\r\n\r\nFatma;"Çelik; jr"\r\n'),
      ),
    );
    expect(semicolons[0]?.rows).toEqual([
      { number: 1, cells: ['Voornaam', 'Achternaam'] },
      { number: 3, cells: ['Fatma', 'Çelik; jr'] },
    ]);
    const commas = sheetsOf(
      await readSpreadsheet(fileOf('b.csv', 'Voornaam,Achternaam\nJan,Smit')),
    );
    expect(commas[0]?.rows[1]?.cells).toEqual(['Jan', 'Smit']);
  });

  it('reads a Windows-1252 file as Dutch Excel saves it by default', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Voornaam;Achternaam\r\nJos;'),
      0xc7, // Ç in Windows-1252
      ...new TextEncoder().encode('elik'),
    ]);
    const sheets = sheetsOf(await readSpreadsheet(fileOf('oud.csv', bytes)));
    expect(sheets[0]?.rows[1]?.cells).toEqual(['Jos', 'Çelik']);
  });

  it('keeps text that looks like a formula as text', async () => {
    const sheets = sheetsOf(
      await readSpreadsheet(fileOf('a.csv', 'Voornaam;Achternaam\n=1+1;Smit')),
    );
    expect(sheets[0]?.rows[1]?.cells).toEqual(['=1+1', 'Smit']);
  });

  it('refuses a file with a quote that is never closed', async () => {
    expect(await readSpreadsheet(fileOf('a.csv', 'Voornaam;Achternaam\n"Fatma;Smit\n'))).toEqual({
      ok: false,
      refusal: { key: 'spreadsheet.refused.brokenCsv' },
    });
  });
});
