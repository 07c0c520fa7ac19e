import { accessEn } from './access-en';
import { backupEn } from './backup-en';
import { coachingEn } from './coaching-en';
import { helpEn } from './help-en';
import { certificatesEn } from './certificates-en';
import { imagesEn } from './images-en';
import { privacyEn } from './privacy-en';
import { programmeEn } from './programme-en';
import { meetingEn } from './meeting-en';
import { regionalEn } from './regional-en';
import { resultsEn } from './results-en';
import { codesEn } from './codes-en';
import { trackingEn } from './tracking-en';
import { attendanceEn } from './attendance-en';
import { todayEn } from './today-en';
import { spreadsheetEn } from './spreadsheet-en';
import { unsavedEn } from './unsaved-en';
import type { Messages } from './nl';

export const en: Messages = {
  app: {
    name: 'Instap',
    tagline: 'Work-experience placements',
    skipToContent: 'Skip to content',
  },
  ...accessEn,
  ...backupEn,
  ...coachingEn,
  ...helpEn,
  ...certificatesEn,
  ...imagesEn,
  ...privacyEn,
  ...programmeEn,
  ...meetingEn,
  ...regionalEn,
  ...resultsEn,
  ...trackingEn,
  ...attendanceEn,
  ...todayEn,
  ...spreadsheetEn,
  ...unsavedEn,
  codes: codesEn,
  nav: {
    label: 'Main menu',
    today: 'Today',
    menu: 'Menu',
    candidates: 'Candidates',
    results: 'Results',
    region: 'Region',
    employers: 'Employers',
    meeting: 'Meeting',
    certificates: 'Certificates',
    settings: 'Settings',
    trash: 'Trash',
    help: 'Shortcuts',
    guide: 'User guide',
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
    privacySection: 'Privacy and retention',
    retentionYearsAfterEnd: 'Keep after a trajectory ends (years)',
    retentionYearsAfterDiscussion: 'Keep after a discussion without trajectory (years)',
    place: 'Place of signing',
    accentColour: 'Accent colour of the certificate',
    certificateTemplate: 'Closing line of the certificate',
    certificateTemplateHint:
      'Goes under the sentences Instap writes from the trajectory (name, employer and department, role, period, weeks and hours). Placeholders: {voornaam}, {naam}, {functie}, {werkgever}, {soort}, {van}, {tot}, {uren}. Adjustable per certificate.',
    signatoryHint: 'This person signs the certificates.',
    savedMessage: 'The settings have been saved.',
    about: 'About Instap',
    version: 'Version {{version}}',
    transport: {
      electron: 'Desktop app',
      web: 'In the browser (web host)',
    },
    dataFolder: 'Data folder: {{folder}}',
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
    colour: 'Choose a colour.',
    invalid: 'This value is not valid.',
    oneLine: 'Write one line, without a line break.',
  },
  errors: {
    diskFull: 'The disk is full. Nothing was half-saved; free some space and try again.',
    writeFailed: 'Saving failed; nothing was changed. Please try again.',
    screenTitle: 'Something went wrong on this screen',
    screenBody: 'Your data is unharmed. Try again or go back to the candidates.',
    retry: 'Try again',
    back: 'To Candidates',
    databaseTooNew:
      'This data was made by a newer version of Instap. Install that version to continue; nothing was changed.',
    databaseUpgradeFailed:
      'This version of Instap could not update your data. Nothing was changed: open it again with the previous version of Instap and report this to whoever manages Instap for you.',
    databaseFailed: 'The data could not be opened.',
  },
};
