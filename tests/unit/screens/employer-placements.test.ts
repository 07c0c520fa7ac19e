import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPlacementInputSchema } from '../../../src-shared/domain/open-placement';
import { openDatabase } from '../../../src-renderer/db/database';
import { findOrCreateEmployer } from '../../../src-renderer/data/employer-repository';
import {
  openPlacementsOf,
  saveOpenPlacement,
} from '../../../src-renderer/data/open-placement-repository';
import {
  countByStatus,
  toOpenPlacementFormValues,
} from '../../../src-renderer/features/employers/open-placement-form';

/** Issue 15, point 10: the placements an employer offers, kept on the employer screen. */

let counter = 0;

describe('the open placement form', () => {
  const blank = toOpenPlacementFormValues(null);

  it('starts as an open placement with nothing filled in', () => {
    expect(blank).toEqual({
      location: '',
      role: '',
      hoursPerWeek: '',
      availableFrom: '',
      status: 'open',
    });
  });

  it('needs a role, and hours between 1 and 40', () => {
    const result = openPlacementInputSchema.safeParse({ ...blank, hoursPerWeek: '60' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'hoursPerWeek',
      'role',
    ]);
  });

  it('saves, changes the status and reads back, with the counts per status', async () => {
    const db = await openDatabase(`instap-employer-placements-${counter++}`);
    const linde = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
    const kitchen = await saveOpenPlacement(
      db,
      linde.id,
      openPlacementInputSchema.parse({
        ...blank,
        role: 'Medewerker keuken',
        location: 'Locatie Zuid',
        hoursPerWeek: '16',
        availableFrom: '2026-01-05',
      }),
    );
    await saveOpenPlacement(
      db,
      linde.id,
      openPlacementInputSchema.parse({ ...blank, role: 'Gastvrouw restaurant' }),
    );
    await saveOpenPlacement(
      db,
      linde.id,
      openPlacementInputSchema.parse({ ...toOpenPlacementFormValues(kitchen), status: 'filled' }),
      kitchen.id,
    );
    const placements = await openPlacementsOf(db, linde.id);
    expect(placements.map(({ role, status }) => [role, status])).toEqual([
      ['Gastvrouw restaurant', 'open'],
      ['Medewerker keuken', 'filled'],
    ]);
    expect(toOpenPlacementFormValues(placements[1] ?? null)).toEqual({
      location: 'Locatie Zuid',
      role: 'Medewerker keuken',
      hoursPerWeek: 16,
      availableFrom: '2026-01-05',
      status: 'filled',
    });
    expect(countByStatus(placements)).toEqual({ open: 1, filled: 1, withdrawn: 0 });
  });
});
