import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { browserDate as inDays } from './settings';

/** One group of Vandaag, by the start of its heading (the count follows it). */
const group = (page: Page, title: string) =>
  page.getByRole('region', { name: new RegExp(`^${title}`) });

async function openVandaag(page: Page) {
  await page.getByRole('link', { name: 'Vandaag', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vandaag', exact: true })).toBeVisible();
  await expect(page.getByText(/^Er (staat|staan) \d+ (taak|taken) open\.$/)).toBeVisible();
}

/** Follows the first line of a group; answers the person's name it carried. */
async function followFirst(tasks: Locator): Promise<string> {
  const line = tasks.getByRole('link').first();
  const name = (await line.textContent()) ?? '';
  expect(name).not.toBe('');
  await line.click();
  return name;
}

test('de ochtend van een werkcoach: drie taken van Vandaag afhandelen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByLabel('Datum volgend regionaal overleg').fill(inDays(10));
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(
    page.locator('.toast', { hasText: 'De instellingen zijn opgeslagen.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();

  await openVandaag(page);
  await page.screenshot({ path: 'test-results/screenshots/vandaag.png' });
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  // At 200 % zoom (683 × 384 CSS pixels) the lines wrap: nothing scrolls sideways.
  await page.setViewportSize({ width: 683, height: 384 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screenshots/vandaag-200.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  // An evaluation that is due: held today, the line goes.
  const evaluations = group(page, 'Evaluatie houden');
  const evaluated = await followFirst(evaluations);
  await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evaluatie toevoegen' });
  await dialog.getByLabel('Verslag').fill('Werkt zelfstandiger; volgende stap: meer uren.');
  await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(dialog).toBeHidden();
  await openVandaag(page);
  await expect(evaluations.getByRole('link', { name: evaluated, exact: true })).toHaveCount(0);

  // No coaching contact for weeks: a phone call logged, the line goes.
  const contacts = group(page, 'Contact opnemen');
  const contacted = await followFirst(contacts);
  const entry = page.getByRole('form', { name: 'Contact vastleggen' });
  await entry.getByLabel('Soort contact').selectOption({ label: 'Telefonisch' });
  await entry.getByLabel('Minuten').fill('15');
  await entry.getByLabel('Minuten').press('Enter');
  await expect(page.locator('.toast', { hasText: 'Het contact is vastgelegd.' })).toBeVisible();
  await openVandaag(page);
  await expect(contacts.getByRole('link', { name: contacted, exact: true })).toHaveCount(0);

  // On the next meeting's agenda without consent: consent recorded (today's date comes with it).
  const consents = group(page, 'Toestemming vastleggen');
  const consented = await followFirst(consents);
  await expect(page.getByRole('heading', { name: consented, exact: true })).toBeVisible();
  await page.getByLabel('Mag met naam besproken worden in het regionale overleg').check();
  await expect(page.getByLabel('Toestemming gegeven op')).toHaveValue(inDays(0));
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.locator('.toast', { hasText: 'De kandidaat is opgeslagen.' })).toBeVisible();
  await openVandaag(page);
  await expect(consents.getByRole('link', { name: consented, exact: true })).toHaveCount(0);
});
