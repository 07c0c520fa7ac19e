import type { Employer } from '../../src-shared/domain/employer';
import { normaliseEmployer, tidyEmployerName } from '../../src-shared/figures';
import type { InstapDatabase } from '../db/database';
import { newId } from '../db/database';
import { createRecord, updateRecord } from '../db/records';

/** Names compare as the figures count employers (NFC, white space, case): one comparison. */
const sameName = (a: string, b: string) => normaliseEmployer(a) === normaliseEmployer(b);

/**
 * Picks the employer with this name, or creates it under the tidied name: typing a known name
 * in another spelling of white space, case or Unicode never duplicates it.
 */
export async function findOrCreateEmployer(db: InstapDatabase, name: string): Promise<Employer> {
  const existing = (await db.employers.toArray()).find(
    (employer) => !employer.deletedAt && sameName(employer.name, name),
  );
  return (
    existing ??
    createRecord(db, db.employers, 'employer', { name: tidyEmployerName(name), locations: [] })
  );
}

export async function findOrCreateLocation(
  db: InstapDatabase,
  employer: Employer,
  name: string,
): Promise<string> {
  const existing = employer.locations.find((location) => sameName(location.name, name));
  if (existing) return existing.id;
  const location = { id: newId(), name: tidyEmployerName(name) };
  await updateRecord(db, db.employers, 'employer', employer.id, {
    locations: [...employer.locations, location],
  });
  return location.id;
}

/** Every employer, those in the trash included: the candidate list still names them. */
export const allEmployers = (db: InstapDatabase) => db.employers.toArray();
export const activeEmployers = async (db: InstapDatabase) =>
  (await allEmployers(db)).filter((employer) => !employer.deletedAt);
