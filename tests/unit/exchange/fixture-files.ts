import { buildExport } from '../../../src-shared/exchange';
import type { ExchangeFileV1 } from '../../../src-shared/exchange';
import { inputA, inputB, sourcesA, year2020 } from './sample-data';

/**
 * The valid sample files in tests/fixtures/exchange, as the app exports them. Regenerate with
 * `npx tsx tests/unit/exchange/write-fixtures.ts` after changing the sample data.
 */
export async function buildFixtureFiles(): Promise<Record<string, ExchangeFileV1>> {
  return {
    'stichting-de-linde-2019-records.json': await buildExport(inputA()),
    // The same period later: trajectory t-07 turned out to have stopped.
    'stichting-de-linde-2019-records-newer.json': await buildExport(
      inputA({ sources: sourcesA(true), exportedAt: '2021-06-01T08:00:00.000Z' }),
    ),
    'stichting-de-linde-2020-records.json': await buildExport(
      inputA({ sources: sourcesA(true), period: year2020, exportedAt: '2021-06-01T08:05:00.000Z' }),
    ),
    'stichting-de-linde-2019-counts.json': await buildExport(
      inputA({ level: 'counts', exportedAt: '2021-03-15T09:20:00.000Z' }),
    ),
    'zorggroep-oost-2019-counts.json': await buildExport(inputB()),
  };
}
