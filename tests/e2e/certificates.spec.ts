import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPages, pdfText } from './pdf-text';
import { completeTrajectory, newCandidate, newTrajectory } from './steps';

async function download(page: Page, click: () => Promise<void>, path: string) {
  const waiting = page.waitForEvent('download');
  await click();
  await (await waiting).saveAs(path);
  return path;
}

test('getuigschriften: één via het traject, drie in een reeks, met register', async ({
  page,
}, testInfo) => {
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByLabel('Plaats van ondertekening').fill('Zwolle');
  await page.getByLabel('Naam ondertekenaar').fill('Jan de Vries');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();

  // One certificate from a completed trajectory's screen. The sample set's completed placements
  // have theirs already, so this is a trajectory of the coach's own.
  await newCandidate(page, 'Sanne', 'Visser');
  await newTrajectory(page);
  await completeTrajectory(page, '2026-09-01');
  const single = await download(
    page,
    () => page.getByRole('button', { name: 'Getuigschrift afdrukken' }).click(),
    testInfo.outputPath('getuigschrift.pdf'),
  );
  const text = pdfText(single);
  const number = /\b(\d{4}-\d{4})\b/.exec(text)?.[1] ?? 'geen nummer in de PDF';
  expect(text).toContain('Sanne Visser');
  expect(text).toContain('Stichting De Brug');
  await expect(page.getByText(`Uitgegeven als nummer ${number}`)).toBeVisible();

  // Three more in one batch: three pages, three new register entries.
  await page.getByRole('link', { name: 'Getuigschriften' }).click();
  const register = page.getByRole('region', { name: /Register/ });
  // The newest number heads the register.
  const newest = register.getByRole('row').nth(1);
  await expect(newest.getByRole('rowheader')).toHaveText(number);
  await expect(newest).toContainText('Sanne Visser');
  const before = await register.getByRole('row').count();
  const batch = page.getByRole('region', { name: 'Meerdere getuigschriften maken' });
  for (let index = 0; index < 3; index++) await batch.getByRole('checkbox').nth(index).check();
  const several = await download(
    page,
    () => batch.getByRole('button', { name: '3 getuigschriften maken' }).click(),
    testInfo.outputPath('getuigschriften.pdf'),
  );
  expect(pdfPages(several)).toBe(3);
  await expect(register.getByRole('row')).toHaveCount(before + 3);
  const numbers = pdfText(several).match(/\b\d{4}-\d{4}\b/g) ?? [];
  expect(new Set(numbers).size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screenshots/getuigschriften.png', fullPage: true });
});
