import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request as requestContext } from '@playwright/test';
import { contract } from '../../src-shared/ipc/contract';
import { expect, test } from './fixtures';
import { startHostProcess } from './host-process';
import { E2E_BASE_URL, E2E_PORT } from './settings';

const noCookies = { cookies: [], origins: [] };
const ownOrigin = `http://127.0.0.1:${E2E_PORT}`;

test('een client met alleen de poort krijgt 403 op de pagina en op elke opdracht', async ({
  openContext,
}) => {
  const stranger = await requestContext.newContext({
    baseURL: E2E_BASE_URL,
    storageState: noCookies,
  });
  const page = await stranger.get('');
  expect(page.status()).toBe(403);
  expect(await page.text()).toContain(
    'Open Instap met het adres dat in het venster van Instap staat',
  );
  for (const channel of Object.keys(contract)) {
    const answer = await stranger.post(`api/${encodeURIComponent(channel)}`, {
      data: {},
      headers: { Origin: ownOrigin },
    });
    expect(answer.status(), channel).toBe(403);
  }
  await stranger.dispose();

  // A browser without the session sees why, in Dutch.
  const browser = await (await openContext({ storageState: noCookies })).newPage();
  await browser.goto('');
  await expect(browser.getByRole('heading', { name: 'Geen toegang tot Instap' })).toBeVisible();
});

test('de webhost weigert een vreemde Origin, ook met de sessie', async ({ request }) => {
  const foreign = await request.post('api/app:info', {
    data: {},
    headers: { Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);

  const own = await request.post('api/app:info', { data: {}, headers: { Origin: ownOrigin } });
  expect(own.status()).toBe(200);
  expect((await own.json()).value.transport).toBe('web');
});

test('de webhost weigert een vreemde Host (DNS-rebinding)', async ({ request }) => {
  const response = await request.post('api/app:info', {
    data: {},
    headers: { Origin: ownOrigin, Host: `evil.example:${E2E_PORT}` },
  });
  expect(response.status()).toBe(403);
});

test('het adres werkt één keer; na een herstart zegt Instap in het Nederlands wat te doen', async ({
  openContext,
}) => {
  // A host of its own, to restart it: the run's host serves the other tests meanwhile.
  const port = E2E_PORT - 1;
  const dataFolder = mkdtempSync(path.join(os.tmpdir(), 'instap-e2e-restart-'));
  let host = await startHostProcess(port, dataFolder);
  try {
    const coach = await openContext({ storageState: noCookies });
    const page = await coach.newPage();
    const address = host.addresses[0] as string;
    await page.goto(address);
    // Vandaag is the first screen.
    await expect(page).toHaveURL(`http://127.0.0.1:${port}/#/vandaag`);
    await expect(page.getByRole('heading', { name: 'Vandaag', exact: true })).toBeVisible();

    // The same address a second time, in another browser: used up.
    const other = await (await openContext({ storageState: noCookies })).newPage();
    await other.goto(address);
    await expect(other.getByRole('heading', { name: 'Dit adres is al gebruikt' })).toBeVisible();

    // The host restarts; the open tab's next call is refused and the coach is told what to do.
    await host.stop();
    host = await startHostProcess(port, dataFolder);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    const message = page.getByRole('alertdialog', { name: 'De verbinding met Instap is verlopen' });
    await expect(message).toBeVisible();
    await expect(
      message.getByText('Open het nieuwe adres dat in het venster van Instap staat.', {
        exact: true,
      }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/verbinding-verlopen.png' });

    // The new address, opened in another tab, lets this browser in again: the tab goes on.
    const fresh = await coach.newPage();
    await fresh.goto(host.addresses[0] as string);
    await expect(fresh.getByRole('heading', { name: 'Vandaag', exact: true })).toBeVisible();
    await message.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(message).toBeHidden();
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await expect(page.locator('.toast', { hasText: 'Back-up gemaakt' })).toBeVisible();
  } finally {
    await host.stop();
    rmSync(dataFolder, { recursive: true, force: true });
  }
});
