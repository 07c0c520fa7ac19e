import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { securityHeaders } from '../../src-main/files/static';
import { startWebHost } from '../../src-main/web-host';
import { openSession } from '../web-host-client';
import { noteWhenReady, readyAt, timeMs, timingOf, type BenchRow } from './harness';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * A server that does nothing: the floor for an HTTP round trip and for a page's first paint. Its
 * blank page at /beveiligd comes with the web host's security headers: their Cross-Origin-Opener-
 * Policy makes Chromium open the page in a renderer process of its own, which a first paint
 * waits for (about 150–200 ms here), whatever the page holds.
 */
async function floorServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method === 'POST') {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
      return;
    }
    const headers = request.url === '/beveiligd' ? securityHeaders : {};
    response.writeHead(200, { 'Content-Type': 'text/html', ...headers }).end('<p>Instap</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function post(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers, agent: keepAlive }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    request.on('error', reject);
    request.end('{}');
  });
}
const keepAlive = new http.Agent({ keepAlive: true });

export async function benchFoundation(browser: Browser): Promise<BenchRow[]> {
  const host = await startWebHost({
    port: 0,
    dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-bench-')),
    rendererFolder: path.join(root, 'dist', 'renderer'),
  });
  const floor = await floorServer();
  const session = await openSession(host);
  try {
    const ipc = await timeMs(() => post(`${host.url}api/app:info`, session.headers), 300, 30);
    const empty = await timeMs(() => post(floor.url, {}), 300, 30);

    /** From a fresh browser context: the first contentful paint, and the moment `ready` appears. */
    const coldStart = async (url: string, ready: string) => {
      const paints: number[] = [];
      const readies: number[] = [];
      for (let i = 0; i < 10; i++) {
        const context = await browser.newContext();
        // The session a browser gets from the one-time address (harmless to the floor server).
        const { cookieName: name, cookieValue: value } = session;
        await context.addCookies([{ name, value, url: host.url }]);
        await noteWhenReady(context, ready);
        const page = await context.newPage();
        await page.goto(url);
        const readyTime = await readyAt(page, ready);
        const paint = await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        );
        // The first run warms the server's file reads and the browser's process pool.
        if (i > 0) {
          paints.push(paint);
          readies.push(readyTime);
        }
        await context.close();
      }
      return { paint: timingOf(paints), ready: timingOf(readies) };
    };
    // The screen is usable when its title is there (the frame index.html shows has none).
    const app = await coldStart(`${host.url}#/instellingen`, 'main h1');
    const blank = await coldStart(`${floor.url}beveiligd`, 'p');
    const plainBlank = await coldStart(floor.url, 'p');

    return [
      {
        name: 'IPC app:info over de webhost',
        unit: 'ms',
        value: ipc,
        floorName: 'lege HTTP-aanvraag',
        floor: empty,
      },
      {
        name: 'koude start tot eerste verf',
        unit: 'ms',
        value: app.paint,
        floorName: 'lege pagina met de beveiligingsheaders van de webhost (eerste verf)',
        floor: blank.paint,
        goalRatio: 2.5,
      },
      {
        name: 'koude start tot eerste verf',
        unit: 'ms',
        value: app.paint,
        floorName: 'lege pagina zonder headers (ter vergelijking)',
        floor: plainBlank.paint,
      },
      {
        // Beside the first paint, so the frame in index.html cannot hide a slow app.
        name: 'koude start tot scherm bruikbaar',
        unit: 'ms',
        value: app.ready,
        floorName: 'lege pagina met de beveiligingsheaders van de webhost (eerste verf)',
        floor: blank.paint,
      },
    ];
  } finally {
    keepAlive.destroy();
    await floor.close();
    await host.close();
  }
}
