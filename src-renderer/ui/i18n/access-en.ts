import type { accessNl } from './access-nl';

export const accessEn: typeof accessNl = {
  access: {
    lostTitle: 'The connection to Instap has expired',
    lostBody: 'Open the new address shown in the Instap window.',
    retryHint:
      'Instap has probably been restarted. Your data is still in this browser. Already opened the new address in another tab? Then choose ‘Try again’.',
    retry: 'Try again',
    stillLost: 'Still no connection. First open the new address from the Instap window.',
  },
};
