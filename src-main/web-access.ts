import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/**
 * Who may use the web host. Anything the host serves can be read by every local process that
 * reaches the port, so the secret travels out of band: the host prints a one-time address
 * (`?sleutel=…`), the browser that opens it trades the secret once for a session cookie
 * (HttpOnly, SameSite=Strict), and from then on only that cookie, from the host's own origin,
 * opens the page and the channels. Sessions live in memory: a restart of the host ends them all.
 */
export const LAUNCH_PARAMETER = 'sleutel';

export interface WebAccess {
  /** The address that opens a session now; it works once, then the next one replaces it. */
  launchAddress(): string;
  /** Trades a one-time secret for a new session: the Set-Cookie value, or null if not valid. */
  redeem(secret: string): string | null;
  /** The Host header names this host (a foreign name means DNS rebinding). */
  hostAllowed(request: http.IncomingMessage): boolean;
  hasSession(request: http.IncomingMessage): boolean;
  /** Session cookie and Origin of this host: what every channel call needs. */
  mayCall(request: http.IncomingMessage): boolean;
}

const SECRET_BYTES = 32;

export function createWebAccess(port: number): WebAccess {
  const origins = [`127.0.0.1:${port}`, `localhost:${port}`];
  // Cookies are not kept apart by port: the name is, so two hosts on one machine never mix.
  const cookieName = `instap-sessie-${port}`;
  // Stored as hashes: a lookup takes the same path however much of a guess is right.
  const sessions = new Set<string>();
  let pendingSecret = newSecret();

  const hostAllowed = (request: http.IncomingMessage) =>
    origins.includes(request.headers.host ?? '');

  function hasSession(request: http.IncomingMessage): boolean {
    const value = cookieValue(request.headers.cookie, cookieName);
    return value !== null && sessions.has(digest(value));
  }

  return {
    launchAddress: () => `http://127.0.0.1:${port}/?${LAUNCH_PARAMETER}=${pendingSecret}`,
    redeem(secret) {
      if (!sameSecret(secret, pendingSecret)) return null;
      pendingSecret = newSecret();
      const session = newSecret();
      sessions.add(digest(session));
      // No Max-Age: the session ends with the browser, and with the host (memory only).
      return `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    },
    hostAllowed,
    hasSession,
    mayCall(request) {
      // Browsers send Origin with every POST; a request without it did not come from the page.
      const origin = request.headers.origin;
      return (
        hostAllowed(request) && origin === `http://${request.headers.host}` && hasSession(request)
      );
    },
  };
}

function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return part.slice(separator + 1).trim();
    }
  }
  return null;
}
