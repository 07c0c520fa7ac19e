import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createServiceHandlers, dispatch } from '../../src-main/handlers';
import { certificateDocument } from '../../src-main/pdf/certificate';
import { renderPdf } from '../../src-main/pdf/render';
import type { PrintedCertificate } from '../../src-shared/domain/certificate';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { certificate } from '../unit/pdf/document-helpers';
import { timeMs, type BenchRow } from './harness';

/**
 * Certificates as the renderer asks for them (request parsed with the contract's schema, layout,
 * pdfmake in the PDF worker pool; a batch as printBatch makes it: as many certificates in the
 * making as there are PDF threads, then pdf:merge), beside bare pdfmake in this one thread: a
 * one-line document (what any PDF costs) and the very same document definitions (what the layout
 * costs). The batch's goal is absolute: 100 certificates in 5 s on both cores.
 */

const logo = new Uint8Array(
  readFileSync(path.resolve(import.meta.dirname, '..', '..', 'assets', 'icon.png')),
);

/** The tests' sample certificate, with a logo and a name of its own per page. */
function printed(sequence: number): PrintedCertificate {
  return certificate(`2026-${String(sequence).padStart(4, '0')}`, (content) => {
    content.logo = logo;
    content.candidate.fullName = `Nguyễn Thị Çağlar ${sequence}`;
  });
}

const BATCH = 100;
const AT_ONCE = Math.min(4, availableParallelism());

export async function benchCertificates(): Promise<BenchRow[]> {
  const handlers = createServiceHandlers({
    transport: 'web',
    version: 'bench',
    dataFolder: '/nonexistent',
    canOpenFiles: false,
  });
  const call = async (channel: 'pdf:certificate' | 'pdf:merge', request: unknown) => {
    const envelope = await dispatch(handlers, channel, request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as PdfFile;
  };
  const batch = Array.from({ length: BATCH }, (_, i) => printed(i + 1));
  const definitions = batch.map((item) => certificateDocument(item, { version: 'bench' }));

  const one = await timeMs(() => call('pdf:certificate', { certificate: batch[0] }), 15, 3);
  const bareLine = await timeMs(() => renderPdf({ content: 'Instap' }), 15, 3);
  const bareSame = await timeMs(() => renderPdf(definitions[0] as never), 15, 3);

  const many = await timeMs(
    async () => {
      const parts: Uint8Array[] = [];
      let next = 0;
      const lane = async () => {
        for (let index = next++; index < batch.length; index = next++) {
          parts[index] = (await call('pdf:certificate', { certificate: batch[index] })).bytes;
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, lane));
      await call('pdf:merge', { parts, fileName: 'getuigschriften.pdf' });
    },
    2,
    // The single certificates above warmed pdfmake and the threads.
    0,
  );
  const bareMany = await timeMs(
    async () => {
      for (const definition of definitions) await renderPdf(definition);
    },
    2,
    0,
  );

  return [
    {
      name: 'getuigschrift-PDF (pdf:certificate, met logo)',
      unit: 'ms',
      value: one,
      floorName: 'kale pdfmake, document van één regel',
      floor: bareLine,
    },
    {
      name: 'getuigschrift-PDF (pdf:certificate, met logo)',
      unit: 'ms',
      value: one,
      floorName: 'kale pdfmake, dezelfde documentdefinitie',
      floor: bareSame,
    },
    {
      name: `${BATCH} getuigschriften + pdf:merge, ${AT_ONCE} tegelijk`,
      unit: 'ms',
      value: many,
      floorName: `kale pdfmake, dezelfde ${BATCH} definities, één thread`,
      floor: bareMany,
      goalValue: 5000,
    },
  ];
}
