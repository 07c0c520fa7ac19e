import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type RunningWebHost } from '../../../src-main/web-host';

let host: RunningWebHost;
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-host-'));
const rendererFolder = path.join(folder, 'renderer');

beforeAll(async () => {
  mkdirSync(rendererFolder);
  writeFileSync(path.join(rendererFolder, 'index.html'), '<html><head></head><body></body></html>');
  host = await startWebHost({ port: 0, dataFolder: path.join(folder, 'data'), rendererFolder });
});
afterAll(() => host.close());

/** A raw request, so that Host and Origin can be anything a hostile page could send. */
function send(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: response.headers,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const call = (headers: Record<string, string>, body: string | Buffer = '{}') =>
  send({ path: '/api/app:info', method: 'POST', headers, body });

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('puts the per-run token into the page and sends the CSP', async () => {
    const page = await send({ path: '/' });
    expect(page.body).toContain(`<meta name="instap-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain("script-src 'self' 'unsafe");
  });

  it('answers a call with the right token', async () => {
    const response = await call({ 'x-instap-token': host.token });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { transport: 'web' } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await call({})).status).toBe(403);
    expect((await call({ 'x-instap-token': 'x'.repeat(host.token.length) })).status).toBe(403);
  });

  it('refuses a foreign Origin and a foreign Host even with the token', async () => {
    const token = { 'x-instap-token': host.token };
    expect((await call({ ...token, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call({ ...token, Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(
      403,
    );
    expect((await call({ ...token, Host: `evil.example:${host.port}` })).status).toBe(403);
    expect(
      (await send({ path: '/', headers: { Host: `rebind.example:${host.port}` } })).status,
    ).toBe(403);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await call(
      { 'x-instap-token': host.token },
      Buffer.alloc(MAX_BODY_BYTES + 1, 32),
    );
    expect(response.status).toBe(413);
  });

  it('answers 400 on bad JSON and on a payload the schema refuses', async () => {
    const token = { 'x-instap-token': host.token };
    expect((await call(token, '{nope')).status).toBe(400);
    expect((await call(token, '{"extra":1}')).status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    writeFileSync(path.join(folder, 'secret.txt'), 'geheim');
    const response = await send({ path: '/%2e%2e/secret.txt' });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('geheim');
  });
});
