import type { ParsedRequestOf, ResponseOf, ServiceChannel } from '../../src-shared/ipc/contract';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { makeCertificate, makeCertificates } from './certificate';
import { makeInfographic } from './infographic';
import { makeInzage } from './inzage';
import { makeMeetingAgenda } from './meeting-agenda';
import { mergePdfs } from './merge';
import { makeProgressReport } from './progress-report';

/** Every channel that makes a PDF: each runs in the PDF worker (./worker), never in the host. */
export type PdfChannel = Extract<ServiceChannel, `pdf:${string}`>;

/** Each answers with a file (bytes and a name), which is all the worker sends back. */
export type PdfJobs = {
  [C in PdfChannel]: (
    request: ParsedRequestOf<C>,
    version: string,
  ) => Promise<ResponseOf<C> & PdfFile>;
};

/** What the worker does per channel, with a request the host already parsed with the contract. */
export const pdfJobs: PdfJobs = {
  'pdf:infographic': ({ logo, ...source }, version) =>
    makeInfographic({ ...source, logo: logo ?? null }, version),
  'pdf:certificate': ({ certificate }, version) => makeCertificate(certificate, version),
  'pdf:certificates': ({ certificates }, version) => makeCertificates(certificates, version),
  'pdf:merge': ({ parts, fileName }, version) => mergePdfs(parts, fileName, version),
  'pdf:meeting-agenda': (request, version) => makeMeetingAgenda(request, version),
  'pdf:progress-report': ({ report }, version) => makeProgressReport(report, version),
  'pdf:inzage': (request, version) => makeInzage(request, version),
};

export interface PdfJobMessage {
  id: number;
  channel: PdfChannel;
  request: unknown;
  version: string;
}

/** The worker's answer: the file, or only the error's kind (its message could quote a record). */
export type PdfJobAnswer =
  { id: number; ok: true; value: PdfFile } | { id: number; ok: false; errorName: string };
