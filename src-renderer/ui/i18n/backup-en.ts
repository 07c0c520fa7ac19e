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
  },
};
