import { createServiceHandlers, dispatch } from '../../src-main/handlers';
import { certificateDocument, certificatesDocument } from '../../src-main/pdf/certificate';
import { renderPdf } from '../../src-main/pdf/render';
import type { PrintedCertificate } from '../../src-shared/domain/certificate';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { PARTS_AT_ONCE, partSize } from '../../src-renderer/features/certificates/batch-parts';
import { appLogo as logo, certificate } from '../unit/pdf/document-helpers';
import { timeMs, timingOf, type BenchRow, type Timing } from './harness';

/**
 * Certificates as the renderer asks for them (request parsed with the contract's schema, layout,
 * pdfmake in the PDF worker pool; a batch as printBatch makes it: parts of several certificates,
 * one document each (pdf:certificates), as many parts in the making as there are PDF threads,
 * then pdf:merge), beside bare pdfmake in this one thread: a one-line document (what any PDF
 * costs) and the very same document definitions (what the layout costs). The batch's goal is
 * absolute: 100 certificates in 5 s on both cores.
 */

/** The tests' sample certificate, with a logo and a name of its own per page. */
function printed(sequence: number): PrintedCertificate {
  return certificate(`2026-${String(sequence).padStart(4, '0')}`, (content) => {
    content.logo = logo;
    content.candidate.fullName = `Nguyễn Thị Çağlar ${sequence}`;
  });
}

const BATCH = 100;
const AT_ONCE = PARTS_AT_ONCE;
const PART = partSize(BATCH, AT_ONCE);

export async function benchCertificates(): Promise<BenchRow[]> {
  const handlers = createServiceHandlers({
    transport: 'web',
    version: 'bench',
    dataFolder: '/nonexistent',
    canOpenFiles: false,
  });
  const call = async (
    channel: 'pdf:certificate' | 'pdf:certificates' | 'pdf:merge',
    request: unknown,
  ) => {
    const envelope = await dispatch(handlers, channel, request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as PdfFile;
  };
  const batch = Array.from({ length: BATCH }, (_, i) => printed(i + 1));
  const parts = Array.from({ length: Math.ceil(BATCH / PART) }, (_, i) =>
    batch.slice(i * PART, (i + 1) * PART),
  );

  const one = await timeMs(() => call('pdf:certificate', { certificate: batch[0] }), 15, 3);
  const bareLine = await timeMs(() => renderPdf({ content: 'Instap' }), 15, 3);
  const bareSame = await timeMs(
    () => renderPdf(certificateDocument(printed(1), { version: 'bench' })),
    15,
    3,
  );

  const many = await withCpuTime(
    async () => {
      const made: Uint8Array[] = [];
      let next = 0;
      const lane = async () => {
        for (let index = next++; index < parts.length; index = next++) {
          made[index] = (await call('pdf:certificates', { certificates: parts[index] })).bytes;
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, lane));
      await call('pdf:merge', { parts: made, fileName: 'getuigschriften.pdf' });
    },
    3,
    // The single certificates above warmed pdfmake; one batch warms every thread.
    1,
  );
  // pdfmake lays a definition out in place: a fresh one per run, as the worker makes it.
  const bareMany = await withCpuTime(
    async () => {
      for (const certificates of parts) {
        const settings = certificates.map((certificate) => ({ certificate }));
        await renderPdf(certificatesDocument(settings, 'bench').document);
      }
    },
    3,
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
      name: `${BATCH} getuigschriften in delen van ${PART} + pdf:merge, ${AT_ONCE} tegelijk`,
      unit: 'ms',
      value: many.wall,
      floorName: `kale pdfmake, dezelfde ${parts.length} documenten, één thread`,
      floor: bareMany.wall,
      goalValue: 5000,
    },
    {
      name: `${BATCH} getuigschriften, CPU-tijd van alle threads`,
      unit: 'ms',
      value: many.cpu,
      floorName: `kale pdfmake, dezelfde ${parts.length} documenten, CPU-tijd`,
      floor: bareMany.cpu,
    },
  ];
}

/**
 * The wall-clock time and the CPU time of each run (every thread of this process, the PDF
 * threads included): a busy machine stretches the first, hardly the second, and the CPU time
 * over the cores is what the batch takes on a quiet machine.
 */
async function withCpuTime(
  work: () => Promise<unknown>,
  runs: number,
  warmup: number,
): Promise<{ wall: Timing; cpu: Timing }> {
  const cpu: number[] = [];
  const wall = await timeMs(
    async () => {
      const start = process.cpuUsage();
      await work();
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    },
    runs,
    warmup,
  );
  return { wall, cpu: timingOf(cpu.slice(warmup)) };
}
