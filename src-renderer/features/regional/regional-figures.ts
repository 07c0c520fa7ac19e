import {
  FIRST_EXCHANGE_DATE,
  LAST_EXCHANGE_DATE,
  mergeExports,
  regionalFigures,
  trajectoryToFigureRecord,
  type RegionalFiguresResult,
} from '../../../src-shared/exchange';
import { programmesOf, type FigureFilter, type Period } from '../../../src-shared/figures';
import type { InstapDatabase } from '../../db/database';
import { buildOwnExport } from './export-sources';

/**
 * The region's figures as the Regio screen shows them: the organisation's own records (as an
 * in-memory export, never saved) merged with every partner file, through the same merge and
 * figures as the CLI; with the programme labels the records carry, for the filter.
 */
export async function computeRegionalFigures(
  db: InstapDatabase,
  period: Period,
  referenceDate: string,
  filter?: FigureFilter,
): Promise<RegionalFiguresResult & { programmes: string[] }> {
  const own = await buildOwnExport(db, {
    // Every own record the format can hold: the regional figures pick the period themselves.
    period: { from: FIRST_EXCHANGE_DATE, to: LAST_EXCHANGE_DATE },
    referenceDate,
    level: 'records',
    include: { ageBand: false, benefit: true, hoursPerWeek: false, learningGoals: false },
    generator: 'Instap',
  });
  const imports = await db.exchangeImports.toArray();
  const merged = mergeExports([own, ...imports.map((entry) => entry.file)]);
  const programmes = programmesOf(
    merged.trajectories.map((entry) =>
      trajectoryToFigureRecord(entry.organisationId, entry.trajectory),
    ),
  );
  return { ...regionalFigures(merged, period, referenceDate, filter), programmes };
}
