import type { OpenPlacement, OpenPlacementInput } from '../../src-shared/domain/open-placement';
import { newId, now, type InstapDatabase } from '../db/database';
import { putAudited, removeAudited } from './audited-rows';

/** The placements an employer offers, open ones first, then by the date they are available. */
export async function openPlacementsOf(
  db: InstapDatabase,
  employerId: string,
): Promise<OpenPlacement[]> {
  const order = { open: 0, filled: 1, withdrawn: 2 };
  const rows = await db.openPlacements.where('employerId').equals(employerId).toArray();
  return rows.sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.availableFrom ?? '').localeCompare(b.availableFrom ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Adds a placement (no id) or changes one. Parse the input with `openPlacementInputSchema`. */
export async function saveOpenPlacement(
  db: InstapDatabase,
  employerId: string,
  input: OpenPlacementInput,
  id: string = newId(),
): Promise<OpenPlacement> {
  return db.transaction('rw', db.openPlacements, db.auditLog, async () => {
    const before = await db.openPlacements.get(id);
    const stamp = now();
    return putAudited(db, db.openPlacements, 'openPlacement', {
      ...input,
      id,
      employerId,
      createdAt: before?.createdAt ?? stamp,
      updatedAt: stamp,
    });
  });
}

export const removeOpenPlacement = (db: InstapDatabase, id: string) =>
  removeAudited(db, db.openPlacements, 'openPlacement', id);

/** Every employer's placements (the regional meeting's matching list). */
export const allOpenPlacements = (db: InstapDatabase) => db.openPlacements.toArray();
