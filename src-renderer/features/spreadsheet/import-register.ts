import {
  allCandidates,
  createCandidate,
  updateCandidateExtras,
} from '../../data/candidate-repository';
import { findOrCreateEmployer, findOrCreateLocation } from '../../data/employer-repository';
import { createTrajectory } from '../../data/trajectory-repository';
import type { InstapDatabase } from '../../db/database';
import { checkRegister, type Problem } from './check-register';
import type { Progress, Sheet } from './read-spreadsheet';
import type { ColumnMapping } from './register-fields';

export type RegisterImport = { ok: true; imported: number } | { ok: false; problems: Problem[] };

/**
 * All or nothing: the sheet is checked again here (never trusting an earlier preview), and with
 * one problem anywhere nothing is written. The rows then go in one transaction without inner
 * catches, so a failure halfway rolls every row back (DESIGN.md, known pitfalls).
 */
export async function importRegister(
  db: InstapDatabase,
  sheet: Sheet,
  mapping: ColumnMapping,
  onProgress?: Progress,
): Promise<RegisterImport> {
  const check = await checkRegister(sheet, mapping, await allCandidates(db), onProgress);
  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  await db.transaction(
    'rw',
    [db.candidates, db.employers, db.trajectories, db.auditLog],
    async () => {
      for (const row of check.rows) {
        const candidate = await createCandidate(db, row.candidate);
        if (row.municipality) {
          await updateCandidateExtras(db, candidate.id, { municipality: row.municipality });
        }
        if (!row.trajectory) continue;
        const { employer: employerName, location, input, programme } = row.trajectory;
        const employer = employerName ? await findOrCreateEmployer(db, employerName) : null;
        const locationId =
          employer && location ? await findOrCreateLocation(db, employer, location) : null;
        await createTrajectory(db, {
          ...input,
          candidateId: candidate.id,
          employerId: employer?.id ?? null,
          locationId,
          programme,
        });
      }
    },
  );
  return { ok: true, imported: check.rows.length };
}
