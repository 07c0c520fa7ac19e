import { APP_ORIGIN } from '../../src-shared/ipc/api';

/** The app's own pages (app://instap/…): the only frame that may call the handlers. */
export function isAppPage(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * What a frame of the window may load or be redirected to: the app's own pages, and blobs the
 * page made itself (the certificate preview is a `blob:app://instap/…` PDF in an iframe).
 */
export function isOwnContent(url: string): boolean {
  return isAppPage(url) || url.startsWith(`blob:${APP_ORIGIN}/`);
}
