import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { startWebHost } from '../../src-main/web-host';
import { timingOf, type BenchRow } from './harness';

const root = path.resolve(import.meta.dirname, '..', '..');

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
  instapBench: {
    seed(count: number): Promise<number>;
    read(): Promise<number>;
    filter(query: string): Promise<number>;
  };
};

/**
 * From the hash change to the first rows on screen, measured inside the page (a wait in Playwright
 * would add its own polling and round trips to the figure). It starts on Sneltoetsen, which reads
 * nothing: from Instellingen, that screen's own read of every candidate (the privacy panel) was
 * still under way and the list's reads queued behind it.
 */
async function openList(page: Page, base: string): Promise<number> {
  await page.goto(`${base}#/help`);
  await page.getByRole('heading', { name: 'Sneltoetsen' }).waitFor();
  // A coach who comes back to the list later reads every row again, as the floor does; wait out
  // anything Dexie or the browser still holds from the last opening.
  await page.waitForTimeout(3_500);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.row-link') === null) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = '#/kandidaten';
      }),
  );
}

/** One keystroke in the search field until the filtered rows are on screen. */
async function keystroke(page: Page, query: string, total: number): Promise<number> {
  const search = page.getByRole('searchbox');
  await search.fill('');
  await page
    .locator('.count')
    .filter({ hasText: `${total} van ${total}` })
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

/** The list at one size, in a fresh origin (its own web host), so every size starts empty. */
async function benchListAt(browser: Browser, candidates: number): Promise<BenchRow[]> {
  const host = await startWebHost({
    port: 0,
    dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-bench-list-')),
    rendererFolder: path.join(root, 'dist', 'renderer'),
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // Opening 100,000 candidates reads every row: on a loaded machine longer than the usual 30 s.
    page.setDefaultTimeout(300_000);
    // In as the coach gets in: through the one-time address the host gives.
    await page.goto(host.launchAddress());
    await page.goto(`${host.url}#/instellingen`);
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await page.evaluate(await seedScript());
    const total = await page.evaluate(
      (count) => (window as unknown as BenchWindow).instapBench.seed(count),
      candidates,
    );
    // The seed is a change, and the app backs the day up three minutes after a change: at 100,000
    // candidates that backup (every table as JSON, sent to the host) landed in the middle of the
    // openings. Leaving the page brings it forward; the figures start once it is written.
    const backedUp = page.waitForResponse((response) => response.url().includes('/api/backup'));
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await backedUp;

    const openTimes: number[] = [];
    const readTimes: number[] = [];
    // Fewer openings at 100,000: each reads and builds every row (seconds on a loaded machine).
    const openRuns = candidates >= 100_000 ? 4 : 7;
    for (let run = 0; run < openRuns; run++) {
      openTimes.push(await openList(page, host.url));
      readTimes.push(
        await page.evaluate(() => (window as unknown as BenchWindow).instapBench.read()),
      );
    }
    await openList(page, host.url);
    const searchTimes: number[] = [];
    const filterTimes: number[] = [];
    for (const query of ['j', 'a', 'e', 'de', 'm', 'k', 'van', 's', 'o']) {
      searchTimes.push(await keystroke(page, query, total));
      filterTimes.push(
        await page.evaluate(
          (text) => (window as unknown as BenchWindow).instapBench.filter(text),
          query,
        ),
      );
    }
    const size = candidates.toLocaleString('nl-NL');
    return [
      {
        name: `Kandidatenlijst openen, ${size} kandidaten (eerste rijen)`,
        unit: 'ms',
        // The first opening fetches the screen's code and warms the page: left out.
        value: timingOf(openTimes.slice(1)),
        floorName: 'toArray van dezelfde tabellen, warme verbinding, tot het volgende frame',
        floor: timingOf(readTimes.slice(1)),
        goalRatio: 1.5,
      },
      {
        name: `zoektoets tot nieuwe rijen, ${size} kandidaten`,
        unit: 'ms',
        value: timingOf(searchTimes),
        floorName: 'dezelfde rijen in het geheugen filteren, tot het volgende frame',
        floor: timingOf(filterTimes),
        goalRatio: 2,
        goalValue: 16,
      },
    ];
  } finally {
    await context.close();
    await host.close();
  }
}

/** The list's rows at each size, so growth is visible (issue 18, point 6). */
export async function benchCandidateList(
  browser: Browser,
  sizes: readonly number[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) rows.push(...(await benchListAt(browser, size)));
  return rows;
}
