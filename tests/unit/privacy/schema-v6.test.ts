import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-renderer/db/database';
import { shippedVersions } from '../db/shipped-versions';
import { certificate } from '../pdf/document-helpers';

/**
 * Version 6 opens a version 5 database: every candidate gets the line "voor het overleg" (null),
 * and certificates that earlier versions left behind with the name of a person who was since
 * anonymised or erased are cleaned; the others stay exactly as issued.
 */

const candidate = (id: string, anonymisedAt: string | null) => ({
  id,
  firstName: anonymisedAt ? 'Geanonimiseerd' : 'Fatma',
  infix: null,
  lastName: anonymisedAt ? '' : 'Çelik',
  discussedOn: '2024-01-09',
  anonymisedAt,
});

const issued = (id: string, candidateId: string, sequence: number) => ({
  id,
  number: `2024-000${sequence}`,
  year: 2024,
  sequence,
  trajectoryId: `t-${candidateId}`,
  candidateId,
  issuedAt: '2024-07-05T10:00:00.000Z',
  status: 'issued',
  replacedBy: null,
  content: certificate(`2024-000${sequence}`).content,
});

describe('schema version 6', () => {
  it('adds the meeting line and cleans certificates of anonymised and erased people', async () => {
    const name = 'instap-v6-upgrade';
    const old = new Dexie(name);
    shippedVersions
      .slice(0, 5)
      .forEach(({ stores }, index) => old.version(index + 1).stores(stores));
    await old.open();
    await old
      .table('candidates')
      .bulkAdd([candidate('kept', null), candidate('anonymised', '2026-01-05T09:00:00.000Z')]);
    const kept = issued('c1', 'kept', 1);
    await old
      .table('certificates')
      .bulkAdd([kept, issued('c2', 'anonymised', 2), issued('c3', 'erased', 3)]);
    old.close();

    const db = await openDatabase(name);
    expect((await db.candidates.toArray()).map((c) => [c.id, c.meetingLine])).toEqual([
      ['anonymised', null],
      ['kept', null],
    ]);
    expect(await db.certificates.get('c1')).toEqual(kept);
    for (const id of ['c2', 'c3']) {
      const cleaned = await db.certificates.get(id);
      expect(cleaned?.content.candidate, id).toEqual({
        fullName: 'Geanonimiseerd',
        birthDate: null,
      });
      expect(cleaned?.content.personalText, id).toBeNull();
      expect(cleaned?.content.achievedGoals, id).toEqual([]);
      expect(cleaned?.content.reachedSteps, id).toEqual([]);
      expect([cleaned?.number, cleaned?.status], id).toEqual([`2024-000${id.slice(1)}`, 'issued']);
      expect(JSON.stringify(cleaned)).not.toContain('Çelik');
    }
    db.close();
  });
});
