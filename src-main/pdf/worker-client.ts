import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  serviceChannelNames,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../src-shared/ipc/contract';
import type { PdfFile } from '../../src-shared/ipc/documents';
import { IpcError } from '../../src-shared/ipc/envelope';
import type { PdfChannel, PdfJobAnswer, PdfJobMessage } from './worker-jobs';

/**
 * The host's side of the PDF worker thread (./worker). Every PDF is made there, one at a time,
 * so a bad input (an image that makes the decoder throw where nothing can catch it, a document
 * that never finishes, a heap that grows without end) costs that one request, not the web host or
 * the Electron main process. A job that fails that way is answered with a Dutch message; the
 * thread is stopped and the next job gets a fresh one.
 */

export interface PdfWorkerOptions {
  /** A job still running after this long is stopped with its thread. */
  timeLimitMs?: number;
  /** The thread's JavaScript heap; Node stops the thread when it needs more. */
  maxHeapMb?: number;
}

export interface PdfWorker {
  run<C extends PdfChannel>(
    channel: C,
    request: ParsedRequestOf<C>,
    version: string,
  ): Promise<ResponseOf<C>>;
}

/** The handlers of every PDF channel, each a job for `pdf`: no PDF is made outside the worker. */
export function pdfHandlers(pdf: PdfWorker, version: string): PdfHandlers {
  const channels = serviceChannelNames.filter((name): name is PdfChannel =>
    name.startsWith('pdf:'),
  );
  return Object.fromEntries(
    channels.map((channel) => [channel, (request: never) => pdf.run(channel, request, version)]),
  ) as PdfHandlers;
}

export type PdfHandlers = {
  [C in PdfChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};

const PDF_TIME_LIMIT_MS = 60_000;
const PDF_HEAP_MB = 512;

const crashed =
  'De PDF kon niet worden gemaakt: Instap liep vast op de gegevens of op een afbeelding (logo of handtekening). Probeer het opnieuw; kies zo nodig een andere afbeelding.';
const timedOut = (seconds: number) =>
  `De PDF kon niet worden gemaakt: dat duurde langer dan ${seconds} seconden. Probeer het opnieuw met minder gegevens of een kleinere afbeelding.`;

interface Job {
  message: PdfJobMessage;
  resolve(file: PdfFile): void;
  reject(error: Error): void;
}

export function createPdfWorker(options: PdfWorkerOptions = {}): PdfWorker {
  const timeLimitMs = options.timeLimitMs ?? PDF_TIME_LIMIT_MS;
  const maxHeapMb = options.maxHeapMb ?? PDF_HEAP_MB;
  const queue: Job[] = [];
  let thread: Worker | null = null;
  let running: { job: Job; thread: Worker; timer: NodeJS.Timeout } | null = null;
  let nextId = 1;

  function start(): Worker {
    const entry = workerEntry();
    const started = new Worker(entry.script, {
      eval: entry.eval,
      // None of the host's own flags (a loader, --input-type): the entry brings what it needs.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    started.on('message', (answer: PdfJobAnswer) => finish(started, answer));
    // Without an 'error' listener the thread's crash would be thrown in the host.
    started.on('error', () => abandon(started, crashed));
    started.on('exit', () => abandon(started, crashed));
    // An idle thread keeps no process alive; a running job's timer does. (After the listeners:
    // a first 'message' listener refs the thread again.)
    started.unref();
    return started;
  }

  function next(): void {
    if (running !== null) return;
    const job = queue.shift();
    if (!job) return;
    thread ??= start();
    const current = thread;
    const seconds = Math.max(1, Math.round(timeLimitMs / 1000));
    const timer = setTimeout(() => abandon(current, timedOut(seconds)), timeLimitMs);
    running = { job, thread: current, timer };
    current.postMessage(job.message);
  }

  function settle(outcome: (job: Job) => void): void {
    if (running === null) return;
    const { job, timer } = running;
    clearTimeout(timer);
    running = null;
    outcome(job);
    next();
  }

  function finish(from: Worker, answer: PdfJobAnswer): void {
    if (running?.thread !== from || running.job.message.id !== answer.id) return;
    settle((job) => {
      if (answer.ok) job.resolve(answer.value);
      else job.reject(Object.assign(new Error('PDF job failed'), { name: answer.errorName }));
    });
  }

  /** The thread crashed, ran out of heap or out of time: stop it and fail its job only. */
  function abandon(from: Worker, message: string): void {
    if (thread === from) thread = null;
    void from.terminate();
    if (running?.thread !== from) return;
    settle((job) => job.reject(new IpcError({ code: 'internal', message })));
  }

  return {
    run(channel, request, version) {
      return new Promise((resolve, reject) => {
        const message: PdfJobMessage = { id: nextId++, channel, request, version };
        queue.push({ message, resolve: resolve as (file: PdfFile) => void, reject });
        next();
      });
    },
  };
}

/** This module's folder: `src-main/pdf` from source (tsx, vitest), `dist/main` in a bundle. */
const here: string = typeof __dirname === 'string' ? __dirname : import.meta.dirname;

/**
 * The bundle's `pdf-worker.cjs` beside it (src-main/dev/build.ts), else the TypeScript source
 * through tsx's require hook (`--import tsx` in a worker's execArgv does not reach the worker's
 * module loader on Node 20).
 */
function workerEntry(): { script: string; eval: boolean } {
  const bundled = path.join(here, 'pdf-worker.cjs');
  if (existsSync(bundled)) return { script: bundled, eval: false };
  const tsx = JSON.stringify(createRequire(`${here}${path.sep}`).resolve('tsx/cjs/api'));
  const source = JSON.stringify(path.join(here, 'worker.ts'));
  return { script: `require(${tsx}).require(${source}, ${source})`, eval: true };
}
