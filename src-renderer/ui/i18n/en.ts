import { codesEn } from './codes-en';
import { trackingEn } from './tracking-en';
import type { Messages } from './nl';

export const en: Messages = {
  app: {
    name: 'Instap',
    tagline: 'Work-experience placements',
    skipToContent: 'Skip to content',
  },
  ...trackingEn,
  codes: codesEn,
  nav: {
    label: 'Main menu',
    candidates: 'Candidates',
    results: 'Results',
    region: 'Region',
    settings: 'Settings',
    trash: 'Trash',
  },
  common: {
    notifications: 'Notifications',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved',
    cancel: 'Cancel',
    optional: 'optional',
    loading: 'Loading…',
  },
  settings: {
    title: 'Settings',
    intro: 'These details appear on certificates, the infographic and the regional export.',
    organisationSection: 'Organisation',
    certificateSection: 'Certificate signature',
    organisationName: 'Organisation name',
    region: 'Region',
    regionHint: 'For example Regio Zwolle',
    coachName: 'Work coach name',
    signatoryName: 'Signatory name',
    signatoryFunction: 'Signatory function',
    signatoryHint: 'This person signs the certificates.',
    savedMessage: 'The settings have been saved.',
    saveFailed: 'Saving failed. Please try again.',
    about: 'About Instap',
    version: 'Version {{version}}',
    transport: {
      electron: 'Desktop app',
      web: 'In the browser (web host)',
    },
    dataFolder: 'Data folder: {{folder}}',
  },
  placeholder: {
    comingTitle: '{{screen}}',
    comingBody: 'This part is under construction.',
  },
  validation: {
    required: 'Fill in this field.',
    organisationRequired: 'Fill in the organisation name.',
    tooLong: 'At most {{maximum}} characters.',
    tooShort: 'At least {{minimum}} characters.',
    tooSmall: 'At least {{minimum}}.',
    tooBig: 'At most {{maximum}}.',
    invalidDate: 'Enter a valid date (dd-mm-yyyy).',
    invalidEmail: 'Enter a valid email address.',
    invalidNumber: 'Enter a number.',
    wholeNumber: 'Enter a whole number.',
    invalid: 'This value is not valid.',
  },
  errors: {
    databaseTooNew:
      'This data was made by a newer version of Instap. Install that version to continue; nothing was changed.',
    databaseFailed: 'The data could not be opened.',
  },
};
