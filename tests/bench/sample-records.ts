import { toFigureRecords } from '../../src-shared/domain/figure-records';
import type { FigureRecord, Period } from '../../src-shared/figures';
import { generateCandidates, sampleToday } from '../../src-shared/sample';

/**
 * Exactly `count` figure records from the app's own sample generator (seeded), through the one
 * mapping the dashboard and the infographic use; with a period that holds all of them.
 */
export function sampleFigureRecords(count: number): {
  records: FigureRecord[];
  period: Period;
  referenceDate: string;
} {
  // About 1.04 records per generated candidate.
  const data = generateCandidates(Math.ceil(count / 1.02), 2019);
  const records = toFigureRecords(data.candidates, data.trajectories, data.employers, '').slice(
    0,
    count,
  );
  if (records.length < count) throw new Error(`only ${records.length} records generated`);
  return { records, period: { from: '2018-01-01', to: '2026-12-31' }, referenceDate: sampleToday };
}
