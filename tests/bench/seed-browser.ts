/**
 * Bundled by the bench into one script and evaluated in the app's page: fills the app's own
 * IndexedDB with generated candidates, and measures the floors of the list in that page: the bare
 * Dexie reads the list runs on one warm connection kept open (as the app keeps its own), and the
 * bare filtering of the same in-memory rows for a keystroke.
 */
import { generateCandidates } from '../../src-shared/sample';
import { openDatabase, type InstapDatabase } from '../../src-renderer/db/database';
import { loadDataset } from '../../src-renderer/data/sample-data';
import { searchKey } from '../../src-shared/domain/candidate';
import {
  buildCandidateRows,
  type CandidateRow,
} from '../../src-renderer/features/candidates/candidate-rows';

let warm: InstapDatabase | null = null;
let rows: CandidateRow[] = [];

async function readTables(db: InstapDatabase) {
  return Promise.all([db.candidates.toArray(), db.trajectories.toArray(), db.employers.toArray()]);
}

const bench = {
  async seed(count: number): Promise<number> {
    const db = await openDatabase();
    await loadDataset(db, generateCandidates(count, 7));
    warm = db;
    rows = buildCandidateRows(...(await readTables(db)), '');
    return db.candidates.count();
  },
  /** The same three tables as the list, read on the warm connection. */
  async read(): Promise<number> {
    if (!warm) throw new Error('seed first');
    const start = performance.now();
    await readTables(warm);
    return performance.now() - start;
  },
  /** The least a keystroke must do: keep the same in-memory rows whose text holds the query. */
  filter(query: string): number {
    const start = performance.now();
    const key = searchKey(query);
    rows.filter((row) => row.searchText.includes(key));
    return performance.now() - start;
  },
};

(globalThis as unknown as { instapBench: typeof bench }).instapBench = bench;
