import http from 'node:http';
import type { RunningWebHost } from '../src-main/web-host';

export interface WebSession {
  cookieName: string;
  cookieValue: string;
  /** What a page of the host sends with each channel call: its cookie and its Origin. */
  headers: Record<string, string>;
}

/** Opens the host's one-time address as a browser would and keeps the session cookie it gets. */
export function openSession(host: RunningWebHost): Promise<WebSession> {
  return new Promise((resolve, reject) => {
    http
      .get(host.launchAddress(), { agent: false }, (response) => {
        response.resume();
        const cookie = response.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
        const separator = cookie.indexOf('=');
        if (response.statusCode !== 200 || separator < 0) {
          reject(new Error(`no session: ${response.statusCode}`));
          return;
        }
        resolve({
          cookieName: cookie.slice(0, separator),
          cookieValue: cookie.slice(separator + 1),
          headers: { Cookie: cookie, Origin: `http://127.0.0.1:${host.port}` },
        });
      })
      .on('error', reject);
  });
}

export interface RawAnswer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A request as any local program could send it: Host, Origin and Cookie are whatever it says.
 * `declaredLength` announces a body size without sending it (the host must refuse before reading).
 */
export function rawRequest(
  port: number,
  options: {
    path: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    declaredLength?: number;
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        // A connection per request: a kept-alive one may close under a slow test's next request.
        agent: false,
        path: options.path,
        method: options.method ?? 'GET',
        headers: {
          Host: `127.0.0.1:${port}`,
          ...(options.declaredLength === undefined
            ? {}
            : { 'Content-Length': String(options.declaredLength) }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: response.headers,
          });
          if (options.declaredLength !== undefined) request.destroy();
        });
      },
    );
    request.on('error', (error) => {
      if (options.declaredLength === undefined) reject(error);
    });
    if (options.declaredLength === undefined) request.end(options.body);
    else request.flushHeaders();
  });
}
