import type { Transaction } from 'dexie';
import type { Candidate } from '../../../src-shared/domain/candidate';
import type { ErasureKind, Erasures } from '../../../src-shared/ipc/backups';
import { bridge } from '../../bridge';
import type { InstapDatabase } from '../../db/database';

/**
 * Who was erased or anonymised, kept outside the backups (the data folder's register, through
 * the main process) so a restore of an older backup cannot bring them back. Recorded from the
 * database itself, whoever erases: the Prullenbak, the retention rule, a restore's own run.
 */

/** Transactions that replace every table (a restore): their deletions erase nobody. */
const replacing = new WeakSet<Transaction>();

const outermost = (transaction: Transaction): Transaction =>
  transaction.parent ? outermost(transaction.parent) : transaction;

export function markReplacing(transaction: Transaction): void {
  replacing.add(outermost(transaction));
}

/** Watches the candidates table; returns the function that stops watching. */
export function trackErasures(db: InstapDatabase): () => void {
  const pending = new WeakMap<Transaction, Record<ErasureKind, Set<string>>>();

  const note = (transaction: Transaction, kind: ErasureKind, id: string) => {
    const whole = outermost(transaction);
    let found = pending.get(whole);
    if (!found) {
      const collected = { erased: new Set<string>(), anonymised: new Set<string>() };
      pending.set(whole, collected);
      // Only what was committed is recorded; a transaction that fails erased nobody.
      whole.on('complete', () => void record(collected));
      found = collected;
    }
    found[kind].add(id);
  };

  function deleting(id: string, _candidate: Candidate, transaction: Transaction) {
    if (!replacing.has(outermost(transaction))) note(transaction, 'erased', id);
  }
  function updating(changes: object, id: string, candidate: Candidate, transaction: Transaction) {
    const anonymisedNow = (changes as Partial<Candidate>).anonymisedAt && !candidate.anonymisedAt;
    if (anonymisedNow) note(transaction, 'anonymised', id);
  }

  db.candidates.hook('deleting', deleting);
  db.candidates.hook('updating', updating);
  return () => {
    db.candidates.hook('deleting').unsubscribe(deleting);
    db.candidates.hook('updating').unsubscribe(updating);
  };
}

async function record(collected: Record<ErasureKind, Set<string>>): Promise<void> {
  for (const kind of ['erased', 'anonymised'] as const) {
    if (collected[kind].size === 0) continue;
    // Best effort: a restore also reads the database's own record (see forgottenPeople).
    await bridge['backup:record-erasures']({ kind, ids: [...collected[kind]] }).catch(
      () => undefined,
    );
  }
}

/**
 * Everyone erased or anonymised in this installation: the register, and what the database shows
 * itself (anonymised candidates, removals in the audit log), which also covers people erased
 * before the register existed or whose recording was cut off.
 */
export async function forgottenPeople(db: InstapDatabase): Promise<Erasures> {
  const register = await bridge['backup:erasures']({});
  const anonymised = await db.candidates.filter((candidate) => !!candidate.anonymisedAt).toArray();
  const removed = await db.auditLog
    .filter((entry) => entry.action === 'purge' && entry.entity === 'candidate')
    .toArray();
  const erased = new Set([...register.erased, ...removed.map((entry) => entry.entityId)]);
  const anonymisedIds = new Set([
    ...register.anonymised,
    ...anonymised.map((candidate) => candidate.id),
  ]);
  return {
    erased: [...erased],
    anonymised: [...anonymisedIds].filter((id) => !erased.has(id)),
  };
}
