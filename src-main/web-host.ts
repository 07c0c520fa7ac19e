import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BACKUP_CHARS } from '../src-shared/ipc/backups';
import { decodeWire, encodeWire, type Envelope, type Failure } from '../src-shared/ipc/envelope';
import { appVersion } from './app-version';
import { secureDataFolder } from './files/data-folder';
import { readStaticFile, securityHeaders } from './files/static';
import { createServiceHandlers, dispatch } from './handlers';
import { createWebAccess, LAUNCH_PARAMETER } from './web-access';

/**
 * The web host: the renderer and the same handler table as Electron, over HTTP on 127.0.0.1.
 * The port is fixed by default because IndexedDB belongs to the origin (host + port): another
 * port would be another, empty database.
 */
export const DEFAULT_PORT = 5178;
/**
 * The largest request: a backup of the largest size the contract accepts, in its envelope. A
 * backup is JSON, so on the wire each of its characters takes at most 3 bytes (UTF-8 of one UTF-16
 * unit; `"` and `\\` escaped take 2); the envelope around it is small.
 */
export const MAX_BODY_BYTES = 3 * MAX_BACKUP_CHARS + 64 * 1024;

export interface WebHostOptions {
  port: number;
  dataFolder: string;
  rendererFolder: string;
  /** Told the next one-time address each time one is used (to print it for another window). */
  onLaunchAddressUsed?: (nextAddress: string) => void;
}

export interface RunningWebHost {
  /** The page's address; it opens nothing without a session. */
  url: string;
  port: number;
  /** The socket's own address, as the system reports it (127.0.0.1, never all interfaces). */
  address: AddressInfo;
  /** The one-time address that opens a session in a browser (see web-access.ts). */
  launchAddress(): string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  // Made private from the start (0700), not created open and tightened later.
  await secureDataFolder(options.dataFolder);
  const handlers = createServiceHandlers({
    transport: 'web',
    version: appVersion,
    dataFolder: options.dataFolder,
    canOpenFiles: false,
  });

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'Interne fout.'));
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
    if (!access.hostAllowed(request)) {
      request.resume();
      sendJson(response, 403, failure('forbidden', 'Onbekende host geweigerd.'));
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const secret = url.searchParams.get(LAUNCH_PARAMETER);
    if (secret !== null && request.method === 'GET' && url.pathname === '/') {
      openSession(secret, request, response);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (!access.hasSession(request)) {
      request.resume();
      sendPage(response, 403, noAccessPage);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.resume();
      sendJson(response, 405, failure('forbidden', 'Methode niet toegestaan.'));
      return;
    }
    const file = await readStaticFile(options.rendererFolder, url.pathname);
    if (!file) {
      response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  /**
   * The one-time address: the secret buys a session cookie, and the answer moves on to "/" by a
   * refresh from this page, not by a redirect, so the move is same-site even when the address
   * came from a file or another program, and the SameSite=Strict cookie goes along.
   */
  function openSession(
    secret: string,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ) {
    const cookie = access.redeem(secret);
    if (cookie) {
      options.onLaunchAddressUsed?.(access.launchAddress());
      sendPage(response, 200, continuePage, { 'Set-Cookie': cookie });
    } else if (access.hasSession(request)) {
      // This browser used the address before (a second click): it may simply go on.
      sendPage(response, 200, continuePage);
    } else {
      sendPage(response, 403, usedAddressPage);
    }
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST' || !access.mayCall(request)) {
      request.resume();
      sendJson(response, 403, failure('forbidden', 'Geen toegang.'));
      return;
    }
    const channelName = decodedChannel(channel);
    if (channelName === null) {
      request.resume();
      sendJson(response, 400, failure('bad-request', 'De naam van de opdracht is ongeldig.'));
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
      // Inside the try: a body too long to become a string is no valid request either.
      payload = body.length === 0 ? {} : decodeWire(body.toString('utf8'));
    } catch {
      sendJson(response, 400, failure('bad-request', 'De opdracht is geen geldige JSON.'));
      return;
    }
    const result = await dispatch(handlers, channelName, payload);
    sendJson(response, result.ok ? 200 : statusOf(result.error), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const port = address.port;
  // Made once the port is known (0 asks the system for one); no request is handled before this.
  const access = createWebAccess(port);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    address,
    launchAddress: () => access.launchAddress(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A channel name as sent (percent-encoded); null when its encoding is broken. */
function decodedChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Pages of the host itself, in Dutch; plain HTML that the strict CSP allows as it is. */
function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

const noAccessPage = page(
  'Instap: geen toegang',
  '<h1>Geen toegang tot Instap</h1>' +
    '<p>Open Instap met het adres dat in het venster van Instap staat (het venster waarin Instap is gestart, met <code>?sleutel=</code> erin). Dat adres geeft deze browser toegang zolang Instap draait.</p>' +
    '<p>Is Instap opnieuw gestart? Dan staat er een nieuw adres in dat venster; het oude werkt niet meer.</p>',
);

const usedAddressPage = page(
  'Instap: adres al gebruikt',
  '<h1>Dit adres is al gebruikt</h1>' +
    '<p>Een adres om Instap te openen werkt maar één keer. Open het nieuwste adres dat in het venster van Instap staat.</p>' +
    '<p>Is Instap opnieuw gestart? Dan staat er een nieuw adres in dat venster.</p>',
);

const continuePage = page(
  'Instap',
  '<p><a href="/">Verder naar Instap</a></p>',
  '<meta http-equiv="refresh" content="0; url=/">',
);

function sendPage(
  response: http.ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(html);
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
