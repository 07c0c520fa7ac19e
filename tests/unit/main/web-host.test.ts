import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type RunningWebHost } from '../../../src-main/web-host';
import { openSession, rawRequest, type WebSession } from '../../web-host-client';

let host: RunningWebHost;
let session: WebSession;
const usedAddresses: string[] = [];
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-host-'));
const rendererFolder = path.join(folder, 'renderer');

beforeAll(async () => {
  mkdirSync(rendererFolder);
  mkdirSync(path.join(folder, 'renderer-private'));
  writeFileSync(path.join(rendererFolder, 'index.html'), '<html><head></head><body></body></html>');
  writeFileSync(path.join(folder, 'renderer-private', 'secret.txt'), 'geheim');
  host = await startWebHost({
    port: 0,
    dataFolder: path.join(folder, 'data'),
    rendererFolder,
    onLaunchAddressUsed: (next) => usedAddresses.push(next),
  });
  session = await openSession(host);
});
afterAll(() => host.close());

const send = (options: Parameters<typeof rawRequest>[1]) => rawRequest(host.port, options);
const call = (headers: Record<string, string>, body: string | Buffer = '{}') =>
  send({ path: '/api/app%3Ainfo', method: 'POST', headers, body });
const secretOf = (address: string) => new URL(address).searchParams.get('sleutel') ?? '';

describe('web host', () => {
  it("listens on 127.0.0.1 only: the socket's own address", () => {
    expect(host.address).toEqual({ address: '127.0.0.1', family: 'IPv4', port: host.port });
  });

  it('answers a call with the session cookie from its own page', async () => {
    const response = await call(session.headers);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { transport: 'web' } });
  });

  it('serves the page only to a browser with a session, with the CSP and without any secret', async () => {
    const page = await send({ path: '/', headers: { Cookie: session.headers.Cookie ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toBe('<html><head></head><body></body></html>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']).toBeUndefined();

    const stranger = await send({ path: '/' });
    expect(stranger.status).toBe(403);
    expect(stranger.body).toContain(
      'Open Instap met het adres dat in het venster van Instap staat',
    );
    expect(stranger.headers['set-cookie']).toBeUndefined();
    expect(stranger.body).not.toContain(secretOf(host.launchAddress()));
  });

  it('trades the one-time address once for an HttpOnly, SameSite=Strict cookie', async () => {
    const address = host.launchAddress();
    const first = await send({ path: new URL(address).pathname + new URL(address).search });
    expect(first.status).toBe(200);
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(
      new RegExp(`^instap-sessie-${host.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    // The answer moves on to "/" and names no secret.
    expect(first.body).toContain('<meta http-equiv="refresh" content="0; url=/">');
    expect(first.body).not.toContain(secretOf(address));
    expect(JSON.stringify(first.headers)).not.toContain(secretOf(address));

    const again = await send({ path: new URL(address).pathname + new URL(address).search });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('Dit adres is al gebruikt');

    // The next address is new, and given to the program to print.
    expect(host.launchAddress()).not.toBe(address);
    expect(usedAddresses.at(-1)).toBe(host.launchAddress());
  });

  it('refuses a wrong one-time secret of the right length', async () => {
    const wrong = 'A'.repeat(secretOf(host.launchAddress()).length);
    const response = await send({ path: `/?sleutel=${wrong}` });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers 400, not 500, on a channel name with broken percent-encoding', async () => {
    const response = await send({
      path: '/api/%E0%A4%A',
      method: 'POST',
      headers: session.headers,
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'De naam van de opdracht is ongeldig.' },
    });
  });

  it('refuses a declared body over the limit with 413 before reading it', async () => {
    const response = await send({
      path: '/api/app%3Ainfo',
      method: 'POST',
      headers: session.headers,
      declaredLength: MAX_BODY_BYTES + 1,
    });
    expect(response.status).toBe(413);
  });

  it('answers 400 on bad JSON and on a payload the schema refuses', async () => {
    expect((await call(session.headers, '{nope')).status).toBe(400);
    expect((await call(session.headers, '{"extra":1}')).status).toBe(400);
  });

  it('does not serve files outside the renderer folder, not even to a session', async () => {
    for (const climb of [
      '/%2e%2e/renderer-private/secret.txt',
      '/..%2frenderer-private/secret.txt',
    ]) {
      const response = await send({
        path: climb,
        headers: { Cookie: session.headers.Cookie ?? '' },
      });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('geheim');
    }
  });
});
