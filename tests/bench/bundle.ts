import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { startWebHost } from '../../src-main/web-host';
import { noteWhenReady, readyAt } from './harness';

/**
 * The renderer's chunks as the build wrote them (size, gzipped size), and which of them the
 * opening screen (the app's address without a route: Vandaag) and the cold-start screen
 * (Instellingen) load before they are on screen (not the other screens' chunks fetched after).
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const renderer = path.join(root, 'dist', 'renderer');
const assets = path.join(renderer, 'assets');
const page = 'index.html';

async function loadedChunks(browser: Browser, route: string, ready: string): Promise<Set<string>> {
  const host = await startWebHost({
    port: 0,
    dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-bench-bundle-')),
    rendererFolder: renderer,
  });
  const context = await browser.newContext();
  try {
    const launch = await context.newPage();
    await launch.goto(host.launchAddress());
    // The one-time address moves on to the app by itself: a second goto before that is cut off.
    await launch.waitForURL(host.url);
    await launch.close();
    // A page of its own, with the session: a goto to another route would only change the hash.
    await noteWhenReady(context, ready);
    const page = await context.newPage();
    await page.goto(`${host.url}${route}`);
    const screenReady = await readyAt(page, ready);
    // Only what was fetched before the screen was there: the others follow when idle.
    const urls = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= before)
          .map((entry) => entry.name),
      screenReady,
    );
    return new Set(urls.map((url) => path.basename(new URL(url).pathname)));
  } finally {
    await context.close();
    await host.close();
  }
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export async function benchBundle(browser: Browser): Promise<string> {
  const opening = await loadedChunks(browser, '', 'main h1');
  const settings = await loadedChunks(browser, '#/instellingen', 'main h1');
  // index.html holds the frame and the first style sheet: every screen loads it.
  opening.add(page);
  settings.add(page);
  const chunks = [
    page,
    ...readdirSync(assets).filter((name) => name.endsWith('.js') || name.endsWith('.css')),
  ]
    .map((name) => {
      const bytes = readFileSync(path.join(renderer, name === page ? name : `assets/${name}`));
      return { name, size: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.size - a.size);
  const total = (names: Set<string>) =>
    chunks.filter((chunk) => names.has(chunk.name)).reduce((sum, chunk) => sum + chunk.size, 0);
  const lines = [
    '| chunk | grootte | gzip | Vandaag (opening) | Instellingen |',
    '|---|---|---|---|---|',
    ...chunks.map(
      (chunk) =>
        `| ${chunk.name} | ${kilobytes(chunk.size)} | ${kilobytes(chunk.gzip)} | ${opening.has(chunk.name) ? 'ja' : ''} | ${settings.has(chunk.name) ? 'ja' : ''} |`,
    ),
    `| geladen voor het eerste scherm | | | ${kilobytes(total(opening))} | ${kilobytes(total(settings))} |`,
  ];
  return lines.join('\n');
}
