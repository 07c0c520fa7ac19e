import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/** Dates as the coach reads them: 23-11-2026; an empty cell shows a dash. */
export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? format(parseISO(isoDate), 'dd-MM-yyyy') : '—';
}

/** A month as the coach says it: "oktober 2026", never "2026-10". */
export function formatMonth(isoMonth: string): string {
  return format(parseISO(`${isoMonth}-01`), 'LLLL yyyy', { locale: nl });
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
