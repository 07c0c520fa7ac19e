import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * A coach brings their Excel register in and takes a filtered list out (issue 17): a realistic
 * register of 300 rows with three faulty rows is refused with each problem named and nothing
 * imported; fixed, it goes in whole; the filtered list exported to .xlsx reads back the same.
 */

const firstNames = [
  'Fatma',
  'Jan',
  'Sanne',
  'Ahmed',
  'Mariëlle',
  'Kees',
  'Aïsha',
  'Piet',
  'Noor',
  'Dewi',
];
const lastNames = [
  ['', 'Çelik'],
  ['van der', 'Berg'],
  ['de', 'Vries'],
  ['', 'Bakr'],
  ['', 'Ouédraogo'],
  ['van', 'Dijk'],
  ['', 'Jansen'],
  ['', 'Nowak'],
  ['ten', 'Bosch'],
  ['', 'Yılmaz'],
  ['', 'Smit'],
];
const employers = [
  'Zorgcentrum De Linde',
  'zorgcentrum de linde ',
  'Thuiszorg Oost',
  'Het Baken',
  'Isala',
];
const headers = [
  'Voornaam',
  'Tussenvoegsel',
  'Achternaam',
  'Geboortedatum',
  'Besproken op',
  'Uitkering',
  'Werkgever',
  'Gestart op',
  'Uren per week',
  'Status',
  'Einddatum',
  'Reden van stoppen',
  'Uitstroom',
  'Opmerking',
];

const day = (base: string, days: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000);
const dutch = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('-');
const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569;

interface Person {
  firstName: string;
  lastName: string;
  status: 'Besproken' | 'Lopend' | 'Afgerond' | 'Voortijdig gestopt';
}

/** Row i of the register (sheet row i + 2); dates as date cells, text and serial numbers alike. */
function registerRow(i: number): { cells: ExcelJS.CellValue[]; person: Person } {
  const [infix, lastName] = lastNames[(i * 7) % lastNames.length] as [string, string];
  const firstName = firstNames[i % firstNames.length] as string;
  const birth = day('1965-01-01', i * 41);
  const discussed = day('2023-01-09', (i % 100) * 6);
  const started = day('2023-02-13', (i % 100) * 6);
  const status = (['Besproken', 'Lopend', 'Afgerond', 'Voortijdig gestopt'] as const)[i % 4]!;
  const closed = status === 'Afgerond' || status === 'Voortijdig gestopt';
  const cells: ExcelJS.CellValue[] = [
    firstName,
    infix || null,
    lastName,
    i % 3 === 0 ? birth : i % 3 === 1 ? dutch(birth) : serial(birth),
    i % 2 === 0 ? discussed : dutch(discussed),
    ['WW', 'Participatiewet (bijstand)', 'Wajong', 'Geen'][i % 4]!,
    status === 'Besproken' ? null : employers[i % employers.length]!,
    status === 'Besproken' ? null : started,
    status === 'Besproken' ? null : i % 5 === 0 ? { formula: '8*2', result: 16 } : 24,
    status,
    closed ? day('2023-08-01', (i % 100) * 6) : null,
    status === 'Voortijdig gestopt' ? 'Motivatie' : null,
    status === 'Afgerond' ? 'Betaald werk' : null,
    i === 10 ? '=HYPERLINK("http://example.invalid";"klik")' : null,
  ];
  return {
    cells,
    person: { firstName, lastName: [infix, lastName].filter(Boolean).join(' '), status },
  };
}

const FAULTS = { birthDate: 55, hours: 138, stopReason: 231 } as const;

async function writeRegister(path: string, withFaults: boolean): Promise<Person[]> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('Toelichting')
    .addRow(['Register werkervaringsplaatsen, bijgewerkt door de coach']);
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow(headers);
  const people: Person[] = [];
  for (let i = 0; i < 300; i++) {
    const { cells, person } = registerRow(i);
    if (withFaults && i === FAULTS.birthDate) cells[3] = '31-02-1988';
    if (withFaults && i === FAULTS.hours) cells[8] = 'veel';
    if (withFaults && i === FAULTS.stopReason) cells[11] = null;
    sheet.addRow(cells);
    people.push(person);
  }
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return people;
}

test('register uit Excel importeren, fouten herstellen, gefilterde lijst naar Excel', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const faulty = testInfo.outputPath('register-met-fouten.xlsx');
  const fixed = testInfo.outputPath('register.xlsx');
  await writeRegister(faulty, true);
  const people = await writeRegister(fixed, false);

  await page.goto('#/kandidaten');
  await page.getByRole('link', { name: 'Importeren uit Excel' }).click();
  await expect(page.getByRole('heading', { name: 'Register importeren' })).toBeVisible();

  // The faulty register: every problem named by row and column, nothing imported. The file is
  // read in a worker, off the page's thread.
  const reader = page.waitForEvent('worker');
  await page.getByLabel('Bestand kiezen').setInputFiles(faulty);
  expect((await reader).url()).toMatch(/read-worker/);
  const problems = page.getByRole('alert').filter({ hasText: 'er wordt niets geïmporteerd' });
  await expect(problems).toContainText('3 problemen: er wordt niets geïmporteerd');
  await expect(problems.getByRole('listitem')).toHaveText([
    `Rij ${FAULTS.birthDate + 2}, kolom D (Geboortedatum): geen geldige datum; schrijf de datum als dd-mm-jjjj`,
    `Rij ${FAULTS.hours + 2}, kolom I (Uren per week): geen geldig getal`,
    new RegExp(`^Rij ${FAULTS.stopReason + 2}, kolom L \\(Reden van stoppen\\): `),
  ]);
  // An Excel serial number is previewed as the date it will become.
  await expect(page.locator('tr', { hasText: 'Sanne' }).first()).toContainText('24-03-1965');
  await expect(page.getByRole('combobox', { name: 'Werkblad' })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Kolom N' })).toHaveValue('');
  await expect(page.getByRole('button', { name: /kandidaten importeren/ })).toBeDisabled();
  await page.screenshot({
    path: 'test-results/screenshots/register-import-fouten.png',
    fullPage: true,
  });
  await page.getByRole('link', { name: 'Terug naar kandidaten' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen kandidaten' })).toBeVisible();

  // Fixed: all 300 go in.
  await page.getByRole('link', { name: 'Importeren uit Excel' }).click();
  await page.getByLabel('Bestand kiezen').setInputFiles(fixed);
  const importAll = page.getByRole('button', { name: 'Alle 300 kandidaten importeren' });
  await expect(importAll).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await importAll.click();
  await expect(page.locator('.toast', { hasText: '300 kandidaten geïmporteerd.' })).toBeVisible();
  await expect(page.getByText('300 van 300 kandidaten')).toBeVisible();

  await page.getByRole('searchbox').fill('Ouédraogo');
  const named = people.filter((person) => person.lastName === 'Ouédraogo');
  await expect(page.getByText(`${named.length} van 300 kandidaten`)).toBeVisible();
  await expect(
    page.getByRole('link', { name: `${named[0]!.firstName} Ouédraogo` }).first(),
  ).toBeVisible();

  // Export the filtered list and read it back.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ongoing');
  const expected = named.filter((person) => person.status === 'Lopend');
  await expect(page.getByText(`${expected.length} van 300 kandidaten`)).toBeVisible();
  const waiting = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Lijst exporteren' })
    .getByRole('button', { name: 'Excel (.xlsx)' })
    .click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/^kandidaten-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const exported = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(exported);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('Kandidaten')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 3)).toEqual(['Voornaam', 'Tussenvoegsel', 'Achternaam']);
  const column = (name: string) => header.indexOf(name) + 1;
  const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
  expect(
    rows
      .map(
        (row) =>
          `${String(row.getCell(column('Voornaam')).value)}|${String(row.getCell(column('Status')).value)}`,
      )
      .sort(),
  ).toEqual(expected.map((person) => `${person.firstName}|Lopend`).sort());
  const started = rows[0]!.getCell(column('Gestart op'));
  expect(started.type).toBe(ExcelJS.ValueType.Date);
});
