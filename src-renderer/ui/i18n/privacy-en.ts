import type { privacyNl } from './privacy-nl';

export const privacyEn: typeof privacyNl = {
  privacy: {
    title: 'Retention (GDPR)',
    intro:
      'After the retention period names, birth date, contact details and free text go. Dates, codes and counts stay, so the figures of past years do not change.',
    noneExpired: 'Nobody is past the retention period.',
    expired_one:
      '{{count}} candidate is past the retention period. Choose whether to anonymise them now:',
    expired_other:
      '{{count}} candidates are past the retention period. Choose whom to anonymise now (everyone by default):',
    listLabel: 'Candidates past the retention period',
    selectAll: 'Choose everyone',
    selectNone: 'Choose nobody',
    reason: {
      ended: 'last trajectory ended on {{since}}; retention period over on {{expired}}',
      discussed: 'discussed on {{since}}, never started; retention period over on {{expired}}',
      registered:
        'registered on {{since}}, never discussed or started; retention period over on {{expired}}',
    },
    anonymise_one: 'Anonymise {{count}} candidate',
    anonymise_other: 'Anonymise {{count}} candidates',
    confirmTitle_one: 'Anonymise {{count}} candidate?',
    confirmTitle_other: 'Anonymise {{count}} candidates?',
    confirmGone_one:
      'Of this candidate the following goes for good: name, birth date, contact details, motivation and all free text (learning goals, build-up steps, evaluations, coaching notes, profiles, closing notes, the line for the meeting) and the name and texts on the certificates.',
    confirmGone_other:
      'Of these {{count}} candidates the following goes for good: names, birth date, contact details, motivation and all free text (learning goals, build-up steps, evaluations, coaching notes, profiles, closing notes, the line for the meeting) and the name and texts on their certificates.',
    confirmKept:
      'Dates, codes, hours and counts stay, so the figures of past years do not change. Certificates keep their number in the register.',
    confirmFinal:
      'This cannot be undone, not even with a backup. Anonymising goes on when you leave this screen.',
    progress: '{{done}} of {{total}} candidates anonymised…',
    progressLabel: 'Anonymisation progress',
    pending_one: 'Anonymising {{count}} more candidate was interrupted.',
    pending_other: 'Anonymising {{count}} more candidates was interrupted.',
    resume: 'Finish now',
    interrupted:
      'Anonymising was interrupted. Instap finishes it at the next start, or choose ‘Finish now’ in Settings.',
    done_one: '{{count}} candidate anonymised.',
    done_other: '{{count}} candidates anonymised.',
    persisted: 'Browser storage is persistent: the browser will not clear the data by itself.',
    notPersisted: 'The browser may clear the data when space runs out; make backups regularly.',
    persistUnknown: 'Whether storage is persistent is unknown.',
    accessPdf: 'Subject access (PDF)',
    accessJson: 'Subject access as a file (JSON)',
    accessBusy: 'Exporting…',
    accessSaved: "This candidate's data has been saved.",
    accessDownloaded: "This candidate's data has been downloaded.",
    accessFailed: 'The data could not be exported.',
  },
};
