import type { Row, TableRows } from './upgrade';

/**
 * Version 7, "more of the programme" (DOMAIN.md): candidates get a municipality and a reason they
 * did not start, trajectories a programme label, the benefit agency's approval, outflow details
 * and a follow-up; all unknown (null) for existing rows. The new tables (trainings, attendance,
 * open placements) start empty.
 */
export function programmeFields(tables: TableRows): TableRows {
  const candidates = (tables.candidates ?? []).map((row): Row => ({
    municipality: null,
    notStartedReason: null,
    ...row,
  }));
  const trajectories = (tables.trajectories ?? []).map((row): Row => ({
    programme: null,
    benefitApproval: null,
    outflow: null,
    followUp: { months6: null, months12: null },
    ...row,
  }));
  return { ...tables, candidates, trajectories };
}
