import type { Certificate } from '../../../src-shared/domain/certificate';
import type { InstapDatabase } from '../../db/database';
import { bridge } from '../../bridge';
import type { MadeFile } from '../../ui/FileButton';
import { todayIso } from '../../ui/format';
import { certificateContent, type CertificateEdits } from './certificate-content';
import {
  currentCertificate,
  issueCertificate,
  withdrawCertificate,
} from '../../data/certificate-repository';

/** One certificate's PDF from its stored snapshot: a reprint is the same document. */
export async function renderCertificate(certificate: Pick<Certificate, 'number' | 'content'>) {
  return bridge['pdf:certificate']({
    certificate: { number: certificate.number, content: certificate.content },
  });
}

export interface BatchProgress {
  done: number;
  total: number;
}

/**
 * A batch: each certificate is numbered just before its page is made, so a cancel or a failure
 * leaves numbers only on pages that exist. The pages are joined into one PDF at the end. A
 * certificate the coach reviewed gets the reviewed text; the others the generated one.
 */
export async function printBatch(
  db: InstapDatabase,
  trajectoryIds: readonly string[],
  reviewed: ReadonlyMap<string, CertificateEdits>,
  onProgress: (progress: BatchProgress) => void,
  cancelled: () => boolean,
): Promise<{ file: MadeFile | null; issued: Certificate[] }> {
  const issued: Certificate[] = [];
  const pages: Uint8Array[] = [];
  const issuedOn = todayIso();
  for (const trajectoryId of trajectoryIds) {
    if (cancelled()) break;
    // An already issued certificate is reprinted from its snapshot, with its own number.
    const existing = await currentCertificate(db, trajectoryId);
    const certificate =
      existing ??
      (await issueCertificate(
        db,
        trajectoryId,
        await certificateContent(db, trajectoryId, reviewed.get(trajectoryId) ?? null, issuedOn),
      ));
    try {
      pages.push((await renderCertificate(certificate)).bytes);
    } catch (error) {
      if (!existing) await withdrawCertificate(db, certificate.id);
      throw error;
    }
    issued.push(certificate);
    onProgress({ done: issued.length, total: trajectoryIds.length });
  }
  if (pages.length === 0) return { file: null, issued };
  const merged = await bridge['pdf:merge']({
    parts: pages as Uint8Array<ArrayBuffer>[],
    fileName: `getuigschriften-${issuedOn}.pdf`,
  });
  return { file: merged, issued };
}
