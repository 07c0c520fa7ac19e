import { z } from 'zod';
import { printedCertificateSchema } from '../domain/certificate';
import { progressReportSchema } from '../domain/coaching';
import { meetingAgendaSchema } from '../domain/meeting';
import { inzageReferenceSchema, subjectAccessReportSchema } from '../domain/subject-access';
import { imageProblem } from '../images/check';

/**
 * Requests of the document channels: a certificate, the meeting agenda, and joining PDFs (a batch
 * of certificates). Images travel as bytes and are judged by their bytes; no field takes a URL or
 * a file path.
 */

export interface PdfFile {
  bytes: Uint8Array;
  /** Suggested name, e.g. `getuigschrift-2026-0007.pdf`. */
  fileName: string;
}

const certificateSchema = printedCertificateSchema.superRefine((certificate, context) => {
  for (const field of ['logo', 'signature'] as const) {
    const bytes = certificate.content[field];
    const problem = bytes === null ? null : imageProblem(bytes);
    if (problem !== null) {
      context.addIssue({ code: 'custom', path: ['content', field], message: problem });
    }
  }
});

export const certificateRequestSchema = z.object({ certificate: certificateSchema }).strict();
export type CertificateRequest = z.input<typeof certificateRequestSchema>;

/** A part of a batch: at most this many certificates in one document (one PDF job). */
export const MAX_CERTIFICATES_PER_PART = 25;

export const certificatesRequestSchema = z
  .object({ certificates: z.array(certificateSchema).min(1).max(MAX_CERTIFICATES_PER_PART) })
  .strict();

export const MAX_MERGE_PARTS = 500;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function looksLikePdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, index) => bytes[index] === byte);
}

export const pdfFileNameSchema = z
  .string()
  .min(5)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+\.pdf$/i, 'ongeldige bestandsnaam')
  .refine(
    (name) => [...name].every((char) => char.charCodeAt(0) >= 0x20),
    'ongeldige bestandsnaam',
  );

export const mergeRequestSchema = z
  .object({
    parts: z
      .array(z.instanceof(Uint8Array).refine(looksLikePdf, { error: 'is geen PDF' }))
      .min(1)
      .max(MAX_MERGE_PARTS),
    fileName: pdfFileNameSchema,
  })
  .strict();
export type MergeRequest = z.input<typeof mergeRequestSchema>;

export const meetingAgendaRequestSchema = z
  .object({
    organisation: z.string().trim().min(1).max(200),
    region: z.string().trim().max(200).nullable(),
    agenda: meetingAgendaSchema,
  })
  .strict();
export type MeetingAgendaRequest = z.input<typeof meetingAgendaRequestSchema>;

/** Inzage: everything about one person, and a reference (not the name) for the file name. */
export const inzageRequestSchema = z
  .object({ report: subjectAccessReportSchema, reference: inzageReferenceSchema })
  .strict();
export type InzageRequest = z.input<typeof inzageRequestSchema>;

export const progressReportRequestSchema = z.object({ report: progressReportSchema }).strict();
export type ProgressReportRequest = z.input<typeof progressReportRequestSchema>;
