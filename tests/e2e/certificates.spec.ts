import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPages, pdfText } from './pdf-text';

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

  // One certificate from a completed trajectory's screen.
  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  await page.getByLabel('Status').selectOption({ label: 'Afgerond' });
  const row = page
    .getByRole('row')
    .filter({ has: page.locator('.row-link') })
    .first();
  const name = (await row.locator('.row-link').textContent()) ?? '';
  await row.locator('.row-link').click();
  await page.locator('.timeline-item a').first().click();
  await expect(page.getByRole('heading', { name: 'Getuigschrift' })).toBeVisible();
  const single = await download(
    page,
    () => page.getByRole('button', { name: 'Getuigschrift afdrukken' }).click(),
    testInfo.outputPath('getuigschrift.pdf'),
  );
  const text = pdfText(single);
  const number = /\b(\d{4}-\d{4})\b/.exec(text)?.[1];
  expect(number).toBeDefined();
  expect(text).toContain(name);
  expect(text).toContain('Stichting De Brug');
  await expect(page.getByText(`Uitgegeven als nummer ${number}`)).toBeVisible();

  // Three more in one batch: three pages, three new register entries.
  await page.getByRole('link', { name: 'Getuigschriften' }).click();
  const register = page.getByRole('region', { name: /Register/ });
  await expect(register.getByRole('row')).toHaveCount(2);
  const batch = page.getByRole('region', { name: 'Meerdere getuigschriften maken' });
  for (let index = 0; index < 3; index++) await batch.getByRole('checkbox').nth(index).check();
  const several = await download(
    page,
    () => batch.getByRole('button', { name: '3 getuigschriften maken' }).click(),
    testInfo.outputPath('getuigschriften.pdf'),
  );
  expect(pdfPages(several)).toBe(3);
  await expect(register.getByRole('row')).toHaveCount(5);
  const numbers = pdfText(several).match(/\b\d{4}-\d{4}\b/g) ?? [];
  expect(new Set(numbers).size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screenshots/getuigschriften.png', fullPage: true });
});
