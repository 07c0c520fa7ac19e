import type { backupNl } from './backup-nl';

export const backupEn: typeof backupNl = {
  backup: {
    title: 'Backups',
    intro:
      'Instap makes a backup in the data folder every day you work and keeps the last 14 days and 12 months.',
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
    confirm: 'Replace with this backup',
    restored: 'The backup has been restored.',
    restoreFailed: 'Restoring failed; nothing was changed.',
  },
};
