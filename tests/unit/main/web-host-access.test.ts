import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../../src-main/web-host';
import { contract, type ChannelName } from '../../../src-shared/ipc/contract';
import { openSession, rawRequest, type WebSession } from '../../web-host-client';

/**
 * Every channel of the contract, taken from the contract object itself so that a new channel is
 * covered without anyone adding it here, refuses every caller but the page of a live session.
 */
const channels = Object.keys(contract) as ChannelName[];
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-access-'));
const rendererFolder = path.join(folder, 'renderer');
const options = { dataFolder: path.join(folder, 'data'), rendererFolder };

let host: RunningWebHost;
let session: WebSession;
/** A session of the same host before it restarted: the browser still holds its cookie. */
let stale: WebSession;

beforeAll(async () => {
  mkdirSync(rendererFolder);
  writeFileSync(path.join(rendererFolder, 'index.html'), '<html><head></head><body></body></html>');
  const before = await startWebHost({ ...options, port: 0 });
  stale = await openSession(before);
  await before.close();
  host = await startWebHost({ ...options, port: before.port });
  session = await openSession(host);
});
afterAll(() => host.close());

const origin = () => `http://127.0.0.1:${host.port}`;
const call = (channel: ChannelName, headers: Record<string, string>, method = 'POST') =>
  rawRequest(host.port, {
    path: `/api/${encodeURIComponent(channel)}`,
    method,
    headers,
    body: method === 'POST' ? '{}' : undefined,
  });

/** Everything a client that knows only the port can get from the host, cookies included. */
async function whatThePortGives(): Promise<string> {
  const cookies: string[] = [];
  for (const pagePath of ['/', '/index.html', '/?sleutel=', '/api/app%3Ainfo']) {
    const answer = await rawRequest(host.port, { path: pagePath });
    expect(answer.status).toBe(403);
    for (const cookie of answer.headers['set-cookie'] ?? [])
      cookies.push(cookie.split(';')[0] ?? '');
  }
  return cookies.join('; ');
}

describe.each(channels)('channel %s over the web host', (channel) => {
  it('is reached by the page of a live session (the control for the refusals below)', async () => {
    const answer = await call(channel, session.headers);
    // Not refused: answered (200), or judged on its payload (400), or not served here (404,
    // the desktop's host channels).
    const expected = contract[channel].host ? [404] : [200, 400];
    expect(expected).toContain(answer.status);
  });

  it('refuses a call without a session cookie', async () => {
    expect((await call(channel, { Origin: origin() })).status).toBe(403);
  });

  it('refuses a wrong cookie and a cookie from before a restart', async () => {
    const wrong = `${session.cookieName}=${'x'.repeat(session.cookieValue.length)}`;
    expect((await call(channel, { Origin: origin(), Cookie: wrong })).status).toBe(403);
    expect(stale.cookieName).toBe(session.cookieName);
    expect((await call(channel, stale.headers)).status).toBe(403);
  });

  it('refuses a foreign or missing Origin, even with the session cookie', async () => {
    const cookie = session.headers.Cookie ?? '';
    for (const foreign of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      expect((await call(channel, { Cookie: cookie, Origin: foreign })).status).toBe(403);
    }
    expect((await call(channel, { Cookie: cookie })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), even with cookie and Origin', async () => {
    const headers = { ...session.headers, Host: `rebind.example:${host.port}` };
    expect((await call(channel, headers)).status).toBe(403);
  });

  it('refuses anything but POST', async () => {
    expect((await call(channel, session.headers, 'GET')).status).toBe(403);
  });

  it('cannot be called by a client that has only the port', async () => {
    const cookie = await whatThePortGives();
    expect(cookie).toBe('');
    expect((await call(channel, { Origin: origin(), Cookie: cookie })).status).toBe(403);
  });
});
