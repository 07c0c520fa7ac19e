import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import {
  buildCandidateRows,
  defaultRowSort,
  sortRows,
} from '../../../src-renderer/features/candidates/candidate-rows';

const candidate = (id: string, lastName: string, discussedOn: string) =>
  ({
    id,
    firstName: 'A',
    infix: null,
    lastName,
    discussedOn,
    deletedAt: null,
    anonymisedAt: null,
  }) as unknown as Candidate;

const trajectory = (candidateId: string, fields: Partial<Trajectory>) =>
  ({
    id: `t-${candidateId}`,
    candidateId,
    employerId: null,
    kind: 'wep',
    coach: null,
    startedOn: '2026-01-05',
    plannedEndOn: '2026-07-05',
    endedOn: null,
    status: 'ongoing',
    deletedAt: null,
    ...fields,
  }) as unknown as Trajectory;

describe('the Kandidaten list as it opens', () => {
  const rows = buildCandidateRows(
    [
      candidate('a', 'Aalders', '2019-03-01'),
      candidate('b', 'Bakker', '2025-01-01'),
      candidate('c', 'Claes', '2025-01-01'),
      candidate('d', 'Dekker', '2025-01-01'),
      candidate('z', 'Zwart', '2025-01-01'),
    ],
    [
      trajectory('b', { status: 'completed', endedOn: '2026-05-20' }),
      trajectory('c', { status: 'stopped', endedOn: '2026-02-11' }),
      trajectory('z', {}),
      trajectory('d', {}),
    ],
    [],
    'Stichting De Brug',
  );

  it('puts running trajectories first, then discussed, completed and stopped', () => {
    expect(sortRows(rows, defaultRowSort).shown.map((row) => row.id)).toEqual([
      'd',
      'z',
      'a',
      'b',
      'c',
    ]);
  });

  it('shows the real end date of an ended trajectory and the planned one of a running one', () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('b')).toMatchObject({ endOn: '2026-05-20', endIsPlanned: false });
    expect(byId.get('c')).toMatchObject({ endOn: '2026-02-11', endIsPlanned: false });
    expect(byId.get('d')).toMatchObject({ endOn: '2026-07-05', endIsPlanned: true });
    expect(byId.get('a')).toMatchObject({ endOn: null });
  });
});
