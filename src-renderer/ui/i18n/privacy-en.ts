import type { privacyNl } from './privacy-nl';

export const privacyEn: typeof privacyNl = {
  privacy: {
    title: 'Retention (GDPR)',
    intro:
      'After the retention period names, birth date, contact details and free text go. Dates, codes and counts stay, so the figures of past years do not change.',
    noneExpired: 'Nobody is past the retention period.',
    expired: '{{count}} candidates are past the retention period:',
    more: 'and {{count}} more.',
    anonymise: 'Anonymise {{count}} candidates',
    confirm:
      'Anonymise {{count}} candidates? Names, contact details and notes will be removed for good.',
    done: '{{count}} candidates anonymised.',
    persisted: 'Browser storage is persistent: the browser will not clear the data by itself.',
    notPersisted: 'The browser may clear the data when space runs out; make backups regularly.',
    persistUnknown: 'Whether storage is persistent is unknown.',
    access: 'Export data (subject access)',
    accessBusy: 'Exporting…',
    accessSaved: "This candidate's data has been saved.",
    accessDownloaded: "This candidate's data has been downloaded.",
    accessFailed: 'The data could not be exported.',
  },
};
