import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../browser';
import { startHostProcess } from './host-process';
import { E2E_BASE_URL, E2E_PORT, SESSION_FILE } from './settings';

/**
 * Starts the web host for the whole run and lets a browser in the way the coach gets in: it opens
 * the address the host printed, once. The session cookie it received is what every test's
 * browser context starts with (storageState); nothing else is kept, so each test still starts
 * with an empty database.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataFolder = mkdtempSync(path.join(os.tmpdir(), 'instap-e2e-'));
  const host = await startHostProcess(E2E_PORT, dataFolder);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.addresses[0] as string);
    await page.waitForURL(E2E_BASE_URL);
    const { cookies } = await context.storageState();
    mkdirSync(path.dirname(SESSION_FILE), { recursive: true });
    writeFileSync(SESSION_FILE, JSON.stringify({ cookies, origins: [] }));
  } finally {
    await browser.close();
  }
  return async () => {
    await host.stop();
    rmSync(dataFolder, { recursive: true, force: true });
  };
}
