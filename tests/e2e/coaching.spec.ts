import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfText } from './pdf-text';

const INTERNAL = 'Vertelde over zorgen thuis; intern houden';

async function logContact(
  page: Page,
  contact: { kind: string; minutes: string; note: string; internal?: boolean },
) {
  const entry = page.getByRole('form', { name: 'Contact vastleggen' });
  await entry.getByLabel('Soort contact').selectOption({ label: contact.kind });
  await entry.getByLabel('Minuten').fill(contact.minutes);
  if (contact.internal) await entry.getByLabel('Intern', { exact: true }).check();
  await entry.getByLabel('Notitie').fill(contact.note);
  // Enter saves: the quick entry takes a few keystrokes.
  await entry.getByLabel('Notitie').press('Enter');
  await expect(page.locator('.coaching-list tbody tr', { hasText: contact.note })).toBeVisible();
  await expect(entry.getByLabel('Minuten')).toHaveValue('');
}

test('begeleiding vastleggen en een voortgangsrapportage maken', async ({ page }, testInfo) => {
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

  await page.goto('#/kandidaten');
  await expect(page.getByRole('heading', { name: 'Kandidaten', exact: true })).toBeVisible();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe kandidaat' });
  await dialog.getByLabel('Voornaam').fill('Fatma');
  await dialog.getByLabel('Achternaam').fill('Çelik');
  await dialog.getByLabel('Besproken op').fill('2026-08-10');
  await dialog.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Fatma Çelik' })).toBeVisible();

  await page.getByRole('link', { name: 'Nieuw traject' }).click();
  await page.getByLabel('Functie / rol').fill('Medewerker facilitaire dienst');
  await page.getByLabel('Werkgever').fill('Zorgcentrum De Linde');
  await page.getByLabel('Werkcoach').fill('Sanne Bakker');
  await page.getByLabel('Startdatum').fill('2026-09-01');
  await page.getByLabel('Uren per week').fill('16');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Begeleiding' })).toBeVisible();

  const goal = 'Zelfstandig de ochtendronde met de koffiekar lopen';
  await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).fill(goal);
  await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Leerdoel 1' })).toHaveValue(goal);

  await logContact(page, {
    kind: 'Gesprek op de werkvloer',
    minutes: '45',
    note: 'Rondgang met de praktijkbegeleider',
  });
  await logContact(page, {
    kind: 'Driegesprek met werkgever',
    minutes: '60',
    note: 'Uitbreiding van de uren besproken',
  });
  await logContact(page, { kind: 'Telefonisch', minutes: '15', note: INTERNAL, internal: true });
  await expect(page.locator('.coaching-list tbody tr')).toHaveCount(3);
  await expect(page.locator('.coaching-total')).toContainText('Totaal 2 u in 3 contacten');
  await expect(page.locator('.coaching-list .badge.internal')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/begeleiding.png', fullPage: true });

  // The report: the conclusion is required, then the file arrives.
  await page.getByRole('button', { name: 'Voortgangsrapportage' }).click();
  const report = page.getByRole('dialog', { name: 'Voortgangsrapportage maken' });
  await report.getByRole('button', { name: 'Rapportage maken' }).click();
  await expect(report.getByText('Vul de conclusie in.')).toBeVisible();
  await report
    .getByLabel('Conclusie van de werkcoach')
    .fill('Fatma is goed gestart en werkt steeds zelfstandiger.');
  await report.getByLabel('Vervolgstappen').fill('Uren uitbreiden naar 20 per week.');
  const waiting = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Rapportage maken' }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toMatch(/^voortgangsrapportage-fatma-celik-.*\.pdf$/);
  const file = testInfo.outputPath('voortgangsrapportage.pdf');
  await download.saveAs(file);
  await expect(report).toBeHidden();

  const words = pdfText(file).replace(/\s+/g, ' ');
  for (const expected of [
    'Voortgangsrapportage',
    'Fatma Çelik',
    'Zorgcentrum De Linde',
    goal,
    'Totaal in de periode 3 2 uur',
    'Rondgang met de praktijkbegeleider',
    'Fatma is goed gestart en werkt steeds zelfstandiger.',
    'Uren uitbreiden naar 20 per week.',
  ]) {
    expect(words, expected).toContain(expected);
  }
  expect(words).not.toContain('intern houden');
  expect(words).not.toContain('zorgen thuis');
});
