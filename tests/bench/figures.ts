import { computeFigures } from '../../src-shared/figures';
import { timeMs, type BenchRow } from './harness';
import { sampleFigureRecords } from './sample-records';

/**
 * The result figures (computeFigures: the dashboard, the infographic, the export and the CLI all
 * call it) over 1 000, 10 000 and 100 000 trajectories, each beside the least any computation over
 * the same records must do: one pass over the array, counting statuses.
 */
export async function benchFigures(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const { records, period, referenceDate } = sampleFigureRecords(size);
    const runs = size >= 100_000 ? 21 : 41;
    const figures = await timeMs(() => computeFigures(records, period, referenceDate), runs, 5);
    const onePass = await timeMs(
      () => {
        const counts: Record<string, number> = {};
        for (const record of records) counts[record.status] = (counts[record.status] ?? 0) + 1;
        return counts;
      },
      runs,
      5,
    );
    // What "discussed" and "not started" cannot do without: distinct candidates, by their key.
    const distinct = await timeMs(
      () => {
        const candidates = new Set<string>();
        for (const record of records) candidates.add(record.candidateKey);
        return candidates.size;
      },
      runs,
      5,
    );
    const name = `cijfers over ${size.toLocaleString('nl-NL')} trajecten`;
    rows.push(
      {
        name,
        unit: 'ms',
        value: figures,
        floorName: 'één ronde over dezelfde records (statussen tellen)',
        floor: onePass,
        goalRatio: 5,
      },
      {
        name,
        unit: 'ms',
        value: figures,
        floorName: 'één ronde met een Set van de kandidaten (ter vergelijking)',
        floor: distinct,
      },
    );
  }
  return rows;
}
