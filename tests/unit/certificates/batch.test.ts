import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InstapDatabase } from '../../../src-renderer/db/database';
import { partSize } from '../../../src-renderer/features/certificates/batch-parts';
import { printBatch } from '../../../src-renderer/features/certificates/print-certificates';

/**
 * Issue 18, point 5: a batch is made in parts (one PDF document of several certificates each),
 * keeps as many parts in the making as the host has PDF threads, numbers every certificate just
 * before its part, in page order, and joins the parts in the order asked. The host and the
 * database are stand-ins here: what is tested is the batch's own order.
 */

const state = vi.hoisted(() => {
  // Two PDF threads, whatever this machine has: the batch reads it when it loads.
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  return {
    sequence: 0,
    running: 0,
    mostAtOnce: 0,
    issued: [] as string[],
    withdrawn: [] as string[],
    /** Per part asked for: the numbers in it. */
    parts: [] as string[][],
    merged: [] as string[][],
    /** How long a part takes, by the number of its first certificate; `fail` makes it fail. */
    delays: new Map<string, number | 'fail'>(),
  };
});

vi.mock('../../../src-renderer/data/certificate-repository', () => ({
  currentCertificate: async () => undefined,
  issueCertificate: async (_db: unknown, trajectoryId: string) => {
    const number = `2026-${String(++state.sequence).padStart(4, '0')}`;
    state.issued.push(number);
    return { id: `id-${number}`, number, trajectoryId, content: {} };
  },
  withdrawCertificate: async (_db: unknown, id: string) => {
    state.withdrawn.push(id);
  },
}));

vi.mock('../../../src-renderer/features/certificates/certificate-content', () => ({
  certificateContent: async () => ({}),
}));

vi.mock('../../../src-renderer/bridge', () => ({
  bridge: {
    'pdf:certificates': async ({ certificates }: { certificates: { number: string }[] }) => {
      const numbers = certificates.map((certificate) => certificate.number);
      state.parts.push(numbers);
      state.running++;
      state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
      const delay = state.delays.get(numbers[0] ?? '') ?? 1;
      await new Promise((resolve) => setTimeout(resolve, delay === 'fail' ? 1 : delay));
      state.running--;
      if (delay === 'fail') throw new Error('PDF job failed');
      return { bytes: new TextEncoder().encode(numbers.join(',')), fileName: 'x.pdf' };
    },
    'pdf:merge': async ({ parts }: { parts: Uint8Array[] }) => {
      state.merged = parts.map((part) => new TextDecoder().decode(part).split(','));
      return { bytes: new Uint8Array(), fileName: 'getuigschriften.pdf' };
    },
  },
}));

const db = {} as InstapDatabase;
/** 25 trajectories: parts of 10, 10 and 5 on two threads. */
const ids = Array.from({ length: 25 }, (_, i) => `t${i + 1}`);
const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${String(from + i).padStart(4, '0')}`);

beforeEach(() => {
  Object.assign(state, {
    sequence: 0,
    running: 0,
    mostAtOnce: 0,
    issued: [],
    withdrawn: [],
    parts: [],
    merged: [],
    delays: new Map(),
  });
});

describe('a batch of certificates', () => {
  it('makes parts of at most 10, fewer when that keeps every thread busy', () => {
    expect(partSize(100, 2)).toBe(10);
    expect(partSize(25, 2)).toBe(10);
    expect(partSize(25, 4)).toBe(7);
    expect(partSize(6, 2)).toBe(3);
    expect(partSize(1, 2)).toBe(1);
  });

  it('keeps two parts in the making, numbers in page order, joins in the order asked', async () => {
    // Later parts finish first.
    state.delays.set('2026-0001', 60);
    state.delays.set('2026-0011', 30);
    state.delays.set('2026-0021', 1);
    const progress: number[] = [];
    const result = await printBatch(
      db,
      ids,
      new Map(),
      (p) => progress.push(p.done),
      () => false,
    );
    expect(state.mostAtOnce).toBe(2);
    expect(state.issued).toEqual(numbers(1, 25));
    expect(state.parts).toEqual([numbers(1, 10), numbers(11, 20), numbers(21, 25)]);
    expect(state.merged).toEqual(state.parts);
    expect(result.issued.map((c) => c.number)).toEqual(state.issued);
    // Part 2 first (10 pages), then part 3 (15), then part 1 (25).
    expect(progress).toEqual([10, 15, 25]);
  });

  it('on cancel numbers nothing more, and finishes and keeps the part still in the making', async () => {
    state.delays.set('2026-0011', 30);
    let cancel = false;
    const result = await printBatch(
      db,
      ids,
      new Map(),
      () => (cancel = true),
      () => cancel,
    );
    // The first part done cancels; the second was already numbered and in the making.
    expect(state.issued).toEqual(numbers(1, 20));
    expect(state.merged).toEqual([numbers(1, 10), numbers(11, 20)]);
    expect(result.issued.map((c) => c.number)).toEqual(numbers(1, 20));
  });

  it('gives back the numbers of a part that fails, finishes the other, and reports the failure', async () => {
    state.delays.set('2026-0001', 'fail');
    state.delays.set('2026-0011', 30);
    await expect(
      printBatch(
        db,
        ids,
        new Map(),
        () => {},
        () => false,
      ),
    ).rejects.toThrow('PDF job failed');
    expect(state.withdrawn).toEqual(numbers(1, 10).map((number) => `id-${number}`));
    // Part 2 was numbered before part 1 failed, and was finished: no number without a page.
    expect(state.issued).toEqual(numbers(1, 20));
    expect(state.running).toBe(0);
  });
});
