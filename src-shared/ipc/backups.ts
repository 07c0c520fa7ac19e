import { z } from 'zod';
import { backupProblem } from '../domain/backup';
import { id } from '../domain/fields';

/** Why a backup is written; each reason has its own file name and keeping rule. */
export const backupReasons = ['daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Only names the backup store itself makes: no path, no traversal. */
export const backupNameSchema = z
  .string()
  .regex(/^instap-[a-z0-9-]+\.json$/)
  .max(100);

/**
 * The largest backup text (UTF-16 characters, as the schema counts) in every transport: the web
 * host derives its request size limit from it, so a backup the contract accepts always arrives.
 */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

export const writeBackupRequestSchema = z
  .object({
    reason: z.enum(backupReasons),
    // Only a backup of Instap is stored: junk written here could push real backups out.
    text: z
      .string()
      .min(2)
      .max(MAX_BACKUP_CHARS)
      .superRefine((text, context) => {
        const problem = backupProblem(text);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
  })
  .strict();
export const readBackupRequestSchema = z.object({ name: backupNameSchema }).strict();

export interface BackupEntry {
  name: string;
  size: number;
  modifiedAt: string;
}

/**
 * People erased (removed for good) or anonymised in this installation, by id only. Kept beside the
 * backups and never inside one, so restoring an older backup cannot bring them back (DOMAIN.md,
 * privacy); a file in the data folder also outlives the browser losing its database.
 */
export const erasureKinds = ['erased', 'anonymised'] as const;
export type ErasureKind = (typeof erasureKinds)[number];
export interface Erasures {
  erased: string[];
  anonymised: string[];
}

export const recordErasuresRequestSchema = z
  .object({
    kind: z.enum(erasureKinds),
    ids: z.array(id).min(1).max(100_000),
  })
  .strict();
