import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { startWebHost } from '../../src-main/web-host';
import { openSession } from '../web-host-client';
import { timeMs, timingOf, type BenchRow } from './harness';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A server that does nothing: the floor for an HTTP round trip and for a page's first paint. */
async function floorServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method === 'POST') {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>Instap</p>');
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

    const firstPaint = async (url: string, ready: string) => {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const context = await browser.newContext();
        // The session a browser gets from the one-time address (harmless to the floor server).
        const { cookieName: name, cookieValue: value } = session;
        await context.addCookies([{ name, value, url: host.url }]);
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForSelector(ready);
        const fcp = await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        );
        if (i > 0) times.push(fcp);
        await context.close();
      }
      return timingOf(times);
    };
    const appPaint = await firstPaint(`${host.url}#/instellingen`, 'h1');
    const blankPaint = await firstPaint(floor.url, 'p');

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
        value: appPaint,
        floorName: 'lege pagina',
        floor: blankPaint,
        goalRatio: 2.5,
      },
    ];
  } finally {
    keepAlive.destroy();
    await floor.close();
    await host.close();
  }
}
