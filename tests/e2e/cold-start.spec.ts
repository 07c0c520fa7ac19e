import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_BASE_URL, SESSION_FILE } from './settings';

/**
 * The cold start (issue 18): index.html holds the app's frame and its style sheet, so the window
 * paints it before any script runs or any other file arrives, and React's first render takes it over where it stands; the opening screen's
 * code is fetched while the database opens, not after.
 */
const navigation = [
  'Vandaag',
  'Kandidaten',
  'Resultaten',
  'Regio',
  'Werkgevers',
  'Overleg',
  'Getuigschriften',
  'Instellingen',
  'Prullenbak',
  'Sneltoetsen',
  'Handleiding',
];

/**
 * Where the frame's parts stand (hidden ones as zeros); the bar's and the main area's heights
 * follow the screen's length, so only their place and width count.
 */
function frameGeometry(page: Page) {
  return page.evaluate(() => {
    const rect = (element: Element | null) => {
      const { x, y, width, height } = element?.getBoundingClientRect() ?? new DOMRect();
      return { x, y, width, height };
    };
    const place = (element: Element | null) => {
      const { x, y, width } = rect(element);
      return { x, y, width };
    };
    return {
      bar: place(document.querySelector('header.sidebar')),
      brand: rect(document.querySelector('.brand')),
      menuButton: rect(document.querySelector('.menu-button')),
      links: [...document.querySelectorAll('.nav-link')].map(rect),
      main: place(document.querySelector('main')),
    };
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  // 200 % zoom of a 1366 × 768 screen: the top bar with the Menu button.
  { width: 683, height: 384 },
]) {
  test(`Koude start (${viewport.width} px): zonder scripts staat het kader er al, op de plek van de app`, async ({
    page,
    openContext,
  }) => {
    const withoutScripts = await openContext({
      baseURL: E2E_BASE_URL,
      storageState: SESSION_FILE,
      viewport,
      javaScriptEnabled: false,
    });
    const frame = await withoutScripts.newPage();
    // The first paint waits for every style sheet: the frame's own comes inside the page.
    const styleSheets: string[] = [];
    frame.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') styleSheets.push(request.url());
    });
    await frame.goto('#/instellingen');
    await expect(frame.getByRole('main')).toHaveText('Laden…');
    await expect(frame.getByRole('button', { name: 'Menu' })).toBeVisible({
      visible: viewport.width < 800,
    });
    await expect(
      frame.getByRole('navigation', { name: 'Hoofdmenu', includeHidden: true }).locator('a'),
    ).toHaveText(navigation);
    const painted = await frameGeometry(frame);
    expect(styleSheets).toEqual([]);

    await page.setViewportSize(viewport);
    await page.goto('#/instellingen');
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    expect(await frameGeometry(page)).toEqual(painted);
  });
}

test('Koude start: de code van het scherm komt terwijl de database nog opengaat', async ({
  page,
}) => {
  // The database's open waits at its first step until the test lets it go on.
  await page.addInitScript(() => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const databases = indexedDB.databases.bind(indexedDB);
    indexedDB.databases = async () => {
      await held;
      return databases();
    };
    Object.assign(window, { releaseDatabase: release });
  });
  const screenCode = page.waitForRequest(/\/SettingsScreen-[\w-]+\.js$/, { timeout: 30_000 });
  await page.goto('#/instellingen');
  await screenCode;
  await expect(page.getByRole('main')).toHaveText('Laden…');

  await page.evaluate(() =>
    (window as unknown as { releaseDatabase: () => void }).releaseDatabase(),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
});

test('Koude start: elk scherm laadt zonder een verzoek dat mislukt of een fout in de pagina', async ({
  page,
}) => {
  // The style sheet inside index.html has no file of its own: a screen's code that still asked
  // for it failed to load when it was the first to ask (vite.config.ts, inlineStyleSheet).
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    failed.push(`${request.failure()?.errorText} ${request.url()}`),
  );
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto('#/');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of navigation) {
    await menu.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(failed).toEqual([]);
  expect(pageErrors).toEqual([]);
});
