import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one Content Security Policy of the renderer, for the app:// protocol and the web host alike:
 * only the app's own scripts and style sheets, no remote content of any kind, no inline script.
 * React's `style={}` sets properties through the CSSOM, which CSP does not govern, so inline style
 * attributes are refused. Inline <style> elements are not: Radix's modal dialogs lock the page's
 * scrolling with a <style> element they insert (react-remove-scroll-bar), whose text depends on
 * the scrollbar width, so no hash fits and refusing it breaks the lock on every dialog.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "style-src-attr 'none'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Maps a URL path onto a file inside `root`, or null. Decoding happens once, before the check,
 * so `%2e%2e` and backslashes cannot step out of the folder; "/" is the index page.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  return isInside(base, target) ? target : null;
}

/** The separator matters: `/app/renderer-private` starts with `/app/renderer` too. */
function isInside(base: string, target: string): boolean {
  return target === base || target.startsWith(base + path.sep);
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const target = resolveStaticPath(root, urlPath);
  if (!target) return null;
  try {
    // A link inside the folder may point anywhere: what counts is where it really leads.
    if (!isInside(await realpath(root), await realpath(target))) return null;
    if (!(await stat(target)).isFile()) return null;
    return {
      body: await readFile(target),
      contentType: contentTypes[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
}
