import { parentPort } from 'node:worker_threads';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { pdfJobs, type PdfJobAnswer, type PdfJobMessage } from './worker-jobs';

/**
 * The PDF worker thread (bundled as dist/main/pdf-worker.cjs): makes one PDF at a time for the
 * host (./worker-client). It stays warm between jobs, so pdfmake and the fonts load once. A job
 * that throws is answered as a failure; one that crashes the thread (a decoder throwing inside a
 * zlib callback, the heap limit, the time limit) ends this thread only, never the host.
 */
if (!parentPort) throw new Error('The PDF worker runs as a worker thread only.');
const port = parentPort;

port.on('message', (job: PdfJobMessage) => {
  void answer(job).then((reply) => port.postMessage(reply));
});

async function answer({ id, channel, request, version }: PdfJobMessage): Promise<PdfJobAnswer> {
  try {
    const make = pdfJobs[channel] as (request: unknown, version: string) => Promise<PdfFile>;
    const { bytes, fileName } = await make(request, version);
    return { id, ok: true, value: { bytes, fileName } };
  } catch (error) {
    return { id, ok: false, errorName: error instanceof Error ? error.name : 'onbekend' };
  }
}
