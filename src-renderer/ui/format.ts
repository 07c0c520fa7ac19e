import { format, parseISO } from 'date-fns';

/** Dates as the coach reads them: 23-11-2026; an empty cell shows a dash. */
export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? format(parseISO(isoDate), 'dd-MM-yyyy') : '—';
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
