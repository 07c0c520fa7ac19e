import type { ChannelName, RequestOf, ResponseOf } from './contract';
import type { Envelope } from './envelope';

/** What the preload puts on `window.instap`: one function per channel of the contract. */
export type InstapApi = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>;
};

/** The app's own origin in Electron; the only frame allowed to call the handlers. */
export const APP_ORIGIN = 'app://instap';
