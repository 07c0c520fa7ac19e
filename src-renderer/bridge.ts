import type { InstapApi } from '../src-shared/ipc/api';
import type { ChannelName, RequestOf, ResponseOf } from '../src-shared/ipc/contract';
import { decodeWire, encodeWire, unwrap, type Envelope } from '../src-shared/ipc/envelope';
import { reportAccessLost } from './ui/access-store';

declare global {
  interface Window {
    instap?: InstapApi;
  }
}

/**
 * Over the web host, the session cookie (HttpOnly, set when the one-time address was opened) goes
 * with every call by itself; a 403 means the host no longer knows this browser.
 */
async function overHttp(channel: ChannelName, request: unknown): Promise<Envelope<unknown>> {
  const response = await fetch(`api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: encodeWire(request),
  });
  if (response.status === 403) reportAccessLost();
  return decodeWire(await response.text()) as Envelope<unknown>;
}

/** In a browser the "save dialog" is a download, and there is no system viewer to open. */
function browserHost(channel: ChannelName, request: unknown): Envelope<unknown> | null {
  if (channel === 'host:save-file') {
    const { suggestedName, bytes } = request as RequestOf<'host:save-file'>;
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, value: { saved: true, path: null } };
  }
  if (channel === 'host:open-path') return { ok: true, value: { opened: false } };
  return null;
}

async function call(channel: ChannelName, request: unknown): Promise<unknown> {
  const electron = window.instap;
  if (electron) {
    return unwrap(await (electron[channel] as (r: unknown) => Promise<Envelope<unknown>>)(request));
  }
  return unwrap(browserHost(channel, request) ?? (await overHttp(channel, request)));
}

/**
 * The renderer's only way to the main process, typed by the contract, whatever the transport.
 * Only the contract's types come along: its request schemas (every PDF's among them) are the main
 * process's business, and left out they keep the renderer's first chunk small (issue 18).
 */
export const bridge = new Proxy({} as Bridge, {
  // Every channel is "area:name"; anything else (`then` above all) is not there, so the bridge
  // is never taken for a promise.
  get: (_, channel) =>
    typeof channel === 'string' && channel.includes(':')
      ? (request: unknown) => call(channel as ChannelName, request)
      : undefined,
});

type Bridge = { [C in ChannelName]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };
