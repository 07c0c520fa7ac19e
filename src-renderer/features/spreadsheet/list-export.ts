import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Employer } from '../../../src-shared/domain/employer';
import {
  latestTrajectoryPerCandidate,
  type Trajectory,
} from '../../../src-shared/domain/trajectory';
import { codesNl } from '../../ui/i18n/codes-nl';
import { registerFields, type FieldKey } from './register-fields';
import type { Column, Table, Value } from './write-tables';

/**
 * The candidate list as filtered, one row per candidate with their latest trajectory, under the
 * same Dutch column names the import recognises: an exported list can be read back in.
 */
const exported: FieldKey[] = [
  'firstName',
  'infix',
  'lastName',
  'birthDate',
  'municipality',
  'discussedOn',
  'benefit',
  'status',
  'employer',
  'location',
  'kind',
  'startedOn',
  'plannedEndOn',
  'endedOn',
  'hoursPerWeek',
  'stopReason',
  'outcome',
  'coach',
  'programme',
];

const columnType = (key: FieldKey): Column['type'] => {
  const type = registerFields[key].type;
  return type === 'code' ? 'text' : type;
};

export function candidateListTable(
  ids: readonly string[],
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  employers: readonly Employer[],
): Table {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const employerById = new Map(employers.map((employer) => [employer.id, employer]));
  const latest = latestTrajectoryPerCandidate(trajectories);
  const rows = ids.flatMap((id) => {
    const candidate = byId.get(id);
    if (!candidate) return [];
    const trajectory = latest.get(id);
    const employer = trajectory?.employerId ? employerById.get(trajectory.employerId) : undefined;
    const values: Record<FieldKey, Value> = {
      firstName: candidate.firstName,
      infix: candidate.infix,
      lastName: candidate.lastName,
      birthDate: candidate.birthDate,
      phone: candidate.phone,
      email: candidate.email,
      discussedOn: candidate.discussedOn,
      municipality: candidate.municipality,
      benefit: codesNl.benefit[candidate.benefit],
      status: codesNl.status[trajectory?.status ?? 'discussed'],
      employer: employer?.name ?? null,
      location:
        employer?.locations.find((location) => location.id === trajectory?.locationId)?.name ??
        null,
      kind: trajectory ? codesNl.kind[trajectory.kind] : null,
      startedOn: trajectory?.startedOn ?? null,
      plannedEndOn: trajectory?.plannedEndOn ?? null,
      endedOn: trajectory?.endedOn ?? null,
      hoursPerWeek: trajectory?.hoursPerWeek ?? null,
      stopReason: trajectory?.stopReason ? codesNl.stopReason[trajectory.stopReason] : null,
      outcome: trajectory?.outcome ? codesNl.outcome[trajectory.outcome] : null,
      workplaceSupervisor: trajectory?.workplaceSupervisor ?? null,
      coach: trajectory?.coach ?? null,
      role: trajectory?.role ?? null,
      programme: trajectory?.programme ?? null,
    };
    return [exported.map((key) => values[key])];
  });
  return {
    title: 'Kandidaten',
    columns: exported.map((key) => ({ header: registerFields[key].header, type: columnType(key) })),
    rows,
  };
}
