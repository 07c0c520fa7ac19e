import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRetention } from '../../../src-shared/domain/retention';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import {
  BATCH_SIZE,
  pendingAnonymisation,
  runPendingAnonymisation,
  startAnonymisation,
  useAnonymisationJob,
  type AnonymisationProgress,
} from '../../../src-renderer/features/privacy/anonymisation-job';
import { candidatesPastRetention } from '../../../src-renderer/data/privacy-repository';
import { filledDatabase } from './filled-database';

/**
 * Anonymising hundreds of people runs as a job outside any screen: the screen that started it
 * may be gone at once, and an app closed half-way finishes the rest at the next start.
 */

/** Everyone the retention rule would anonymise in 2040: nearly the whole sample set. */
async function expiredIds(db: InstapDatabase): Promise<string[]> {
  return (await candidatesPastRetention(db, '2040-01-01', defaultRetention)).map((c) => c.id);
}

async function anonymisedCount(db: InstapDatabase, ids: readonly string[]) {
  const rows = await db.candidates.bulkGet([...ids]);
  return rows.filter((candidate) => candidate?.anonymisedAt).length;
}

/** How often each candidate was logged as anonymised: must be once. */
async function anonymisationsLogged(db: InstapDatabase) {
  const entries = await db.auditLog
    .filter((entry) => entry.entity === 'candidate' && entry.fields.includes('anonymisedAt'))
    .toArray();
  return entries.map((entry) => entry.entityId);
}

/** The run ended well: `total` people in it, everyone anonymised exactly once, nothing left. */
async function expectFinished(db: InstapDatabase, ids: readonly string[], total: number) {
  expect(useAnonymisationJob.getState()).toEqual({ status: 'done', total, done: total });
  expect(await anonymisedCount(db, ids)).toBe(ids.length);
  expect(await pendingAnonymisation(db)).toEqual([]);
  expect((await anonymisationsLogged(db)).sort()).toEqual([...ids].sort());
}

const progressSeen = () => {
  const seen: AnonymisationProgress[] = [];
  const stop = useAnonymisationJob.subscribe((state) => seen.push(state));
  return { seen, stop };
};

afterEach(() => useAnonymisationJob.setState({ status: 'idle', total: 0, done: 0 }));

describe('the anonymisation job', { timeout: 120_000 }, () => {
  it('finishes the whole list in batches, with progress, while nobody waits for it', async () => {
    const { db } = await filledDatabase();
    const ids = await expiredIds(db);
    expect(ids.length).toBeGreaterThan(250);
    const { seen, stop } = progressSeen();
    const finished = new Promise<void>((resolve) =>
      useAnonymisationJob.subscribe((state) => state.status === 'done' && resolve()),
    );

    // What the dialog's button does; the screen may be left (unmounted) right after.
    await startAnonymisation(db, ids);
    expect(await pendingAnonymisation(db)).toHaveLength(ids.length);
    await finished;
    stop();

    await expectFinished(db, ids, ids.length);
    const steps = seen.map((state) => state.done);
    // Progress moves at least every forty people.
    expect(new Set(steps).size).toBeGreaterThan(ids.length / 40);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    db.close();
  });

  it('resumes at the next start when the app was closed half-way, and does nobody twice', async () => {
    const { db } = await filledDatabase();
    const ids = await expiredIds(db);
    // Closing the app after the first batch: the database goes away under the job.
    const stop = useAnonymisationJob.subscribe((state) => {
      if (state.done >= BATCH_SIZE && db.isOpen()) db.close();
    });
    await startAnonymisation(db, ids);
    await runPendingAnonymisation(db);
    stop();
    expect(useAnonymisationJob.getState().status).toBe('failed');

    const reopened = await openDatabase(db.name);
    const left = await pendingAnonymisation(reopened);
    expect(left.length).toBe(ids.length - BATCH_SIZE);
    expect(await anonymisedCount(reopened, ids)).toBe(BATCH_SIZE);

    // What the database provider does at start.
    await runPendingAnonymisation(reopened);
    await expectFinished(reopened, ids, left.length);
    reopened.close();
  });

  it('takes people added while it runs into the same run', async () => {
    const { db } = await filledDatabase();
    const ids = await expiredIds(db);
    const [first, second] = [ids.slice(0, 60), ids.slice(60, 90)];
    await startAnonymisation(db, first);
    await startAnonymisation(db, [...second, ...first.slice(0, 5)]);
    await runPendingAnonymisation(db);
    expect(useAnonymisationJob.getState().status).toBe('done');
    expect(await anonymisedCount(db, [...first, ...second])).toBe(90);
    expect(await anonymisedCount(db, ids.slice(90))).toBe(0);
    db.close();
  });
});
