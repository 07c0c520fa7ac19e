import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** A valid records-level file made large by repeating its records under new refs. */
function largeExport(copies: number): Buffer {
  const file = JSON.parse(
    readFileSync(
      path.join('tests', 'fixtures', 'exchange', 'stichting-de-linde-2019-records.json'),
      'utf8',
    ),
  ) as { trajectories: { ref: string; candidateRef: string }[]; summary: unknown };
  const original = file.trajectories;
  file.trajectories = Array.from({ length: copies }, (_, copy) =>
    original.map((record) => ({
      ...record,
      ref: `${record.ref}-${copy}`,
      candidateRef: `${record.candidateRef}-${copy}`,
    })),
  ).flat();
  return Buffer.from(JSON.stringify(file));
}

test('een import die halverwege wordt afgebroken laat alles of niets achter', async ({ page }) => {
  // Three rounds of a large import and a reload: about 35 s on a quiet two-core machine.
  test.setTimeout(180_000);
  const buffer = largeExport(800);
  for (const waitMs of [50, 400, 1200]) {
    await page.goto('#/regio');
    const partners = page.getByRole('region', { name: 'Partnerorganisaties' });
    await page.getByLabel('Bestanden kiezen…').setInputFiles({
      name: 'groot.json',
      mimeType: 'application/json',
      buffer,
    });
    // The page goes away mid-import, as when the app is closed or crashes.
    await page.waitForTimeout(waitMs);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Regio', exact: true })).toBeVisible();
    const rows = partners.getByRole('rowheader');
    const exports = partners.locator('li');
    // Either the whole file arrived (one organisation, one export) or nothing did.
    // Loaded: either the table or the "no partner data yet" line.
    await expect(partners.locator('table, p:has-text("Nog geen partnergegevens")')).toBeVisible();
    const [organisations, held] = [await rows.count(), await exports.count()];
    expect([0, 1]).toContain(organisations);
    expect(held).toBe(organisations);
    // Clean up for the next round: the database still works.
    if (organisations === 1) {
      page.once('dialog', (dialog) => void dialog.accept());
      await partners.getByRole('button', { name: 'Verwijderen' }).click();
      await expect(rows).toHaveCount(0);
    }
  }
});
