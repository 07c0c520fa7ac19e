import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Serious and critical findings of axe on what is on screen now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/**
 * Both tests run on a laptop screen and at 200 % zoom of it (683 × 384 CSS pixels, WCAG 1.4.10):
 * there the sidebar is a top bar with a Menu button and no screen may scroll sideways.
 */
const viewports = [
  { name: '1366x768', width: 1366, height: 768, narrow: false },
  { name: '683x384', width: 683, height: 384, narrow: true },
];

/** How far the page reaches past the window's right edge (0: no sideways scrolling). */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const viewport of viewports) {
  test.describe(`venster ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('elk scherm zonder ernstige toegankelijkheidsfouten (axe)', async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('#/instellingen');
      await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
      await expect(page.locator('.toast', { hasText: 'kandidaten geladen' })).toBeVisible();

      const screens: [string, () => Promise<unknown>][] = [
        ['Instellingen', async () => page.goto('#/instellingen')],
        ['Kandidaten', async () => page.goto('#/kandidaten')],
        [
          'Kandidaat',
          async () => {
            await page.goto('#/kandidaten');
            await page.locator('.row-link').first().click();
          },
        ],
        [
          'Traject',
          async () => {
            await page.goto('#/kandidaten');
            await page.getByLabel('Status').selectOption({ label: 'Afgerond' });
            await page.locator('.row-link').first().click();
            await page.locator('.timeline-item a').first().click();
          },
        ],
        ['Resultaten', async () => page.goto('#/resultaten')],
        ['Regio', async () => page.goto('#/regio')],
        ['Overleg', async () => page.goto('#/overleg')],
        ['Getuigschriften', async () => page.goto('#/getuigschriften')],
        ['Prullenbak', async () => page.goto('#/prullenbak')],
        ['Sneltoetsen', async () => page.goto('#/help')],
        ['Handleiding', async () => page.goto('#/handleiding')],
      ];
      for (const [name, open] of screens) {
        await open();
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: `test-results/screenshots/zoom/${viewport.name}-${name.toLowerCase()}.png`,
        });
        expect(await seriousViolations(page), name).toEqual([]);
        expect(await sidewaysOverflow(page), `${name}: zijwaarts scrollen`).toBeLessThanOrEqual(0);
        if (viewport.narrow) {
          // The screen keeps the window's width: no sidebar beside it.
          const main = await page.locator('main').boundingBox();
          expect(main?.width, name).toBe(viewport.width);
        }
      }
    });

    test('alleen met het toetsenbord: kandidaat aanmaken en terugvinden', async ({ page }) => {
      await page.goto('#/kandidaten');
      await expect(page.getByRole('heading', { name: 'Kandidaten', exact: true })).toBeVisible();
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.type('Søren');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Jørgensen');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Søren Jørgensen' })).toBeVisible();

      // Back through the navigation with Tab and Enter only.
      const kandidaten = page.getByRole('link', { name: 'Kandidaten', exact: true });
      const menu = page.getByRole('button', { name: 'Menu' });
      const target = viewport.narrow ? menu : kandidaten;
      for (
        let i = 0;
        i < 40 && !(await target.evaluate((element) => element === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Shift+Tab');
      }
      if (viewport.narrow) {
        // The top bar's menu: Enter opens it, Escape folds it and leaves focus on the button.
        await expect(kandidaten).toBeHidden();
        await page.keyboard.press('Enter');
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        await expect(kandidaten).toBeHidden();
        await expect(menu).toBeFocused();
        await page.keyboard.press('Enter');
        for (
          let i = 0;
          i < 12 && !(await kandidaten.evaluate((l) => l === document.activeElement));
          i++
        ) {
          await page.keyboard.press('Tab');
        }
      }
      await expect(kandidaten).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.press('/');
      await expect(page.getByRole('searchbox')).toBeFocused();
      await page.keyboard.type('jorgensen');
      await expect(page.getByRole('row', { name: /Søren Jørgensen/ })).toBeVisible();
      // The row's link takes the keyboard to the candidate.
      await page.keyboard.press('Tab');
      for (let i = 0; i < 20 && !(await page.locator('.row-link:focus').count()); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(page.locator('.row-link:focus')).toHaveText('Søren Jørgensen');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Søren Jørgensen' })).toBeVisible();
    });
  });
}
