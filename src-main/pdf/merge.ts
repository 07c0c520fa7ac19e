import { PDFDocument } from 'pdf-lib';
import type { PdfFile } from '../../src-shared/ipc/documents';

/**
 * Joins PDFs in order into one (a batch of certificates: one certificate per part). The parts
 * were made by Instap; the request schema already refused anything that does not start as a PDF.
 */
export async function mergePdfs(
  parts: readonly Uint8Array[],
  fileName: string,
  version: string,
): Promise<PdfFile> {
  const merged = await PDFDocument.create();
  for (const part of parts) {
    const source = await PDFDocument.load(part, { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  // What a batch is, never whose: the title shows in viewers' title bars.
  merged.setTitle('Getuigschriften', { showInWindowTitleBar: true });
  merged.setCreator(`Instap ${version}`);
  merged.setProducer(`Instap ${version}`);
  merged.setLanguage('nl-NL');
  return { bytes: await merged.save(), fileName };
}
