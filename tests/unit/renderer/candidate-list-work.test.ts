import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as CandidateDomain from '../../../src-shared/domain/candidate';
import type { Candidate } from '../../../src-shared/domain/candidate';
import type { Employer } from '../../../src-shared/domain/employer';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import type {
  CandidateRow,
  RowSort,
  SortKey,
} from '../../../src-renderer/features/candidates/candidate-rows';

/**
 * Issue 18: the Kandidaten list must stay quick at 100,000 candidates. The work per row is
 * counted here, not timed (speed lives in the bench): names are normalised once per distinct
 * word and the sort asks the collator once per distinct value, not once per comparison of rows.
 * The same tests hold the result to what the plain way gives.
 */

const searchKeyCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src-shared/domain/candidate', async (importOriginal) => {
  const original = await importOriginal<typeof CandidateDomain>();
  return {
    ...original,
    searchKey: (text: string) => {
      searchKeyCalls.count++;
      return original.searchKey(text);
    },
  };
});

// The list's collator counts its comparisons: it is made when candidate-rows is loaded, below.
let compares = 0;
const RealCollator = Intl.Collator;
vi.spyOn(Intl, 'Collator').mockImplementation(function (
  locales?: string | string[],
  options?: Intl.CollatorOptions,
) {
  const real = new RealCollator(locales, options);
  return {
    compare: (a: string, b: string) => {
      compares++;
      return real.compare(a, b);
    },
    resolvedOptions: () => real.resolvedOptions(),
  };
} as unknown as typeof Intl.Collator);
const { buildCandidateRows, filterRows, sortRows, defaultRowFilter } =
  await import('../../../src-renderer/features/candidates/candidate-rows');
const { searchKey } = await vi.importActual<typeof CandidateDomain>(
  '../../../src-shared/domain/candidate',
);
afterAll(() => vi.restoreAllMocks());

const firstNames = ['Fatma', 'Jan', 'Ömer', 'Anouk', 'Łucja', 'İpek', 'Eva', 'Sven'];
const lastNames = ['Çelik', 'Ouédraogo', 'Bakker', 'de Vries', 'ØSTERGÅRD', 'ΟΔΥΣΣΕΥΣ', 'Jansen'];
const infixes = [null, 'van der', "'t"];
const statuses = ['ongoing', 'discussed', 'completed', 'stopped'] as const;
const employers = [
  { id: 'e1', name: 'Bakkerij Öztürk' },
  { id: 'e2', name: 'De Brug' },
  { id: 'e3', name: 'Groen & Zo' },
] as Employer[];

/** 3,000 candidates from few names, so most rows tie on every column but the id. */
function manyCandidates(count: number) {
  const candidates: Candidate[] = [];
  const trajectories: Trajectory[] = [];
  for (let i = 0; i < count; i++) {
    const id = `c${String(i).padStart(5, '0')}`;
    candidates.push({
      id,
      firstName: firstNames[i % firstNames.length],
      infix: infixes[i % infixes.length],
      lastName: lastNames[(i * 3) % lastNames.length],
      discussedOn: `20${20 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`,
      deletedAt: null,
      anonymisedAt: null,
    } as unknown as Candidate);
    // Every fifth candidate was only discussed: no trajectory, so empty cells too.
    if (i % 5 === 0) continue;
    trajectories.push({
      id: `t-${id}`,
      candidateId: id,
      employerId: i % 4 === 0 ? null : (employers[i % employers.length]?.id ?? null),
      kind: 'wep',
      coach: i % 3 === 0 ? null : `Coach ${i % 2}`,
      startedOn: `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`,
      plannedEndOn: `2026-0${1 + (i % 7)}-1${i % 10}`,
      endedOn: i % 6 === 0 ? `2026-0${1 + (i % 5)}-2${i % 10}` : null,
      status: statuses[i % statuses.length],
      deletedAt: null,
    } as unknown as Trajectory);
  }
  return { candidates, trajectories };
}

const { candidates, trajectories } = manyCandidates(3000);

/** The plain sort the list used to run per keystroke: the specification of the order. */
function plainSort(rows: readonly CandidateRow[], sort: RowSort): CandidateRow[] {
  const collator = new RealCollator('nl', { sensitivity: 'base', numeric: true });
  const order = { ongoing: '1', discussed: '2', completed: '3', stopped: '4' };
  const value = (row: CandidateRow) =>
    (sort.key === 'name'
      ? row.sortName
      : sort.key === 'status'
        ? order[row.status]
        : row[sort.key]) ?? '';
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === '' || right === '') return left === right ? 0 : left === '' ? 1 : -1;
    return sign * collator.compare(left, right) || collator.compare(a.sortName, b.sortName);
  });
}

describe('building the rows', () => {
  it('normalises each distinct word once, not every row', () => {
    searchKeyCalls.count = 0;
    const rows = buildCandidateRows(candidates, trajectories, employers, 'Stichting De Brug');
    expect(rows).toHaveLength(3000);
    // 8 first names, 8 last-name words, 3 infix words, 6 employer words and the organisation's,
    // and the empty word of a row without employer: far fewer than two per row.
    expect(searchKeyCalls.count).toBeLessThan(40);
  });

  it('gives the same search and sort text as normalising the whole line', () => {
    const rows = buildCandidateRows(candidates, trajectories, employers, 'Stichting De Brug');
    expect(rows.map((row) => [row.searchText, row.sortName])).toEqual(
      candidates.map((candidate, index) => [
        searchKey(`${rows[index]?.name} ${rows[index]?.employer ?? ''}`),
        searchKey(`${candidate.lastName} ${candidate.firstName}`),
      ]),
    );
    expect(rows[1]).toMatchObject({
      searchText: 'jan van der de vries de brug',
      sortName: 'de vries jan',
    });
    // A last name in Greek capitals ends in a final sigma, as it does when the line is lowered whole.
    expect(rows[4]).toMatchObject({
      searchText: 'lucja van der οδυσσευς stichting de brug',
      sortName: 'οδυσσευς lucja',
    });
  });
});

describe('sorting the rows', () => {
  const rows = buildCandidateRows(candidates, trajectories, employers, 'Stichting De Brug');
  const keys: SortKey[] = ['name', 'status', 'employer', 'startedOn', 'endOn', 'coach'];

  it('asks the collator once per distinct value, not once per comparison of rows', () => {
    compares = 0;
    sortRows(rows, { key: 'employer', direction: 'ascending' });
    // 3,000 rows sorted by comparing cells would take about 3,000 × 11 comparisons.
    expect(compares).toBeGreaterThan(0);
    expect(compares).toBeLessThan(3000);
  });

  it.each(keys.flatMap((key) => [`${key} ascending`, `${key} descending`]))(
    'orders by %s as comparing the cells one by one does, ties kept in order',
    (name) => {
      const [key, direction] = name.split(' ') as [SortKey, RowSort['direction']];
      const sort = { key, direction };
      expect(sortRows(rows, sort).shown.map((row) => row.id)).toEqual(
        plainSort(rows, sort).map((row) => row.id),
      );
    },
  );

  it('leaves the rows it was given in their order (the screen keeps them for the next sort)', () => {
    const before = rows.map((row) => row.id);
    sortRows(rows, { key: 'name', direction: 'descending' });
    expect(rows.map((row) => row.id)).toEqual(before);
  });

  it('filtering the sorted rows gives what sorting the filtered rows gives', () => {
    const sort: RowSort = { key: 'endOn', direction: 'descending' };
    const sorted = sortRows(rows, sort);
    // The rows as made, shown as made: a plain filter.
    const unsorted = { made: rows, shown: rows, placeOf: Int32Array.from(rows.keys()) };
    expect(sorted.shown).not.toEqual(rows);
    for (const query of ['j', 'celik', 'van der', 'oudraogo', 'brug ov', '']) {
      const filter = { ...defaultRowFilter, query, status: 'all' as const };
      const once = filterRows(sorted, filter).map((row) => row.id);
      expect(once).toEqual(plainSort(filterRows(unsorted, filter), sort).map((row) => row.id));
    }
  });
});
