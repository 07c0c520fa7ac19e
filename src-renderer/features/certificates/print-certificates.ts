import type { Certificate } from '../../../src-shared/domain/certificate';
import type { InstapDatabase } from '../../db/database';
import { bridge } from '../../bridge';
import type { MadeFile } from '../../ui/FileButton';
import { todayIso } from '../../ui/format';
import { partSize, PARTS_AT_ONCE } from './batch-parts';
import { certificateContent, type CertificateEdits } from './certificate-content';
import {
  currentCertificate,
  issueCertificate,
  withdrawCertificate,
} from '../../data/certificate-repository';

/** One certificate's PDF from its stored snapshot: a reprint is the same document. */
export async function renderCertificate(certificate: Pick<Certificate, 'number' | 'content'>) {
  return bridge['pdf:certificate']({ certificate: printed(certificate) });
}

/** What a PDF of the certificate is made from: its number and snapshot, nothing of the register. */
function printed({ number, content }: Pick<Certificate, 'number' | 'content'>) {
  return { number, content };
}

export interface BatchProgress {
  done: number;
  total: number;
}

/**
 * A batch, made in parts (see partSize): each part's certificates are numbered just before the
 * part is made, in the order of the pages, so a cancel or a failure leaves numbers only on pages
 * that exist (parts in the making when the coach cancels are finished and kept; a part that fails
 * gives its new numbers back). The parts are joined into one PDF at the end, in the order asked.
 * A certificate the coach reviewed gets the reviewed text; the others the generated one.
 */
export async function printBatch(
  db: InstapDatabase,
  trajectoryIds: readonly string[],
  reviewed: ReadonlyMap<string, CertificateEdits>,
  onProgress: (progress: BatchProgress) => void,
  cancelled: () => boolean,
): Promise<{ file: MadeFile | null; issued: Certificate[] }> {
  const made: { certificates: Certificate[]; pdf: Uint8Array }[] = [];
  const issuedOn = todayIso();
  const total = trajectoryIds.length;
  const size = partSize(total);
  const inTheMaking = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let done = 0;
  for (let part = 0; part * size < total; part++) {
    if (cancelled() || failures.length > 0) break;
    const certificates: Certificate[] = [];
    // Numbered here, so given back when the part fails.
    const numbered: Certificate[] = [];
    try {
      for (const trajectoryId of trajectoryIds.slice(part * size, (part + 1) * size)) {
        // An already issued certificate is reprinted from its snapshot, with its own number.
        const existing = await currentCertificate(db, trajectoryId);
        const edits = reviewed.get(trajectoryId) ?? null;
        const certificate =
          existing ??
          (await issueCertificate(
            db,
            trajectoryId,
            await certificateContent(db, trajectoryId, edits, issuedOn),
          ));
        certificates.push(certificate);
        if (!existing) numbered.push(certificate);
      }
    } catch (error) {
      await withdrawAll(db, numbered);
      failures.push(error);
      break;
    }
    const making: Promise<void> = bridge['pdf:certificates']({
      certificates: certificates.map(printed),
    })
      .then(
        (file) => {
          made[part] = { certificates, pdf: file.bytes };
          done += certificates.length;
          onProgress({ done, total });
        },
        async (error: unknown) => {
          await withdrawAll(db, numbered);
          failures.push(error);
        },
      )
      .finally(() => inTheMaking.delete(making));
    inTheMaking.add(making);
    if (inTheMaking.size >= PARTS_AT_ONCE) await Promise.race(inTheMaking);
  }
  await Promise.all(inTheMaking);
  if (failures.length > 0) throw failures[0];
  // In the order asked, whichever part was finished first.
  const kept = made.filter(Boolean);
  const issued = kept.flatMap((part) => part.certificates);
  if (kept.length === 0) return { file: null, issued };
  const merged = await bridge['pdf:merge']({
    parts: kept.map((part) => part.pdf) as Uint8Array<ArrayBuffer>[],
    fileName: `getuigschriften-${issuedOn}.pdf`,
  });
  return { file: merged, issued };
}

async function withdrawAll(db: InstapDatabase, certificates: readonly Certificate[]) {
  for (const certificate of certificates) await withdrawCertificate(db, certificate.id);
}
