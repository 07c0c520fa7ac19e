import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function setDate(page: Page, scope: string, label: string, value: string) {
  await page.getByRole('region', { name: scope }).getByLabel(label, { exact: true }).fill(value);
}

test('export voor de regio, import in een tweede profiel, de regio toont de cijfers', async ({
  openContext,
}, testInfo) => {
  // The exporting organisation: sample data with its own name.
  const source = await openContext();
  const page = await source.newPage();
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Linde');
  await page.getByRole('textbox', { name: 'Regio (optioneel)' }).fill('Regio Zwolle');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();

  await page.getByRole('link', { name: 'Regio', exact: true }).click();
  await setDate(page, 'Exporteren voor regio', 'Van', '2019-01-01');
  await setDate(page, 'Exporteren voor regio', 'Tot en met', '2019-12-31');
  await setDate(page, 'Exporteren voor regio', 'Peildatum', '2020-12-31');
  await page.getByLabel(/Met trajecten/).check();
  await page.getByRole('button', { name: 'Samenvatting tonen' }).click();
  await expect(page.getByText(/trajecten in het bestand/)).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bestand opslaan' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await page.screenshot({ path: 'test-results/screenshots/regio-export.png', fullPage: true });
  await source.close();

  // A partner with an empty database imports the file.
  const partner = await openContext();
  const other = await partner.newPage();
  await other.goto('#/regio');
  await other.getByLabel('Bestanden kiezen…').setInputFiles(file);
  await expect(other.locator('.toast', { hasText: '1 bestand geïmporteerd.' })).toBeVisible();
  await expect(
    other
      .getByRole('region', { name: 'Partnerorganisaties' })
      .getByRole('rowheader', { name: /Stichting De Linde/ }),
  ).toBeVisible();

  await setDate(other, 'Cijfers van de regio', 'Van', '2019-01-01');
  await setDate(other, 'Cijfers van de regio', 'Tot en met', '2019-12-31');
  await setDate(other, 'Cijfers van de regio', 'Peildatum', '2020-12-31');
  const total = other
    .getByRole('region', { name: 'Cijfers van de regio' })
    .locator('.region-total');
  for (const [label, value] of [
    ['Besproken', '40'],
    ['Gestart', '14'],
    ['Werkgevers', '8'],
    ['Afgerond', '5'],
    ['Naar betaald werk', '4'],
    ['Lopend', '6'],
    ['Voortijdig gestopt', '3'],
  ] as const) {
    await expect(
      total.locator('div', { has: other.getByText(label, { exact: true }) }).locator('dd'),
    ).toHaveText(value);
  }
  await other.screenshot({ path: 'test-results/screenshots/regio-import.png', fullPage: true });

  // A broken file is refused with a Dutch message and changes nothing.
  await other.getByLabel('Bestanden kiezen…').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "wep-regional-export", "version": 2'),
  });
  await expect(other.getByRole('alert').filter({ hasText: 'kapot.json' })).toBeVisible();
  const partners = other.getByRole('region', { name: 'Partnerorganisaties' });
  await expect(partners.getByRole('rowheader')).toHaveCount(1);
  await expect(partners.locator('li')).toHaveCount(1);
  await partner.close();
});
