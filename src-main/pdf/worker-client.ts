import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
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
 * The host's side of the PDF worker threads (./worker): a small pool, one job at a time per
 * thread, so a batch of certificates uses every core. Every PDF is made there, so a bad input (an
 * image that makes the decoder throw where nothing can catch it, a document that never finishes,
 * a heap that grows without end) costs that one request, not the web host or the Electron main
 * process. A job that fails that way is answered with a Dutch message; its thread is stopped and
 * the next job gets a fresh one.
 */

export interface PdfWorkerOptions {
  /** A job still running after this long is stopped with its thread. */
  timeLimitMs?: number;
  /** Each thread's JavaScript heap; Node stops the thread when it needs more. */
  maxHeapMb?: number;
  /** Threads making PDFs side by side (default: one per core, at most MAX_PDF_THREADS). */
  threads?: number;
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
const MAX_PDF_THREADS = 4;

const crashed =
  'De PDF kon niet worden gemaakt: Instap liep vast op de gegevens of op een afbeelding (logo of handtekening). Probeer het opnieuw; kies zo nodig een andere afbeelding.';
const timedOut = (seconds: number) =>
  `De PDF kon niet worden gemaakt: dat duurde langer dan ${seconds} seconden. Probeer het opnieuw met minder gegevens of een kleinere afbeelding.`;

interface Job {
  message: PdfJobMessage;
  resolve(file: PdfFile): void;
  reject(error: Error): void;
}

interface Slot {
  thread: Worker | null;
  running: { job: Job; thread: Worker; timer: NodeJS.Timeout } | null;
}

export function createPdfWorker(options: PdfWorkerOptions = {}): PdfWorker {
  const timeLimitMs = options.timeLimitMs ?? PDF_TIME_LIMIT_MS;
  const maxHeapMb = options.maxHeapMb ?? PDF_HEAP_MB;
  const threads = Math.max(1, options.threads ?? defaultThreads());
  const queue: Job[] = [];
  // Each slot runs one job at a time on a thread of its own, started when first needed.
  const slots: Slot[] = Array.from({ length: threads }, () => ({ thread: null, running: null }));
  let nextId = 1;

  function start(slot: Slot): Worker {
    const entry = workerEntry();
    const started = new Worker(entry.script, {
      eval: entry.eval,
      // None of the host's own flags (a loader, --input-type): the entry brings what it needs.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    started.on('message', (answer: PdfJobAnswer) => finish(slot, started, answer));
    // Without an 'error' listener the thread's crash would be thrown in the host.
    started.on('error', () => abandon(slot, started, crashed));
    started.on('exit', () => abandon(slot, started, crashed));
    // An idle thread keeps no process alive; a running job's timer does. (After the listeners:
    // a first 'message' listener refs the thread again.)
    started.unref();
    return started;
  }

  function next(): void {
    for (const slot of slots) {
      if (slot.running !== null) continue;
      const job = queue.shift();
      if (!job) return;
      slot.thread ??= start(slot);
      const current = slot.thread;
      const seconds = Math.max(1, Math.round(timeLimitMs / 1000));
      const timer = setTimeout(() => abandon(slot, current, timedOut(seconds)), timeLimitMs);
      slot.running = { job, thread: current, timer };
      current.postMessage(job.message);
    }
  }

  function settle(slot: Slot, outcome: (job: Job) => void): void {
    if (slot.running === null) return;
    const { job, timer } = slot.running;
    clearTimeout(timer);
    slot.running = null;
    outcome(job);
    next();
  }

  function finish(slot: Slot, from: Worker, answer: PdfJobAnswer): void {
    if (slot.running?.thread !== from || slot.running.job.message.id !== answer.id) return;
    settle(slot, (job) => {
      if (answer.ok) job.resolve(answer.value);
      else job.reject(Object.assign(new Error('PDF job failed'), { name: answer.errorName }));
    });
  }

  /** The thread crashed, ran out of heap or out of time: stop it and fail its job only. */
  function abandon(slot: Slot, from: Worker, message: string): void {
    if (slot.thread === from) slot.thread = null;
    void from.terminate();
    if (slot.running?.thread !== from) return;
    settle(slot, (job) => job.reject(new IpcError({ code: 'internal', message })));
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

/**
 * One thread per core, at most MAX_PDF_THREADS: a batch of certificates uses every core, and the
 * heap limit per thread times the threads stays a bounded amount of memory.
 */
function defaultThreads(): number {
  return Math.min(MAX_PDF_THREADS, availableParallelism());
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
