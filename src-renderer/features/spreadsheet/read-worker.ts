/// <reference lib="webworker" />
import { readSpreadsheet, type FileToRead, type ReadResult } from './read-spreadsheet';

/**
 * Reads a spreadsheet off the page's thread: unpacking and parsing a large .xlsx takes seconds
 * in one piece, which would freeze the screen. Receives the File itself, so its size is still
 * checked before a byte is read.
 */
export type WorkerMessage = { progress: number } | { result: ReadResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<FileToRead & Blob>) => {
  const file = event.data;
  const result = await readSpreadsheet(
    { name: file.name, size: file.size, arrayBuffer: () => file.arrayBuffer() },
    (progress) => scope.postMessage({ progress } satisfies WorkerMessage),
  );
  scope.postMessage({ result } satisfies WorkerMessage);
};
