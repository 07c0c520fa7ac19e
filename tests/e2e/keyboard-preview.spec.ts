import { expect, test } from './fixtures';

/**
 * The certificate preview shows the PDF in a frame. Chromium's PDF viewer keeps every key once it
 * has focus (Escape and Tab included), so the frame must never receive focus from the keyboard:
 * Tab stays on the dialog's own controls, Escape closes it, and focus goes back to the button.
 */
test('voorbeeld getuigschrift: Tab blijft in het venster, Escape sluit, focus terug', async ({
  page,
}) => {
  await page.goto('#/instellingen');
  await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
  await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();
  await page.goto('#/kandidaten');
  await page.getByLabel('Status').selectOption({ label: 'Afgerond' });
  await page.locator('.row-link').first().click();
  await page.locator('.timeline-item a').first().click();

  const open = page.getByRole('button', { name: 'Voorbeeld bekijken' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Voorbeeld getuigschrift' });
  await expect(dialog.locator('iframe')).toBeVisible();

  const focusedTag = () => page.evaluate(() => document.activeElement?.tagName ?? '');
  const focusInDialog = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
  expect(await focusedTag()).not.toBe('IFRAME');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedTag(), `na ${i + 1}× Tab`).not.toBe('IFRAME');
    expect(await focusInDialog(), `na ${i + 1}× Tab`).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});
