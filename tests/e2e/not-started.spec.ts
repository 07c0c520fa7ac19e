import { expect, test } from './fixtures';
import { newCandidate } from './steps';

/**
 * Issue 15, point 5 as the coach meets it: a discussed candidate who will not start gets a
 * reason, and Resultaten counts them under it instead of as waiting.
 */
test('een bespreking afsluiten met een reden en die terugzien in Resultaten', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Discussed today (the dialog's default), so this year's Resultaten counts the candidate.
  await newCandidate(page, 'Noor', 'Visser');

  const discussion = page.getByRole('region', { name: 'Bespreking', exact: true });
  await discussion.getByRole('button', { name: 'Bespreking afsluiten' }).click();
  await expect(discussion.getByRole('alert')).toHaveText('Kies een reden niet gestart.');
  await discussion.getByLabel('Reden niet gestart').selectOption({ label: 'Zag ervan af' });
  await discussion.getByRole('button', { name: 'Bespreking afsluiten' }).click();
  await expect(discussion).toContainText('Afgesloten, niet gestart: Zag ervan af');
  await page.screenshot({ path: 'test-results/screenshots/bespreking-afgesloten.png' });

  await page.getByRole('link', { name: 'Resultaten' }).click();
  const notStarted = page.getByRole('region', { name: 'Besproken, niet gestart' });
  const count = (reason: string) =>
    notStarted
      .getByRole('listitem')
      .filter({ has: page.getByText(reason, { exact: true }) })
      .locator('.bar-value');
  await expect(count('Zag ervan af')).toHaveText('1');
  await expect(count('Wacht nog')).toHaveText('0');
  await page.screenshot({ path: 'test-results/screenshots/resultaten-niet-gestart.png' });

  // Reopened, the candidate is waiting again.
  await page.goBack();
  await page
    .getByRole('region', { name: 'Bespreking', exact: true })
    .getByRole('button', { name: 'Heropenen' })
    .click();
  await page.getByRole('link', { name: 'Resultaten' }).click();
  await expect(count('Wacht nog')).toHaveText('1');
  await expect(count('Zag ervan af')).toHaveText('0');
});

/** The screens of issue 15 with the sample data, as a coach on a 1366 × 768 laptop sees them. */
test('Resultaten, kandidaat en traject met de voorbeeldgegevens', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('#/instellingen');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: /\d+ kandidaten geladen\./ })).toBeVisible();

  await page.getByRole('link', { name: 'Resultaten' }).click();
  await page.getByLabel('Periode').selectOption({ label: 'Jaar 2024' });
  await expect(page.getByRole('region', { name: 'Besproken, niet gestart' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/i15-resultaten.png', fullPage: true });
  await page.screenshot({ path: 'test-results/screenshots/i15-resultaten-boven.png' });

  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  await page.getByLabel('Status').selectOption({ label: 'Afgerond' });
  await page.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Trajecten' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/i15-kandidaat.png', fullPage: true });
  await page.locator('.timeline-item a').first().click();
  await expect(page.getByRole('heading', { name: 'Trainingen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/i15-traject.png', fullPage: true });

  await page.getByRole('link', { name: 'Werkgevers' }).click();
  await page.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Aangeboden plekken' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/i15-werkgever.png', fullPage: true });

  await page.getByRole('link', { name: 'Regio' }).click();
  await expect(
    page.getByRole('heading', { name: 'Niet gestart, uitstroom en nazorg' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/i15-regio.png', fullPage: true });
});
