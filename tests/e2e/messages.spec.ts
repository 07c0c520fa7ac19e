import { expect, test } from './fixtures';
import { newCandidate } from './steps';

/**
 * "Ongedaan maken" must stay long enough to read and reach: 10 s, and as long as the pointer is
 * on the message (Radix pauses its timer on hover and focus).
 */
test('de melding met Ongedaan maken blijft 10 s staan en wacht zolang de muis erop staat', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await newCandidate(page, 'Mila', 'Tromp');
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  const message = page.locator('.toast', { hasText: 'naar de prullenbak verplaatst' });
  await expect(message).toBeVisible();

  // Past the old 6 s, still there.
  await page.waitForTimeout(8_000);
  await expect(message).toBeVisible();

  // Hovered past the 10 s: it waits.
  await message.hover();
  await page.waitForTimeout(5_000);
  await expect(message).toBeVisible();

  // Let go: the rest of its time runs out.
  await page.mouse.move(5, 5);
  await expect(message).toBeHidden({ timeout: 8_000 });
});

test('Instap heeft een eigen favicon', async ({ page }) => {
  await page.goto('#/kandidaten');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/icon.*\.svg$/);
  const response = await page.request.get(new URL(href ?? '', page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
