import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { startWebHost } from '../../src-main/web-host';
import { chromiumArgs, chromiumPath } from '../browser';
import { medianOf, type BenchRow } from './harness';

const root = path.resolve(import.meta.dirname, '..', '..');
const CANDIDATES = 10_000;

async function seedScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'tests', 'bench', 'seed-browser.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

type BenchWindow = {
  instapBench: { seed(count: number): Promise<number>; query(): Promise<number> };
  benchStart: number;
};

/** From the hash change to the first rows on screen, measured inside the page. */
async function openList(page: Page, base: string): Promise<number> {
  await page.goto(`${base}#/instellingen`);
  await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as BenchWindow).benchStart = performance.now();
    location.hash = '#/kandidaten';
  });
  await page.locator('.row-link').first().waitFor();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          resolve(performance.now() - (window as unknown as BenchWindow).benchStart),
        ),
      ),
  );
}

/** One keystroke in the search field until the filtered rows are on screen. */
async function keystroke(page: Page, query: string): Promise<number> {
  const search = page.getByRole('searchbox');
  await search.fill('');
  await page
    .locator('.count')
    .filter({ hasText: `${CANDIDATES} van ${CANDIDATES}` })
    .waitFor();
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        const count = document.querySelector('.count');
        if (!input || !count) throw new Error('list not on screen');
        const before = count.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(count, { childList: true, subtree: true, characterData: true });
        // React listens for native input events; the setter bypasses its value tracking.
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

export async function benchCandidateList(): Promise<BenchRow[]> {
  const host = await startWebHost({
    port: 0,
    dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-bench-list-')),
    rendererFolder: path.join(root, 'dist', 'renderer'),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // In as the coach gets in: through the one-time address the host gives.
    await page.goto(host.launchAddress());
    await page.goto(`${host.url}#/instellingen`);
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await page.evaluate(await seedScript());
    await page.evaluate(
      (count) => (window as unknown as BenchWindow).instapBench.seed(count),
      CANDIDATES,
    );

    const openTimes: number[] = [];
    const queryTimes: number[] = [];
    for (let run = 0; run < 6; run++) {
      openTimes.push(await openList(page, host.url));
      queryTimes.push(
        await page.evaluate(() => (window as unknown as BenchWindow).instapBench.query()),
      );
    }
    await openList(page, host.url);
    const searchTimes: number[] = [];
    for (const query of ['j', 'a', 'e', 'de', 'm', 'k', 'van', 's']) {
      searchTimes.push(await keystroke(page, query));
    }
    const query = medianOf(queryTimes.slice(1));
    return [
      {
        name: `Kandidatenlijst openen, ${CANDIDATES} kandidaten (eerste rijen)`,
        unit: 'ms',
        value: medianOf(openTimes.slice(1)),
        floorName: 'dezelfde Dexie-query',
        floor: query,
      },
      {
        name: 'zoektoets tot nieuwe rijen',
        unit: 'ms',
        value: medianOf(searchTimes),
        floorName: 'dezelfde Dexie-query',
        floor: query,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}
