/**
 * Bundled by the bench into one script and evaluated in the app's page: fills the app's own
 * IndexedDB with generated candidates, and measures the floors of the list in that page: the bare
 * Dexie reads the list runs on one warm connection kept open (as the app keeps its own), and the
 * bare filtering of the same in-memory rows for a keystroke, up to the next frame.
 */
import type { Table } from 'dexie';
import type { Candidate } from '../../src-shared/domain/candidate';
import type { Trajectory } from '../../src-shared/domain/trajectory';
import { generateCandidates } from '../../src-shared/sample';
import { openDatabase, type InstapDatabase } from '../../src-renderer/db/database';
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

/** Large chunks: one bulkAdd per 10,000 rows instead of one request list of 100,000. */
async function addInChunks<T>(table: Table<T>, records: readonly T[]) {
  for (let start = 0; start < records.length; start += 10_000) {
    await table.bulkAdd(records.slice(start, start + 10_000));
  }
}

/**
 * Candidates and their trajectories: a generated data set of at most 10,000 candidates, repeated
 * with new ids up to the count. Generating 100,000 in the page (with their coaching, goals and
 * certificates, which the list never reads) took minutes on two cores; the copies keep the mix of
 * names, employers, statuses and dates of the generated set.
 */
function listRecords(count: number) {
  const generated = generateCandidates(Math.min(count, 10_000), 7);
  const candidates: Candidate[] = [];
  const trajectories: Trajectory[] = [];
  for (let copy = 0; candidates.length < count; copy++) {
    const id = (original: string) => (copy === 0 ? original : `${original}-${copy}`);
    const batch = generated.candidates.slice(0, count - candidates.length);
    const inBatch = new Set(batch.map((candidate) => candidate.id));
    candidates.push(...batch.map((candidate) => ({ ...candidate, id: id(candidate.id) })));
    for (const trajectory of generated.trajectories) {
      if (!inBatch.has(trajectory.candidateId)) continue;
      trajectories.push({
        ...trajectory,
        id: id(trajectory.id),
        candidateId: id(trajectory.candidateId),
      });
    }
  }
  return { employers: generated.employers, candidates, trajectories };
}

/** The time from `start` to the browser's next frame. */
function nextFrameSince(start: number): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
}

const bench = {
  /** Only the tables the list reads, in one transaction, in large chunks. */
  async seed(count: number): Promise<number> {
    const db = await openDatabase();
    const { employers, candidates, trajectories } = listRecords(count);
    await db.transaction('rw', [db.employers, db.candidates, db.trajectories], async () => {
      await addInChunks(db.employers, employers);
      await addInChunks(db.candidates, candidates);
      await addInChunks(db.trajectories, trajectories);
    });
    warm = db;
    rows = buildCandidateRows(...(await readTables(db)), '');
    return db.candidates.count();
  },
  /**
   * The same three tables as the list, read on the warm connection, up to the browser's next
   * frame: the opening's own figure ends at the frame that shows its rows, so both carry that wait.
   */
  async read(): Promise<number> {
    if (!warm) throw new Error('seed first');
    const start = performance.now();
    await readTables(warm);
    return nextFrameSince(start);
  },
  /**
   * The least a keystroke must do: keep the same in-memory rows whose text holds the query, and
   * be on screen at the browser's next frame (the keystroke's own figure also ends at that frame,
   * so both carry the same wait for it).
   */
  filter(query: string): Promise<number> {
    const start = performance.now();
    const key = searchKey(query);
    rows.filter((row) => row.searchText.includes(key));
    return nextFrameSince(start);
  },
};

(globalThis as unknown as { instapBench: typeof bench }).instapBench = bench;
