import { fullName, searchKey, type Candidate } from '../../../src-shared/domain/candidate';
import type { Status, TrajectoryKind } from '../../../src-shared/domain/codes';
import type { Employer } from '../../../src-shared/domain/employer';
import { placementEmployerName } from '../../../src-shared/domain/figure-records';
import {
  latestTrajectoryPerCandidate,
  type Trajectory,
} from '../../../src-shared/domain/trajectory';

/** One line of the Kandidaten table: the candidate with their latest trajectory. */
export interface CandidateRow {
  id: string;
  name: string;
  sortName: string;
  status: Status;
  employer: string | null;
  kind: TrajectoryKind | null;
  startedOn: string | null;
  /** The real end date once the trajectory ended, before that the planned one. */
  endOn: string | null;
  endIsPlanned: boolean;
  coach: string | null;
  year: number | null;
  /** Past the retention period: only dates and codes are left. */
  anonymised: boolean;
  /** Name and employer without case or diacritics, for instant search. */
  searchText: string;
}

export function buildCandidateRows(
  candidates: readonly Candidate[],
  trajectories: readonly Trajectory[],
  employers: readonly Employer[],
  organisationName: string,
): CandidateRow[] {
  const employerNames = new Map(employers.map((employer) => [employer.id, employer.name]));
  const latest = latestTrajectoryPerCandidate(trajectories);
  const key = searchKeyPerWord();
  const rows: CandidateRow[] = [];
  for (const candidate of candidates) {
    if (candidate.deletedAt) continue;
    const trajectory = latest.get(candidate.id);
    const employer = trajectory
      ? placementEmployerName(
          trajectory.employerId,
          (id) => employerNames.get(id),
          organisationName,
        )
      : null;
    const name = fullName(candidate);
    const date = trajectory?.startedOn ?? candidate.discussedOn;
    rows.push({
      id: candidate.id,
      name,
      sortName: key(`${candidate.lastName} ${candidate.firstName}`),
      status: trajectory?.status ?? 'discussed',
      employer,
      kind: trajectory?.kind ?? null,
      startedOn: trajectory?.startedOn ?? null,
      endOn: trajectory?.endedOn ?? trajectory?.plannedEndOn ?? null,
      endIsPlanned: !trajectory?.endedOn,
      coach: trajectory?.coach ?? null,
      year: date ? Number(date.slice(0, 4)) : null,
      anonymised: candidate.anonymisedAt !== null,
      searchText: key(`${name} ${employer ?? ''}`),
    });
  }
  return rows;
}

/**
 * searchKey, word by word with each distinct word done once: the same text as searchKey of the
 * whole (a space ends every case and diacritic context), but names and employers repeat, so most
 * words cost a Map lookup instead of a Unicode normalisation.
 */
function searchKeyPerWord(): (text: string) => string {
  const keys = new Map<string, string>();
  const wordKey = (word: string) => {
    let key = keys.get(word);
    if (key === undefined) {
      key = searchKey(word);
      keys.set(word, key);
    }
    return key;
  };
  return (text) => text.split(' ').map(wordKey).join(' ');
}

export interface RowFilter {
  query: string;
  status: Status | 'all';
  kind: TrajectoryKind | 'all';
  employer: string | 'all';
  year: number | 'all';
  /** Anonymised people are left out unless asked for: there is nothing left to work with. */
  showAnonymised: boolean;
}

/** Everyone but the anonymised: the list as it opens. */
export const defaultRowFilter: RowFilter = {
  query: '',
  status: 'all',
  kind: 'all',
  employer: 'all',
  year: 'all',
  showAnonymised: false,
};

export type SortKey = 'name' | 'status' | 'employer' | 'startedOn' | 'endOn' | 'coach';
export interface RowSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** The list as it opens: running trajectories first, so old "Besproken" rows never bury them. */
export const defaultRowSort: RowSort = { key: 'status', direction: 'ascending' };

/** Status sorts by what needs the coach, not alphabetically: running, discussed, then closed. */
const statusOrder: Record<Status, string> = {
  ongoing: '1',
  discussed: '2',
  completed: '3',
  stopped: '4',
};

/**
 * Every word of the query must occur in the name or employer ("celik brug" finds Çelik at De
 * Brug). Words of five letters or more also match a word start one typo away, so "oudraogo"
 * still finds Ouédraogo.
 *
 * Keeps the sorted rows' order, but tests the rows in the order they were made: that is their
 * order in memory, and at 100,000 rows testing them in the sorted order, scattered through memory,
 * took four times as long (issue 18). Each match is marked at its sorted place, then collected.
 */
export function filterRows(sorted: SortedRows, filter: RowFilter): CandidateRow[] {
  const words = searchKey(filter.query).split(/\s+/).filter(Boolean);
  // Runs on every keystroke over every row: plain loops, no closure per row.
  const matchesAll = (text: string) => {
    for (const word of words) {
      if (!text.includes(word) && !(word.length >= 5 && nearWordStart(text, word))) return false;
    }
    return true;
  };
  const { made, placeOf, shown } = sorted;
  const matched = new Uint8Array(shown.length);
  for (let index = 0; index < made.length; index++) {
    const row = made[index] as CandidateRow;
    if (
      (filter.status === 'all' || row.status === filter.status) &&
      (filter.kind === 'all' || row.kind === filter.kind) &&
      (filter.employer === 'all' || row.employer === filter.employer) &&
      (filter.year === 'all' || row.year === filter.year) &&
      (filter.showAnonymised || !row.anonymised) &&
      matchesAll(row.searchText)
    ) {
      matched[placeOf[index] as number] = 1;
    }
  }
  const rows: CandidateRow[] = [];
  for (let place = 0; place < shown.length; place++) {
    if (matched[place] === 1) rows.push(shown[place] as CandidateRow);
  }
  return rows;
}

function nearWordStart(text: string, word: string): boolean {
  return text
    .split(' ')
    .some((token) =>
      [word.length - 1, word.length, word.length + 1].some((length) =>
        withinOneEdit(word, token.slice(0, length)),
      ),
    );
}

/** One insertion, deletion or substitution at most (linear, no distance matrix). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Each distinct value's place in Dutch collation order (values the collator calls equal share
 * one), so a sort compares numbers instead of calling the collator n·log n times.
 */
function collationRanks(values: Iterable<string>): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = -1;
  let previous: string | undefined;
  for (const value of [...new Set(values)].sort(collator.compare)) {
    if (previous === undefined || collator.compare(previous, value) !== 0) rank++;
    ranks.set(value, rank);
    previous = value;
  }
  return ranks;
}

/** Rows in the order they are shown, and where each row as made (`made`) stands in it. */
export interface SortedRows {
  /** The rows as built, in the order they were made (and lie in memory). */
  readonly made: readonly CandidateRow[];
  /** The same rows in the order they are shown. */
  readonly shown: readonly CandidateRow[];
  /** Per row of `made` (same index), its place in `shown`. */
  readonly placeOf: Int32Array;
}

/** The rows by the column, then by name; rows equal in both keep their order. */
export function sortRows(rows: readonly CandidateRow[], sort: RowSort): SortedRows {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (row: CandidateRow) =>
    (sort.key === 'name'
      ? row.sortName
      : sort.key === 'status'
        ? statusOrder[row.status]
        : row[sort.key]) ?? '';
  const values = rows.map(value);
  const valueRanks = collationRanks(values);
  const nameRanks = collationRanks(rows.map((row) => row.sortName));
  const keyed = rows.map((row, index) => {
    const cell = values[index] ?? '';
    return {
      index,
      empty: cell === '',
      value: valueRanks.get(cell) ?? 0,
      name: nameRanks.get(row.sortName) ?? 0,
    };
  });
  keyed.sort((a, b) => {
    // Empty cells go last whichever the direction.
    if (a.empty || b.empty) return a.empty === b.empty ? 0 : a.empty ? 1 : -1;
    return sign * (a.value - b.value) || a.name - b.name;
  });
  const placeOf = new Int32Array(rows.length);
  keyed.forEach((entry, place) => (placeOf[entry.index] = place));
  return { made: rows, shown: keyed.map((entry) => rows[entry.index] as CandidateRow), placeOf };
}
