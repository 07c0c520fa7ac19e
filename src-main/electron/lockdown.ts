import { app, session, type Event, type WebContents } from 'electron';
import { isOwnContent } from './origin';

/**
 * Nothing leaves the app: every permission request and check is answered no, and every web
 * contents (the window, and anything it might create) stays on the app's own content: no
 * navigation, subframe navigation or server redirect elsewhere, no new windows, no webviews.
 * Must run before the first window exists, so that its contents are covered too.
 */
export function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => keepOnOwnContent(contents));
}

function keepOnOwnContent(contents: WebContents): void {
  const refuseForeign = (event: Event<{ url: string }>) => {
    if (!isOwnContent(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  // A redirect is not a navigation event: an app:// request answered with a 30x to elsewhere.
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
