import { protocol } from 'electron';
import { readStaticFile, securityHeaders } from '../files/static';

/** Must happen before `ready`: app:// behaves like https (secure, standard URLs, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * app://instap/… serves the built renderer from `rendererFolder` and nothing else: another host,
 * or a path that climbs out of the folder (also percent-encoded), is not found.
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'instap' ? await readStaticFile(rendererFolder, url.pathname) : null;
    if (!file) return new Response('Niet gevonden', { status: 404, headers: securityHeaders });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'Content-Type': file.contentType },
    });
  });
}
