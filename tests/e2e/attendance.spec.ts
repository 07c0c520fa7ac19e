import { expect, test } from './fixtures';
import { newCandidate, newTrajectory } from './steps';

test('presentie: een week invoeren met het toetsenbord, bewaard en meegeteld', async ({ page }) => {
  await newCandidate(page, 'Ilse', 'Visser');
  // Started on 02-03-2026 with 16 hours per week; the grid shows the last six weeks.
  await newTrajectory(page);
  const grid = page.getByRole('region', { name: 'Presentie' });
  const weeks = grid.getByRole('row');
  // The header row, then six weeks: the last full week is the one before this week.
  await expect(weeks).toHaveCount(7);
  const lastWeek = weeks.nth(5);
  const thisWeek = weeks.nth(6);
  await expect(lastWeek.getByRole('textbox', { name: /^Uren afgesproken/ })).toHaveValue('16');

  // "14 Tab 1 Enter": saved, and the cursor is in the next week's hours worked.
  await lastWeek.getByRole('textbox', { name: /^Uren gewerkt/ }).fill('14');
  await page.keyboard.press('Tab');
  await expect(lastWeek.getByRole('textbox', { name: /^Dagen afwezig/ })).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.toast', { hasText: 'De presentie is opgeslagen.' })).toBeVisible();
  const nextWorked = thisWeek.getByRole('textbox', { name: /^Uren gewerkt/ });
  await expect(nextWorked).toBeFocused();
  // A half hour with a decimal comma; the empty days-absent box counts as 0.
  await page.keyboard.type('7,5');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('status')).toHaveText(
    '2 weken genoteerd · 21,5 van 32 afgesproken uur gewerkt (67%) · 1 dag afwezig',
  );

  // A value that cannot be: named at the box, nothing saved; leaving asks first.
  await lastWeek.getByRole('textbox', { name: /^Dagen afwezig/ }).fill('9');
  await page.keyboard.press('Enter');
  await expect(grid.getByText('Vul 0 tot 7 dagen in.')).toBeVisible();
  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  const question = page.getByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Annuleren' }).click();
  await lastWeek.getByRole('textbox', { name: /^Dagen afwezig/ }).fill('1');

  // After a reload the weeks are as saved.
  await page.reload();
  await expect(lastWeek.getByRole('textbox', { name: /^Uren gewerkt/ })).toHaveValue('14');
  await expect(lastWeek.getByRole('textbox', { name: /^Dagen afwezig/ })).toHaveValue('1');
  await expect(thisWeek.getByRole('textbox', { name: /^Uren gewerkt/ })).toHaveValue('7,5');
  await expect(thisWeek.getByRole('textbox', { name: /^Dagen afwezig/ })).toHaveValue('0');
  await page.screenshot({ path: 'test-results/screenshots/presentie.png', fullPage: true });
  // At 200 % zoom (683 × 384 CSS pixels) the grid still fits: nothing scrolls sideways.
  await page.setViewportSize({ width: 683, height: 384 });
  await grid.scrollIntoViewIfNeeded();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await grid.screenshot({ path: 'test-results/screenshots/presentie-200.png' });
});
