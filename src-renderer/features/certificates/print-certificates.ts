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
 * Pages made side by side: the host renders PDFs on a thread per core (src-main/pdf/worker-client),
 * so a batch keeps that many pages in the making.
 */
const PAGES_AT_ONCE = Math.min(4, Math.max(2, globalThis.navigator?.hardwareConcurrency ?? 2));

/**
 * A batch: each certificate is numbered just before its page is made, in the order of the pages,
 * so a cancel or a failure leaves numbers only on pages that exist (pages in the making when the
 * coach cancels are finished and kept). The pages are joined into one PDF at the end, in the
 * order asked. A certificate the coach reviewed gets the reviewed text; the others the generated one.
 */
export async function printBatch(
  db: InstapDatabase,
  trajectoryIds: readonly string[],
  reviewed: ReadonlyMap<string, CertificateEdits>,
  onProgress: (progress: BatchProgress) => void,
  cancelled: () => boolean,
): Promise<{ file: MadeFile | null; issued: Certificate[] }> {
  const made: { certificate: Certificate; page: Uint8Array }[] = [];
  const issuedOn = todayIso();
  const inTheMaking = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let done = 0;
  for (const [index, trajectoryId] of trajectoryIds.entries()) {
    if (cancelled() || failures.length > 0) break;
    // An already issued certificate is reprinted from its snapshot, with its own number.
    const existing = await currentCertificate(db, trajectoryId);
    const certificate =
      existing ??
      (await issueCertificate(
        db,
        trajectoryId,
        await certificateContent(db, trajectoryId, reviewed.get(trajectoryId) ?? null, issuedOn),
      ));
    const page: Promise<void> = renderCertificate(certificate)
      .then(
        (file) => {
          made[index] = { certificate, page: file.bytes };
          onProgress({ done: ++done, total: trajectoryIds.length });
        },
        async (error: unknown) => {
          if (!existing) await withdrawCertificate(db, certificate.id);
          failures.push(error);
        },
      )
      .finally(() => inTheMaking.delete(page));
    inTheMaking.add(page);
    if (inTheMaking.size >= PAGES_AT_ONCE) await Promise.race(inTheMaking);
  }
  await Promise.all(inTheMaking);
  if (failures.length > 0) throw failures[0];
  // In the order asked, whichever page was finished first.
  const kept = made.filter(Boolean);
  const pages = kept.map((item) => item.page);
  const issued = kept.map((item) => item.certificate);
  if (pages.length === 0) return { file: null, issued };
  const merged = await bridge['pdf:merge']({
    parts: pages as Uint8Array<ArrayBuffer>[],
    fileName: `getuigschriften-${issuedOn}.pdf`,
  });
  return { file: merged, issued };
}
