/**
 * How a batch of certificates is cut into parts (src-main/pdf/certificate: one PDF document per
 * part), shared by printBatch and the bench.
 */

/**
 * Parts made side by side: the host renders PDFs on a thread per core (src-main/pdf/worker-client),
 * so a batch keeps that many parts in the making.
 */
export const PARTS_AT_ONCE = Math.min(
  4,
  Math.max(2, globalThis.navigator?.hardwareConcurrency ?? 2),
);

/**
 * Certificates per part. A part is one PDF document (pdf:certificates), so the fonts and the logo
 * are read once per part instead of once per certificate; at most this many, so that progress and
 * cancel stay meaningful, and fewer when that keeps every thread busy.
 */
const MOST_PER_PART = 10;

export function partSize(total: number, partsAtOnce = PARTS_AT_ONCE): number {
  return Math.max(1, Math.min(MOST_PER_PART, Math.ceil(total / partsAtOnce)));
}
