import type { backupNl } from './backup-nl';

export const backupEn: typeof backupNl = {
  backup: {
    title: 'Backups',
    intro:
      'Instap keeps a backup of today in the data folder while you work (a few minutes after each change and when closing) and keeps the last 14 days and 12 months.',
    lastToday: 'Last backup: today {{time}}',
    lastYesterday: 'Last backup: yesterday {{time}}',
    lastOn: 'Last backup: {{date}} {{time}}',
    noneYet: 'No backup has been made yet.',
    lastFailed: 'The last backup failed. {{reason}}',
    make: 'Make backup',
    fromFile: 'Restore backup from file…',
    made: 'Backup made: {{name}}',
    failed: 'The backup could not be made.',
    name: 'Backup',
    size: 'Size',
    restore: 'Restore',
    confirmTitle: 'Restore backup',
    confirmBody: 'Backup “{{source}}” of {{date}} holds:',
    countCandidates: '{{count}} candidates',
    countTrajectories: '{{count}} trajectories',
    countCertificates: '{{count}} certificates',
    countImports: '{{count}} partner files',
    confirmHint:
      'All current data will be replaced. Instap first makes a backup of the current state.',
    confirmRetention:
      'People erased or anonymised here since the backup stay so. People kept longer than the retention period in force now ({{afterEnd}} years after a trajectory, {{afterDiscussion}} years after a discussion) are anonymised at once.',
    confirm: 'Replace with this backup',
    restored: 'The backup has been restored.',
    restoreFailed: 'Restoring failed; nothing was changed.',
    saveCopy: 'Save encrypted copy…',
    copyTitle: 'Save encrypted copy',
    copyIntro:
      'A copy for outside this computer (a USB stick, a network folder) is encrypted with a password you choose now. Without that password nobody can open the copy, not even you: keep it somewhere safe.',
    passphrase: 'Password',
    passphraseHint:
      'At least {{min}} characters. A sentence of a few words is strong and easy to remember.',
    passphraseRepeat: 'Repeat the password',
    passphraseTooShort: 'The password must have at least {{min}} characters.',
    passphraseDifferent: 'The two passwords are not the same.',
    copySave: 'Encrypt and save',
    copyBusy: 'Encrypting…',
    copySaved: 'The encrypted copy has been saved.',
    copyDownloaded: 'The encrypted copy has been downloaded.',
    copyFailed: 'The copy could not be made.',
    copyFileType: 'Encrypted Instap backup',
    unlockTitle: 'Open encrypted copy',
    unlockBody: '“{{source}}” is encrypted. Enter the password chosen when it was saved.',
    unlock: 'Open',
    unlockBusy: 'Opening…',
  },
};
