import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveTrajectoryForm } from './steps';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

async function addEvaluation(page: Page, date: string, notes: string, statuses: string[]) {
  await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Datum').fill(date);
  await dialog.getByLabel('Verslag').fill(notes);
  const selects = dialog.getByLabel('Status');
  for (const [index, status] of statuses.entries()) {
    await selects.nth(index).selectOption({ label: status });
  }
  await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('een kandidaat volgen van aanmelding tot afgerond traject met betaald werk', async ({
  page,
}) => {
  await page.goto('#/kandidaten');
  await expect(page.getByText('Nog geen kandidaten')).toBeVisible();

  // A new candidate in a few fields (Ctrl+N opens the dialog).
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe kandidaat' });
  await dialog.getByLabel('Voornaam').fill('Aminata');
  await dialog.getByLabel('Achternaam').fill('Ouédraogo');
  await dialog.getByLabel('Besproken op').fill('2026-02-10');
  await dialog.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Aminata Ouédraogo' })).toBeVisible();

  // A trajectory at a new employer, created inline.
  await page.getByRole('link', { name: 'Nieuw traject' }).click();
  await page.getByLabel('Functie / rol').fill('Gastvrouw restaurant');
  await page.getByLabel('Werkgever').fill('Zorgcentrum De Linde');
  await page.getByLabel('Locatie / afdeling').fill('Restaurant');
  await page.getByLabel('Startdatum').fill('2026-03-02');
  await expect(page.getByLabel('Gepland einde')).toHaveValue('2026-09-02');
  await page.getByLabel('Uren per week').fill('45');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Maximaal 40.')).toBeVisible();
  await page.getByLabel('Uren per week').fill('16');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible();

  for (const goal of [
    'Op tijd aanwezig zijn en afmelden volgens afspraak',
    'Zelfstandig de lunchronde verzorgen',
    'Gasten vriendelijk te woord staan',
  ]) {
    await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).fill(goal);
    await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).press('Enter');
    await expect(page.getByRole('textbox', { name: /^Leerdoel \d$/ }).last()).toHaveValue(goal);
  }
  await page.getByRole('button', { name: 'Omhoog: Gasten vriendelijk te woord staan' }).click();
  await expect(page.getByRole('textbox', { name: 'Leerdoel 2' })).toHaveValue(
    'Gasten vriendelijk te woord staan',
  );

  await addEvaluation(page, '2026-05-01', 'Goede start, komt op tijd.', [
    'Behaald',
    'Bezig',
    'Bezig',
  ]);
  await addEvaluation(page, '2026-08-03', 'Draait zelfstandig mee.', [
    'Behaald',
    'Behaald',
    'Behaald',
  ]);
  await expect(page.locator('.evaluation')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: /^Status: / }).first()).toHaveValue('achieved');

  // Close: completed without an end date is refused, then completed with paid work.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Afgerond' });
  await saveTrajectoryForm(page);
  await expect(
    page.getByText('Een afgerond of gestopt traject heeft een einddatum nodig.'),
  ).toBeVisible();
  await page.getByLabel('Einddatum').fill('2026-09-01');
  await page.getByLabel('Uitstroom').selectOption({ label: 'Betaald werk' });
  await page.getByLabel('Werkgever (betaald werk)').fill('Zorgcentrum De Linde');
  await saveTrajectoryForm(page);
  await expect(page.getByText('Het traject is opgeslagen.', { exact: true })).toBeVisible();
  await shot(page, 'traject');

  await page.getByRole('link', { name: /Terug naar Aminata/ }).click();
  await expect(page.locator('.timeline-item')).toContainText('Afgerond');
  await shot(page, 'kandidaat');

  // The list shows the new status; search ignores case and diacritics.
  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  const row = page.getByRole('row', { name: /Aminata Ouédraogo/ });
  await expect(row).toContainText('Afgerond');
  await expect(row).toContainText('Zorgcentrum De Linde');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  for (const query of ['oudraogo', 'ouedraogo', 'OUÉDRAOGO', 'aminata linde']) {
    await page.getByRole('searchbox').fill(query);
    await expect(page.getByRole('row', { name: /Aminata Ouédraogo/ }), query).toBeVisible();
  }
  await page.getByRole('searchbox').fill('janssen');
  await expect(page.getByRole('row', { name: /Aminata/ })).toHaveCount(0);
  await page.getByRole('searchbox').fill('');
  await shot(page, 'kandidaten');

  // Delete and undo.
  await row.getByRole('link').click();
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.getByRole('row', { name: /Aminata/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('row', { name: /Aminata Ouédraogo/ })).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('row', { name: /Aminata Ouédraogo/ })).toContainText('Afgerond');
});
