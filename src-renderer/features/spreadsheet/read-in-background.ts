import { readSpreadsheet, type Progress, type ReadResult } from './read-spreadsheet';
import type { WorkerMessage } from './read-worker';

/**
 * Reads the file in a worker so the page stays responsive and the progress bar moves; where a
 * worker cannot start, reads on the page instead (slower to paint, same result).
 */
export function readInBackground(file: File, onProgress: Progress): Promise<ReadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readSpreadsheet(file, onProgress);
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if ('progress' in event.data) return onProgress(event.data.progress);
      worker.terminate();
      resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readSpreadsheet(file, onProgress));
    };
    worker.postMessage(file);
  });
}
