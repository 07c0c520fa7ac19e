import { expect, test } from './fixtures';

test('Instellingen: opslaan, herladen en de gegevens staan er nog', async ({ page }) => {
  await page.goto('#/instellingen');
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();

  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByRole('textbox', { name: 'Regio (optioneel)' }).fill('Regio Zwolle');
  await page.getByLabel('Naam werkcoach').fill('Fatma Çelik');
  await page.getByLabel('Naam ondertekenaar').fill('Jan de Vries');
  await page.getByLabel('Functie ondertekenaar').fill('Directeur');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/instellingen.png', fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Naam organisatie')).toHaveValue('Stichting De Brug');
  await expect(page.getByRole('textbox', { name: 'Regio (optioneel)' })).toHaveValue(
    'Regio Zwolle',
  );
  await expect(page.getByLabel('Naam werkcoach')).toHaveValue('Fatma Çelik');
  await expect(page.getByLabel('Naam ondertekenaar')).toHaveValue('Jan de Vries');
  await expect(page.getByLabel('Functie ondertekenaar')).toHaveValue('Directeur');
  await expect(page.getByText(/Versie \d+\.\d+\.\d+ · In de browser/)).toBeVisible();
});

test('Instellingen: een lege organisatienaam geeft een Nederlandse melding', async ({ page }) => {
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('   ');
  await page.getByLabel('Naam werkcoach').fill('x'.repeat(81));
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Vul de naam van de organisatie in.')).toBeVisible();
  await expect(page.getByText('Maximaal 80 tekens.')).toBeVisible();
  await expect(page.getByLabel('Naam organisatie')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/instellingen-fouten.png' });
});
