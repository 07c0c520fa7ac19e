import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InstapDatabase } from '../../../src-renderer/db/database';
import { printBatch } from '../../../src-renderer/features/certificates/print-certificates';

/**
 * Issue 18, point 5: a batch keeps as many pages in the making as the host has PDF threads,
 * numbers every certificate just before its page, in page order, and joins the pages in the order
 * asked. The host and the database are stand-ins here: what is tested is the batch's own order.
 */

const state = vi.hoisted(() => ({
  sequence: 0,
  running: 0,
  mostAtOnce: 0,
  issued: [] as string[],
  withdrawn: [] as string[],
  merged: [] as string[],
  /** How long each certificate's page takes, by certificate number; `fail` makes it fail. */
  delays: new Map<string, number | 'fail'>(),
}));

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
    'pdf:certificate': async ({ certificate }: { certificate: { number: string } }) => {
      state.running++;
      state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
      const delay = state.delays.get(certificate.number) ?? 1;
      await new Promise((resolve) => setTimeout(resolve, delay === 'fail' ? 1 : delay));
      state.running--;
      if (delay === 'fail') throw new Error('PDF job failed');
      return { bytes: new TextEncoder().encode(certificate.number), fileName: 'x.pdf' };
    },
    'pdf:merge': async ({ parts }: { parts: Uint8Array[] }) => {
      state.merged = parts.map((part) => new TextDecoder().decode(part));
      return { bytes: new Uint8Array(), fileName: 'getuigschriften.pdf' };
    },
  },
}));

const db = {} as InstapDatabase;
const ids = ['t1', 't2', 't3', 't4', 't5'];

beforeEach(() => {
  Object.assign(state, {
    sequence: 0,
    running: 0,
    mostAtOnce: 0,
    issued: [],
    withdrawn: [],
    merged: [],
    delays: new Map(),
  });
});

describe('a batch of certificates', () => {
  it('keeps two pages in the making, numbers in page order, joins in the order asked', async () => {
    // Later pages finish first.
    ['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005'].forEach((number, i) =>
      state.delays.set(number, 40 - i * 8),
    );
    const progress: number[] = [];
    const result = await printBatch(
      db,
      ids,
      new Map(),
      (p) => progress.push(p.done),
      () => false,
    );
    expect(state.mostAtOnce).toBe(2);
    expect(state.issued).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005']);
    expect(state.merged).toEqual(state.issued);
    expect(result.issued.map((c) => c.number)).toEqual(state.issued);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });

  it('on cancel numbers nothing more, and finishes and keeps the page still in the making', async () => {
    let cancel = false;
    const result = await printBatch(
      db,
      ids,
      new Map(),
      () => (cancel = true),
      () => cancel,
    );
    // The first page done cancels; the second was already numbered and in the making.
    expect(state.issued).toEqual(['2026-0001', '2026-0002']);
    expect(state.merged).toEqual(['2026-0001', '2026-0002']);
    expect(result.issued.map((c) => c.number)).toEqual(['2026-0001', '2026-0002']);
  });

  it('withdraws the number of a page that fails, finishes the other, and reports the failure', async () => {
    state.delays.set('2026-0002', 'fail');
    state.delays.set('2026-0003', 30);
    await expect(
      printBatch(
        db,
        ids,
        new Map(),
        () => {},
        () => false,
      ),
    ).rejects.toThrow('PDF job failed');
    expect(state.withdrawn).toEqual(['id-2026-0002']);
    // Page 3 was numbered before page 2 failed, and was finished: no number without a page.
    expect(state.issued).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(state.running).toBe(0);
  });
});
