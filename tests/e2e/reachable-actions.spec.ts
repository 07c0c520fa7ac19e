import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newCandidate, newTrajectory } from './steps';

/**
 * Buttons stay within reach on a 1366 × 768 laptop and at 200 % zoom of it (683 × 384): a
 * dialog's footer stays on screen while its body scrolls, and messages never lie over a button.
 */
const viewports = [
  { width: 1366, height: 768 },
  { width: 683, height: 384 },
];

for (const viewport of viewports) {
  const size = `${viewport.width}×${viewport.height}`;

  test(`Evaluatie toevoegen: Opslaan staat in beeld bij ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await newCandidate(page, 'Sem', 'Visser');
    await newTrajectory(page);
    // Each goal adds a progress block to the dialog: three make it taller than the window.
    const goals = ['Op tijd beginnen', 'Zelf om nieuwe taken vragen', 'Veilig werken met machines'];
    for (const goal of goals) {
      await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).fill(goal);
      await page.getByRole('textbox', { name: 'Leerdoel toevoegen' }).press('Enter');
      await expect(page.getByRole('textbox', { name: /^Leerdoel \d$/ }).last()).toHaveValue(goal);
    }
    await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluatie toevoegen' });
    // Checked before any click: Playwright would scroll the button into view itself.
    await expect(dialog.getByRole('button', { name: 'Opslaan', exact: true })).toBeInViewport({
      ratio: 1,
    });
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `test-results/screens/evaluatie-${size}.png` });
  });

  test(`een melding na opslaan ligt over geen enkele knop bij ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await newCandidate(page, 'Lot', 'de Graaf');
    await newTrajectory(page);
    const message = page.locator('.toast', { hasText: 'Het traject is aangemaakt.' });
    await expect(message).toBeVisible();
    // The newest message is in front, not hidden behind the one before it.
    const box = await message.boundingBox();
    const inFront = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.toast')?.textContent ?? '',
      { x: (box?.x ?? 0) + 40, y: (box?.y ?? 0) + 20 },
    );
    expect(inFront).toContain('Het traject is aangemaakt.');
    await page.screenshot({ path: `test-results/screens/melding-${size}.png` });
    expect(await controlsUnder(page, '.toast-viewport')).toEqual([]);
  });
}

/** The names of the visible buttons, links and fields that the element overlaps. */
function controlsUnder(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((over) => {
    const cover = document.querySelector(over);
    if (!cover) throw new Error(`${over} ontbreekt`);
    const box = cover.getBoundingClientRect();
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select');
    return [...controls]
      .filter((control) => !cover.contains(control) && control.checkVisibility())
      .filter((control) => {
        const rect = control.getBoundingClientRect();
        return (
          rect.width > 0 &&
          rect.left < box.right &&
          rect.right > box.left &&
          rect.top < box.bottom &&
          rect.bottom > box.top
        );
      })
      .map(
        (control) =>
          control.textContent?.trim() || control.getAttribute('aria-label') || control.tagName,
      );
  }, selector);
}
