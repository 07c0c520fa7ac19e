import { create } from 'zustand';
import type { FigureSelector, Period } from '../../../src-shared/figures';
import { calendarYear } from '../../../src-shared/figures';
import { todayIso } from '../../ui/format';

interface ResultsState {
  period: Period;
  referenceDate: string;
  selected: FigureSelector | null;
  setPeriod: (period: Period) => void;
  setReferenceDate: (date: string) => void;
  select: (selector: FigureSelector | null) => void;
}

/** The Resultaten screen's choices: period, reference date and the figure opened. */
export const useResults = create<ResultsState>((set) => ({
  period: calendarYear(new Date().getFullYear()),
  referenceDate: todayIso(),
  selected: null,
  setPeriod: (period) => set({ period, selected: null }),
  setReferenceDate: (referenceDate) => set({ referenceDate, selected: null }),
  select: (selected) => set({ selected }),
}));
