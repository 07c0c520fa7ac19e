import { create } from 'zustand';
import {
  defaultRowFilter,
  defaultRowSort,
  type RowFilter,
  type RowSort,
  type SortKey,
} from './candidate-rows';

interface ListState {
  filter: RowFilter;
  sort: RowSort;
  setFilter: (changes: Partial<RowFilter>) => void;
  sortBy: (key: SortKey) => void;
}

/** The Kandidaten list's UI state: kept while the coach opens a candidate and comes back. */
export const useCandidateList = create<ListState>((set) => ({
  filter: defaultRowFilter,
  sort: defaultRowSort,
  setFilter: (changes) => set((state) => ({ filter: { ...state.filter, ...changes } })),
  sortBy: (key) =>
    set((state) => ({
      sort: {
        key,
        direction:
          state.sort.key === key && state.sort.direction === 'ascending'
            ? 'descending'
            : 'ascending',
      },
    })),
}));
