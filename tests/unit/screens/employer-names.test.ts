import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-renderer/db/database';
import { findOrCreateEmployer } from '../../../src-renderer/data/employer-repository';

/** Issue 15, rule 2 where the coach types a name: one employer per name as the figures compare. */

let counter = 0;
const freshDb = () => openDatabase(`instap-employer-names-${counter++}`);

describe('typing an employer name (issue 15, rule 2)', () => {
  it('finds "Zorgcentrum De Linde" when typed with two spaces', async () => {
    const db = await freshDb();
    const first = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
    const second = await findOrCreateEmployer(db, 'Zorgcentrum  De Linde');
    expect(second.id).toBe(first.id);
    expect(await db.employers.count()).toBe(1);
  });

  it('finds an NFC "Ámstelrade" when typed decomposed (NFD)', async () => {
    const db = await freshDb();
    const first = await findOrCreateEmployer(db, 'Ámstelrade'.normalize('NFC'));
    const second = await findOrCreateEmployer(db, 'Ámstelrade'.normalize('NFD'));
    expect(second.id).toBe(first.id);
    expect(await db.employers.count()).toBe(1);
  });

  it('stores a new name tidied: composed, single spaces, trimmed', async () => {
    const db = await freshDb();
    const created = await findOrCreateEmployer(db, '  Ámstelrade\t Zwolle '.normalize('NFD'));
    expect(created.name).toBe('Ámstelrade Zwolle'.normalize('NFC'));
  });
});
