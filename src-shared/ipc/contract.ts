import { z } from 'zod';
import { infographicRequestSchema, type InfographicFile } from './infographic';
import {
  certificateRequestSchema,
  certificatesRequestSchema,
  meetingAgendaRequestSchema,
  mergeRequestSchema,
  inzageRequestSchema,
  progressReportRequestSchema,
  type PdfFile,
} from './documents';
import {
  readBackupRequestSchema,
  recordErasuresRequestSchema,
  writeBackupRequestSchema,
  type BackupEntry,
  type Erasures,
} from './backups';

/**
 * The one contract between the renderer and the main process. Each channel names the schema its
 * request is parsed with (on arrival, in every transport) and the type of its response.
 * `host` channels are effects of the desktop shell (dialogs, files); the web host has no such
 * shell, so there the renderer's bridge does them in the browser instead (a download).
 */
interface ChannelDefinition<Request extends z.ZodType, Response, Host extends boolean> {
  request: Request;
  host: Host;
  /** Phantom field: carries the response type only. */
  response?: Response;
}

function channel<Response>() {
  return <Request extends z.ZodType, Host extends boolean = false>(
    request: Request,
    options?: { host: Host },
  ): ChannelDefinition<Request, Response, Host> => ({
    request,
    host: (options?.host ?? false) as Host,
  });
}

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'web';
  dataFolder: string;
  /** Whether `host:open-path` can show a saved file in the system viewer. */
  canOpenFiles: boolean;
}

export interface SaveFileResult {
  saved: boolean;
  /** Where the file went; null when the browser downloaded it or the user cancelled. */
  path: string | null;
}

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1),
});

export const contract = {
  'app:info': channel<AppInfo>()(z.object({}).strict()),
  'host:save-file': channel<SaveFileResult>()(
    z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+$/, 'ongeldige bestandsnaam'),
        bytes: z.instanceof(Uint8Array),
        filters: z.array(fileFilter).max(5).default([]),
      })
      .strict(),
    { host: true },
  ),
  'host:open-path': channel<{ opened: boolean }>()(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    { host: true },
  ),
  /** The one-page result infographic (A4) as PDF bytes; see ./infographic for the request. */
  'pdf:infographic': channel<InfographicFile>()(infographicRequestSchema),
  /** One getuigschrift (A4, one or more pages) from its printed snapshot; see ./documents. */
  'pdf:certificate': channel<PdfFile>()(certificateRequestSchema),
  /** A part of a batch: the certificates in order in one document, each from a page of its own. */
  'pdf:certificates': channel<PdfFile>()(certificatesRequestSchema),
  /** PDFs joined in order (a batch of certificates); each part must be a PDF. */
  'pdf:merge': channel<PdfFile>()(mergeRequestSchema),
  /** The printable agenda of the regional meeting, names as the renderer gave them. */
  'pdf:meeting-agenda': channel<PdfFile>()(meetingAgendaRequestSchema),
  /** A trajectory's progress report for a period; internal notes never travel here. */
  'pdf:progress-report': channel<PdfFile>()(progressReportRequestSchema),
  /** Inzage (AVG art. 15) for the person who asked: everything about them, in plain Dutch. */
  'pdf:inzage': channel<PdfFile>()(inzageRequestSchema),
  /** A backup made by the renderer, written atomically to the data folder's backups. */
  'backup:write': channel<BackupEntry>()(writeBackupRequestSchema),
  'backup:list': channel<{ backups: BackupEntry[] }>()(z.object({}).strict()),
  'backup:read': channel<{ text: string }>()(readBackupRequestSchema),
  /** Who was erased or anonymised here (ids only), kept outside the backups for the restore. */
  'backup:erasures': channel<Erasures>()(z.object({}).strict()),
  'backup:record-erasures': channel<{ recorded: number }>()(recordErasuresRequestSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = NonNullable<Contract[C]['response']>;

export type HostChannel = {
  [C in ChannelName]: Contract[C] extends { host: true } ? C : never;
}[ChannelName];
export type ServiceChannel = Exclude<ChannelName, HostChannel>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const serviceChannelNames = channelNames.filter((name) => !contract[name].host);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
