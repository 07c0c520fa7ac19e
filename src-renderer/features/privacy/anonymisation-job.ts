import { create } from 'zustand';
import type { InstapDatabase } from '../../db/database';
import { i18next } from '../../ui/i18n';
import { showToast } from '../../ui/toast-store';
import { anonymise } from '../../data/privacy-repository';

/**
 * Anonymising many people is a job of its own, not part of a screen: it runs at module level in
 * small batches (progress after each), whatever screen the coach opens meanwhile. Who is still to
 * be done is kept in the database, so a run cut short by closing the app finishes at the next
 * start; each batch and its removal from that list commit together, so nobody is done twice.
 */

const PENDING_KEY = 'pending-anonymisation';
/** Small enough that progress moves often, large enough that the batches stay cheap. */
export const BATCH_SIZE = 25;

export interface AnonymisationProgress {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** People in this run, and how many of them are done. */
  total: number;
  done: number;
}

/** UI state only: the records themselves stay in the database. */
export const useAnonymisationJob = create<AnonymisationProgress>(() => ({
  status: 'idle',
  total: 0,
  done: 0,
}));

/** The ids still to be anonymised (only ids: nothing personal in the marker). */
export async function pendingAnonymisation(db: InstapDatabase): Promise<string[]> {
  const value = (await db.settings.get(PENDING_KEY))?.value as
    { candidateIds?: unknown } | undefined;
  const ids = value?.candidateIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

async function setPending(db: InstapDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) await db.settings.delete(PENDING_KEY);
  else await db.settings.put({ key: PENDING_KEY, value: { candidateIds: [...ids] } });
}

/**
 * Adds people to the list and starts the job if it is not running. Resolves once the list is
 * stored; the job itself goes on without anyone waiting for it.
 */
export async function startAnonymisation(
  db: InstapDatabase,
  candidateIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const pending = await pendingAnonymisation(db);
    const known = new Set(pending);
    await setPending(db, [...pending, ...candidateIds.filter((id) => !known.has(id))]);
  });
  void runPendingAnonymisation(db);
}

let current: Promise<void> | null = null;

/**
 * Works through the stored list until it is empty; joins the run in progress if there is one.
 * Called at start (an interrupted run resumes) and by `startAnonymisation`. Never rejects: a
 * failure shows in the progress and the list stays for the next try.
 */
export function runPendingAnonymisation(db: InstapDatabase): Promise<void> {
  current ??= run(db).finally(() => {
    current = null;
  });
  return current;
}

async function run(db: InstapDatabase): Promise<void> {
  const progress = useAnonymisationJob.setState;
  let done = 0;
  let anonymised = 0;
  try {
    for (;;) {
      const pending = await pendingAnonymisation(db);
      if (pending.length === 0) break;
      progress({ status: 'running', total: done + pending.length, done });
      const batch = pending.slice(0, BATCH_SIZE);
      await db.transaction('rw', db.tables, async () => {
        anonymised += await anonymise(db, batch);
        const finished = new Set(batch);
        // Read again: people may have been added while this batch ran.
        await setPending(
          db,
          (await pendingAnonymisation(db)).filter((id) => !finished.has(id)),
        );
      });
      done += batch.length;
      progress({ done });
    }
    if (done === 0) return;
    progress({ status: 'done', total: done, done });
    showToast({ tone: 'success', message: i18next.t('privacy.done', { count: anonymised }) });
  } catch {
    progress({ status: 'failed' });
    showToast({ tone: 'error', message: i18next.t('privacy.interrupted') });
  }
}
