import { computeFigures } from '../../src-shared/figures';
import { medianMs, type BenchRow } from './harness';
import { sampleFigureRecords } from './sample-records';

/**
 * The result figures over 100 000 trajectories (computeFigures: the dashboard, the infographic,
 * the export and the CLI all call it), beside the least any computation over them must do: one
 * pass over the array, counting statuses.
 */
export async function benchFigures(): Promise<BenchRow[]> {
  const { records, period, referenceDate } = sampleFigureRecords(100_000);
  const figures = await medianMs(() => computeFigures(records, period, referenceDate), 30, 5);
  const onePass = await medianMs(
    () => {
      const counts: Record<string, number> = {};
      for (const record of records) counts[record.status] = (counts[record.status] ?? 0) + 1;
      return counts;
    },
    30,
    5,
  );
  return [
    {
      name: 'cijfers over 100 000 trajecten',
      unit: 'ms',
      value: figures,
      floorName: 'één ronde over de lijst (statussen tellen)',
      floor: onePass,
    },
  ];
}
