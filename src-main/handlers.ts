import type { z } from 'zod';
import {
  contract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
  type ServiceChannel,
} from '../src-shared/ipc/contract';
import { IpcError, type Envelope, type Failure } from '../src-shared/ipc/envelope';
import { createBackupStore } from './files/backup-store';
import { createErasureRegister } from './files/erasure-register';
import { createPdfWorker, pdfHandlers } from './pdf/worker-client';

export interface HandlerContext {
  transport: 'electron' | 'web';
  version: string;
  dataFolder: string;
  canOpenFiles: boolean;
}

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

export type HandlerTable<C extends ChannelName = ChannelName> = { [K in C]: Handler<K> };

/** The services both transports serve; Electron adds its host channels (dialogs, files) to it. */
export function createServiceHandlers(context: HandlerContext): HandlerTable<ServiceChannel> {
  const backups = createBackupStore(context.dataFolder);
  const erasures = createErasureRegister(context.dataFolder);
  return {
    'app:info': () => ({
      name: 'Instap',
      version: context.version,
      transport: context.transport,
      dataFolder: context.dataFolder,
      canOpenFiles: context.canOpenFiles,
    }),
    // Every PDF is made in a worker thread: a hostile or broken input fails its own request only.
    ...pdfHandlers(createPdfWorker(), context.version),
    'backup:write': ({ reason, text }) => backups.write(reason, text),
    'backup:list': async () => ({ backups: await backups.list() }),
    'backup:read': async ({ name }) => ({ text: await backups.read(name) }),
    'backup:erasures': () => erasures.read(),
    'backup:record-erasures': async ({ kind, ids }) => {
      await erasures.record(kind, ids);
      return { recorded: ids.length };
    },
  };
}

/** Where a request went wrong, by path only: values may hold personal data and never echo back. */
function describeIssues(error: z.ZodError): string[] {
  // A few are enough to find the mistake; thousands would only make the answer heavy.
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(verzoek)';
    return `${path}: ${issue.message}`;
  });
}

/**
 * Every call, in every transport, goes through here: the channel must exist in the table, the
 * payload is parsed with the channel's schema, and any failure becomes a Dutch envelope.
 */
export async function dispatch(
  table: Partial<HandlerTable>,
  channel: unknown,
  payload: unknown,
): Promise<Envelope<unknown>> {
  const handler = isChannelName(channel) ? table[channel] : undefined;
  if (!isChannelName(channel) || !handler) {
    return failure({ code: 'unknown-channel', message: 'Onbekende opdracht.' });
  }
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return failure({
      code: 'bad-request',
      message: 'De opdracht bevat ongeldige gegevens.',
      issues: describeIssues(parsed.error),
    });
  }
  try {
    const value = await (handler as (request: unknown) => unknown)(parsed.data);
    return { ok: true, value };
  } catch (error) {
    // A failure written for the user (the PDF worker's) travels as it is.
    if (error instanceof IpcError) return failure(error.failure);
    // Otherwise only the error's kind is reported: its message could quote a record.
    const kind = error instanceof Error ? error.name : 'onbekend';
    return failure({ code: 'internal', message: `Er ging iets mis in Instap (${kind}).` });
  }
}

function failure(error: Failure): Envelope<never> {
  return { ok: false, error };
}
