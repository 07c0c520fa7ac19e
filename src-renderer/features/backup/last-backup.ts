import { format, isSameDay, parseISO, subDays } from 'date-fns';

/** "Laatste back-up: vandaag 14:32": the i18n key and values for when a backup was written. */
export function lastBackupLine(modifiedAt: string, now: Date = new Date()) {
  const at = parseISO(modifiedAt);
  const values = { date: format(at, 'dd-MM-yyyy'), time: format(at, 'HH:mm') };
  if (isSameDay(at, now)) return { key: 'backup.lastToday', values } as const;
  if (isSameDay(at, subDays(now, 1))) return { key: 'backup.lastYesterday', values } as const;
  return { key: 'backup.lastOn', values } as const;
}
