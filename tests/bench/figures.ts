import { computeFigures, type FigureRecord } from '../../src-shared/figures';
import { timeMs, type BenchRow } from './harness';
import { sampleFigureRecords } from './sample-records';

/**
 * The result figures (computeFigures: the dashboard, the infographic, the export and the CLI all
 * call it) over 1 000, 10 000 and 100 000 trajectories, each beside the least any computation over
 * the same records must do: one pass over the array that reads every field the figures depend on
 * (no validation, no hashing). Two comparisons beside it: counting statuses only (one field per
 * record) and distinct candidates in a Set (what counting people by string key costs).
 *
 * computeFigures numbers the candidates once per records array and reuses the numbers while the
 * array lives (the screens compute many figures over the same array): the repeated runs measure
 * that, and "eerste berekening" measures the first computation over a new array.
 */
export async function benchFigures(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const { records, period, referenceDate } = sampleFigureRecords(size);
    const runs = size >= 100_000 ? 21 : 41;
    const warmup = 5;
    const figures = await timeMs(
      () => computeFigures(records, period, referenceDate),
      runs,
      warmup,
    );
    // A fresh copy of the array per run, made before the timing: no numbering to reuse.
    const copies = Array.from({ length: runs + warmup }, () => records.slice());
    const first = await timeMs(
      () => computeFigures(copies.pop() as FigureRecord[], period, referenceDate),
      runs,
      warmup,
    );
    const readFields = await timeMs(() => readEveryField(records), runs, warmup);
    const onePass = await timeMs(
      () => {
        const counts: Record<string, number> = {};
        for (const record of records) counts[record.status] = (counts[record.status] ?? 0) + 1;
        return counts;
      },
      runs,
      warmup,
    );
    const distinct = await timeMs(
      () => {
        const candidates = new Set<string>();
        for (const record of records) candidates.add(record.candidateKey);
        return candidates.size;
      },
      runs,
      warmup,
    );
    const name = `cijfers over ${size.toLocaleString('nl-NL')} trajecten`;
    rows.push(
      {
        name,
        unit: 'ms',
        value: figures,
        floorName: 'één ronde die elk gebruikt veld leest',
        floor: readFields,
        goalRatio: 5,
      },
      {
        name,
        unit: 'ms',
        value: figures,
        floorName: 'één ronde die alleen statussen telt (ter vergelijking)',
        floor: onePass,
      },
      {
        name: `${name}, eerste berekening`,
        unit: 'ms',
        value: first,
        floorName: 'één ronde met een Set van de kandidaten (ter vergelijking)',
        floor: distinct,
      },
    );
  }
  return rows;
}

/**
 * The floor: every field the figures read, read once, each string touched (its length), summed
 * so nothing is optimised away. No date is validated or compared, no key hashed.
 */
function readEveryField(records: readonly FigureRecord[]): number {
  let sum = 0;
  for (const r of records) {
    sum +=
      r.candidateKey.length +
      r.status.length +
      (r.discussedOn?.length ?? 0) +
      (r.startedOn?.length ?? 0) +
      (r.endedOn?.length ?? 0) +
      (r.employer?.length ?? 0) +
      (r.outcome?.length ?? 0) +
      (r.stopReason?.length ?? 0) +
      (r.notStartedReason?.length ?? 0) +
      (r.outflow?.inSector === true ? 1 : 0) +
      (r.followUp?.months6?.length ?? 0) +
      (r.followUp?.months12?.length ?? 0);
  }
  return sum;
}
