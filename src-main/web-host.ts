import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire, type Envelope, type Failure } from '../src-shared/ipc/envelope';
import { appVersion } from './app-version';
import { secureDataFolder } from './files/data-folder';
import { readStaticFile, securityHeaders } from './files/static';
import { createServiceHandlers, dispatch } from './handlers';

/**
 * The web host: the renderer and the same handler table as Electron, over HTTP on 127.0.0.1.
 * The port is fixed by default because IndexedDB belongs to the origin (host + port): another
 * port would be another, empty database.
 */
export const DEFAULT_PORT = 5178;
// Large enough for a backup of a big database; the web host listens on 127.0.0.1 only.
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-instap-token';
const TOKEN_META = '<meta name="instap-token" content="%TOKEN%" />';

export interface WebHostOptions {
  port: number;
  dataFolder: string;
  rendererFolder: string;
}

export interface RunningWebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  mkdirSync(options.dataFolder, { recursive: true });
  await secureDataFolder(options.dataFolder);
  const token = randomBytes(32).toString('base64url');
  const handlers = createServiceHandlers({
    transport: 'web',
    version: appVersion,
    dataFolder: options.dataFolder,
    canOpenFiles: false,
  });

  const server = http.createServer((request, response) => {
    const port = (server.address() as AddressInfo).port;
    handle(request, response, port).catch(() => {
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'Interne fout.'));
    });
  });

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    port: number,
  ): Promise<void> {
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      sendJson(response, 403, failure('forbidden', 'Onbekende host geweigerd.'));
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length), allowedHosts);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, failure('forbidden', 'Methode niet toegestaan.'));
      return;
    }
    const file = await readStaticFile(options.rendererFolder, url.pathname);
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden');
      return;
    }
    const isIndex = file.contentType.startsWith('text/html');
    const body = isIndex
      ? Buffer.from(file.body.toString('utf8').replace('</head>', `${tokenMeta(token)}</head>`))
      : file.body;
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    channel: string,
    allowedHosts: string[],
  ): Promise<void> {
    const origin = request.headers.origin;
    const originAllowed =
      origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
    if (request.method !== 'POST' || !originAllowed || !tokenMatches(request, token)) {
      request.resume();
      sendJson(response, 403, failure('forbidden', 'Geen toegang.'));
      return;
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      sendJson(response, 413, failure('too-large', 'De opdracht is te groot.'));
      return;
    }
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) {
      sendJson(response, 413, failure('too-large', 'De opdracht is te groot.'));
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : decodeWire(body.toString('utf8'));
    } catch {
      sendJson(response, 400, failure('bad-request', 'De opdracht is geen geldige JSON.'));
      return;
    }
    const result = await dispatch(handlers, decodeURIComponent(channel), payload);
    sendJson(response, result.ok ? 200 : statusOf(result.error), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function tokenMeta(token: string): string {
  return TOKEN_META.replace('%TOKEN%', token);
}

function tokenMatches(request: http.IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function failure(code: Failure['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function statusOf(error: Failure): number {
  if (error.code === 'bad-request') return 400;
  if (error.code === 'unknown-channel') return 404;
  if (error.code === 'forbidden') return 403;
  if (error.code === 'too-large') return 413;
  return 500;
}

function sendJson(response: http.ServerResponse, status: number, envelope: Envelope<unknown>) {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(encodeWire(envelope));
}
