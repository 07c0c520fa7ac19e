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
  // Sample data is offered only while the database is empty.
  await page.goto('#/instellingen');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();

  // Without organisation and signatory nothing is issued, and the screen says where to fill them in.
  await newCandidate(page, 'Sanne', 'Visser');
  await newTrajectory(page);
  await completeTrajectory(page, '2026-09-01');
  const refusal = page.getByRole('alert').filter({ hasText: 'kan nog niet worden uitgegeven' });
  await expect(refusal).toHaveText(
    'Het getuigschrift kan nog niet worden uitgegeven: vul eerst "Naam organisatie" en ' +
      '"Naam ondertekenaar" in bij Instellingen, onder Organisatie.',
  );
  await expect(page.getByRole('button', { name: 'Getuigschrift afdrukken' })).toBeDisabled();
  const trajectory = page.url();

  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByLabel('Plaats van ondertekening').fill('Zwolle');
  await page.getByLabel('Naam ondertekenaar').fill('Jan de Vries');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.', { exact: true })).toBeVisible();

  // One certificate from a completed trajectory's screen: the proposed text, edited, is printed.
  await page.goto(trajectory);
  const text = page.getByLabel('Tekst van het getuigschrift');
  await expect(text).toHaveValue(
    /^Sanne Visser heeft van 2 maart 2026 tot en met 1 september 2026 werkervaring opgedaan bij Stichting De Brug als medewerker groenvoorziening\./,
  );
  await text.fill(
    'Sanne Visser hield de tuinen van het zorgcentrum bij, met oog voor de bewoners.',
  );
  const single = await download(
    page,
    () => page.getByRole('button', { name: 'Getuigschrift afdrukken' }).click(),
    testInfo.outputPath('getuigschrift.pdf'),
  );
  const printed = pdfText(single);
  const number = /\b(\d{4}-\d{4})\b/.exec(printed)?.[1] ?? 'geen nummer in de PDF';
  expect(printed).toContain('Sanne Visser');
  expect(printed).toContain('hield de tuinen van het zorgcentrum bij');
  expect(printed).not.toContain('met goed gevolg');
  await expect(page.getByText(`Uitgegeven als nummer ${number}`)).toBeVisible();

  // Three more in one batch, the first reviewed and edited: three pages, three register entries.
  await page.getByRole('link', { name: 'Getuigschriften' }).click();
  const register = page.getByRole('region', { name: /Register/ });
  // The newest number heads the register.
  const newest = register.getByRole('row').nth(1);
  await expect(newest.getByRole('rowheader')).toHaveText(number);
  await expect(newest).toContainText('Sanne Visser');
  const before = await register.getByRole('row').count();
  const batch = page.getByRole('region', { name: 'Meerdere getuigschriften maken' });
  for (let index = 0; index < 3; index++) await batch.getByRole('checkbox').nth(index).check();
  await batch.getByRole('button', { name: 'Teksten een voor een controleren' }).click();
  const review = page.getByRole('dialog', { name: 'Getuigschrift 1 van 3 controleren' });
  await expect(review.getByLabel('Tekst van het getuigschrift')).not.toHaveValue('');
  await review.screenshot({ path: 'test-results/screenshots/getuigschrift-controleren.png' });
  await review
    .getByLabel('Tekst van het getuigschrift')
    .fill('Een gewaardeerde collega in de reeks.');
  await review.getByRole('button', { name: 'Volgende' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Getuigschrift 2 van 3 controleren' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const several = await download(
    page,
    () =>
      page
        .getByRole('dialog', { name: 'Getuigschrift 3 van 3 controleren' })
        .getByRole('button', { name: '3 getuigschriften maken' })
        .click(),
    testInfo.outputPath('getuigschriften.pdf'),
  );
  expect(pdfPages(several)).toBe(3);
  expect(pdfText(several)).toContain('Een gewaardeerde collega in de reeks.');
  await expect(register.getByRole('row')).toHaveCount(before + 3);
  const numbers = pdfText(several).match(/\b\d{4}-\d{4}\b/g) ?? [];
  expect(new Set(numbers).size).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screenshots/getuigschriften.png', fullPage: true });
});
