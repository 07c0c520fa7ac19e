import { expect, test } from './fixtures';

test('voorbeeldgegevens laden en de resultaten van 2019 zien', async ({ page }) => {
  await page.goto('#/instellingen');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: /\d+ kandidaten geladen\./ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  await expect(page.getByText(/^(\d+) van \1 kandidaten$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/kandidaten-voorbeeld.png' });
  await page.getByRole('searchbox').fill('celik');
  await expect(page.getByRole('row', { name: /Çelik/ }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Resultaten' }).click();
  await page.getByLabel('Periode').selectOption({ label: 'Jaar 2019' });
  await page.getByLabel('Peildatum').fill('2020-12-31');
  const figure = (name: string) =>
    page.getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) }).locator('.figure-value');
  await expect(figure('Besproken')).toHaveText('40');
  await expect(figure('Gestart')).toHaveText('14');
  await expect(figure('Werkgevers')).toHaveText('8');
  await expect(figure('Afgerond')).toHaveText('5');
  await expect(figure('Naar betaald werk')).toHaveText('4');
  await expect(figure('Lopend')).toHaveText('6');
  await expect(figure('Voortijdig gestopt')).toHaveText('3');
  await page.screenshot({ path: 'test-results/screenshots/resultaten.png', fullPage: true });

  // The records behind a figure, and its definition.
  await page.getByRole('button', { name: /^3 Voortijdig gestopt$/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Achter “Voortijdig gestopt”: 3 trajecten' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Definitie van Gestart' }).click();
  await expect(
    page.getByText(
      'Trajecten met een startdatum in de periode, tot en met de peildatum (het cohort).',
    ),
  ).toBeVisible();
});
