import { describe, expect, it } from 'vitest';
import { emptyCandidateInput, type Candidate } from '../../../src-shared/domain/candidate';
import type { Employer } from '../../../src-shared/domain/employer';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { emptyFigures } from '../../../src-shared/figures';
import { figuresTables } from '../../../src-renderer/features/spreadsheet/figures-export';
import { candidateListTable } from '../../../src-renderer/features/spreadsheet/list-export';
import { guessMapping } from '../../../src-renderer/features/spreadsheet/register-fields';

const stamp = { createdAt: '', updatedAt: '', deletedAt: null };
const person = (id: string, firstName: string, lastName: string): Candidate =>
  ({
    ...emptyCandidateInput(),
    ...stamp,
    id,
    firstName,
    lastName,
    anonymisedAt: null,
  }) as Candidate;

const linde: Employer = {
  ...stamp,
  id: 'e1',
  name: 'De Linde',
  locations: [{ id: 'l1', name: 'Keuken' }],
};

const trajectory = (id: string, candidateId: string, startedOn: string, extra = {}) =>
  ({
    ...stamp,
    id,
    candidateId,
    kind: 'work-experience',
    employerId: 'e1',
    locationId: 'l1',
    workplaceSupervisor: null,
    coach: 'Petra',
    startedOn,
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: null,
    status: 'ongoing',
    endedOn: null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
    ...extra,
  }) as unknown as Trajectory;

describe('candidate list export', () => {
  const candidates = [person('c1', 'Fatma', 'Çelik'), person('c2', 'Jan', 'Berg')];
  const trajectories = [
    trajectory('t1', 'c1', '2023-01-01', {
      status: 'completed',
      endedOn: '2023-06-30',
      outcome: 'paid-work',
    }),
    trajectory('t2', 'c1', '2024-02-01'),
    trajectory('t3', 'c2', '2025-01-01', { deletedAt: '2025-02-01' }),
  ];

  it('lists the filtered candidates in screen order with their latest trajectory', () => {
    const table = candidateListTable(['c2', 'c1', 'gone'], candidates, trajectories, [linde]);
    const header = table.columns.map((column) => column.header);
    const rows = table.rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Achternaam: 'Berg', Status: 'Besproken', Werkgever: null });
    expect(rows[1]).toMatchObject({
      Voornaam: 'Fatma',
      Achternaam: 'Çelik',
      Status: 'Lopend',
      Werkgever: 'De Linde',
      Locatie: 'Keuken',
      'Gestart op': '2024-02-01',
      'Uren per week': 16,
      Coach: 'Petra',
    });
    expect(table.columns.find((column) => column.header === 'Gestart op')?.type).toBe('date');
  });

  it('uses the column names the import recognises, so a list can be read back in', () => {
    const { columns } = candidateListTable([], candidates, trajectories, [linde]);
    expect(
      guessMapping(
        columns.map((column) => column.header),
        {},
      ),
    ).not.toContain(null);
  });
});

describe('figures export', () => {
  it('names the period and reference date and every headline figure in Dutch', () => {
    const figures = { ...emptyFigures(), discussed: 40, started: 14, averageDurationDays: 120.5 };
    const tables = figuresTables({
      period: { from: '2019-01-01', to: '2019-12-31' },
      referenceDate: '2020-12-31',
      figures,
      kinds: [{ group: 'work-experience', figures }],
      employers: [],
      benefits: [],
      startYears: [],
    });
    expect(tables.map((table) => table.title)).toEqual([
      'Periode',
      'Cijfers',
      'Uitstroom',
      'Redenen van stoppen',
      'Per soort traject',
      'Per werkgever',
      'Per uitkering',
      'Per startjaar',
    ]);
    expect(tables[0]?.rows).toEqual([['2019-01-01', '2019-12-31', '2020-12-31']]);
    expect(tables[1]?.rows).toContainEqual(['Besproken', 40]);
    expect(tables[1]?.rows).toContainEqual(['Gestart', 14]);
    expect(tables[1]?.rows).toContainEqual(['Gemiddelde duur (dagen)', 120.5]);
    expect(tables[4]?.rows).toEqual([['Werkervaringsplaats', 14, 0, 0, 0, 0]]);
  });
});
