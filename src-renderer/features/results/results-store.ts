import { useMemo } from 'react';
import { create } from 'zustand';
import type { FigureFilter, FigureSelector, Period } from '../../../src-shared/figures';
import { calendarYear } from '../../../src-shared/figures';
import { useToday } from '../../ui/use-today';

interface ResultsState {
  /** Chosen by the coach; null: the calendar year of today. */
  period: Period | null;
  /** Chosen by the coach; null: today (DOMAIN.md's default peildatum). */
  referenceDate: string | null;
  /** A programme label: the figures over that programme's records only; null: every record. */
  programme: string | null;
  selected: FigureSelector | null;
  setPeriod: (period: Period) => void;
  setReferenceDate: (date: string) => void;
  setProgramme: (programme: string | null) => void;
  select: (selector: FigureSelector | null) => void;
}

/**
 * The Resultaten screen's choices: period, reference date and the figure opened. Until the coach
 * picks a period or date, they are not stored but follow the real date (see `useResultsView`).
 */
export const useResults = create<ResultsState>((set) => ({
  period: null,
  referenceDate: null,
  programme: null,
  selected: null,
  setPeriod: (period) => set({ period, selected: null }),
  setReferenceDate: (referenceDate) => set({ referenceDate, selected: null }),
  setProgramme: (programme) => set({ programme, selected: null }),
  select: (selected) => set({ selected }),
}));

/** The choices as the screen uses them: what the coach chose, otherwise this year and today. */
export function useResultsView() {
  const today = useToday();
  const state = useResults();
  // One object per programme, so memoised figures recompute only when it changes.
  const filter = useMemo<FigureFilter>(() => ({ programme: state.programme }), [state.programme]);
  return {
    ...state,
    today,
    period: state.period ?? calendarYear(Number(today.slice(0, 4))),
    referenceDate: state.referenceDate ?? today,
    filter,
  };
}
