import { useLiveQuery } from 'dexie-react-hooks';
import { fullName } from '../../../src-shared/domain/candidate';
import { toFigureRecords } from '../../../src-shared/domain/figure-records';
import type { FigureRecord } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import { loadSettings } from '../../data/settings-repository';

export interface FigureSource {
  records: FigureRecord[];
  /** Names for the list behind a figure; they never leave the renderer. */
  names: Map<string, string>;
  /** trajectory key → candidate id, to link a listed record to its screen. */
  candidateOf: Map<string, string>;
}

/**
 * The organisation's own records as the figures read them, live from the database (and from
 * Instellingen: a placement at the own organisation counts under its current name).
 */
export function useFigureRecords(): FigureSource | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [candidates, trajectories, employers, settings] = await Promise.all([
      db.candidates.toArray(),
      db.trajectories.toArray(),
      db.employers.toArray(),
      loadSettings(db),
    ]);
    const records = toFigureRecords(candidates, trajectories, employers, settings.organisationName);
    const names = new Map(candidates.map((candidate) => [candidate.id, fullName(candidate)]));
    const candidateOf = new Map<string, string>(
      records.map((record) => [record.key, record.candidateKey]),
    );
    return { records, names, candidateOf };
  }, [db]);
}
