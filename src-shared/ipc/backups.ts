import { z } from 'zod';

/** Why a backup is written; each reason has its own file name and keeping rule. */
export const backupReasons = ['daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Only names the backup store itself makes: no path, no traversal. */
export const backupNameSchema = z
  .string()
  .regex(/^instap-[a-z0-9-]+\.json$/)
  .max(100);

export const writeBackupRequestSchema = z
  .object({
    reason: z.enum(backupReasons),
    text: z
      .string()
      .min(2)
      .max(200 * 1024 * 1024),
  })
  .strict();
export const readBackupRequestSchema = z.object({ name: backupNameSchema }).strict();

export interface BackupEntry {
  name: string;
  size: number;
  modifiedAt: string;
}
