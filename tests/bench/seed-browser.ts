/**
 * Bundled by the bench into one script and evaluated in the app's page: fills the app's own
 * IndexedDB with generated candidates and offers the bare Dexie query the list runs (the floor).
 */
import { generateCandidates } from '../../src-shared/sample';
import { openDatabase } from '../../src-renderer/db/database';
import { loadDataset } from '../../src-renderer/data/sample-data';

const bench = {
  async seed(count: number): Promise<number> {
    const db = await openDatabase();
    await loadDataset(db, generateCandidates(count, 7));
    const total = await db.candidates.count();
    db.close();
    return total;
  },
  async query(): Promise<number> {
    const db = await openDatabase();
    const start = performance.now();
    await Promise.all([db.candidates.toArray(), db.trajectories.toArray(), db.employers.toArray()]);
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  },
};

(globalThis as unknown as { instapBench: typeof bench }).instapBench = bench;
