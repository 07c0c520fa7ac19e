import { trajectoryKinds } from '../../src-shared/domain/codes';
import type { Benefit, IsoDate, TrajectoryKind } from '../../src-shared/domain/codes';
import {
  benefitBreakdown,
  breakdown,
  computeFigures,
  employerKeys,
  inCohort,
  startYearBreakdown,
  tidyEmployerName,
  trendByYear,
} from '../../src-shared/figures';
import type { FigureRecord, Figures, Period, SuppliedFigures } from '../../src-shared/figures';
import { DAYS_PER_MONTH, formatCount } from './labels';

/**
 * Everything the infographic shows, computed in one pure function with src-shared/figures, so
 * the dashboard, the PDF and the CLI always show the same numbers. No Node, no pdfmake.
 */

export interface InfographicTitle {
  /** The organisation's name (also for a regional sheet: who made it). */
  organisation: string;
  region: string | null;
  /** A regional sheet: "Regio …" as its heading, with a table per organisation. */
  regional: boolean;
}

export interface OrganisationRow {
  name: string;
  figures: SuppliedFigures;
}

export interface EmployerStart {
  employer: string;
  started: number;
}

export interface InfographicSource {
  title: InfographicTitle;
  period: Period;
  referenceDate: IsoDate;
  /** The trajectories: the organisation's own, or the with-records part of a region. */
  records: readonly FigureRecord[];
  /**
   * The regional total from regionalFigures; needed when counts-only exports take part, whose
   * trajectories are not in `records`. Absent: computed from `records`.
   */
  total?: SuppliedFigures | null;
  /** Per organisation, from regionalFigures. */
  perOrganisation?: readonly OrganisationRow[] | null;
  /** `summary.employerStarts` of counts-only exports, so the employer list covers them too. */
  employerStarts?: readonly EmployerStart[] | null;
}

export interface EmployerRow {
  name: string;
  started: number;
}

export interface InfographicData {
  title: InfographicTitle;
  period: Period;
  referenceDate: IsoDate;
  /** Regional totals may lack the added figures of partners' files (null: niet aangeleverd). */
  figures: SuppliedFigures;
  /** "To paid work" always with its cohort and how many of it are still ongoing (DOMAIN.md). */
  rate: {
    paidWork: number;
    completed: number;
    started: number;
    ongoing: number;
    /** Of the completed, whole percent; null when none completed. */
    percent: number | null;
  };
  duration: { days: number; months: number } | null;
  /** The sheet's one-line message, generated from the figures (keyMessage). */
  keyMessage: string;
  /** Ended with outcome paid work after stopping early: why "betaald werk" can exceed the rate. */
  paidWorkAfterStopping: number;
  /** Employers of the cohort by trajectories started, most first. */
  employers: EmployerRow[];
  /** Per kind (every kind, in the glossary's order); null when `records` do not hold the cohort. */
  kinds: { kind: TrajectoryKind; started: number }[] | null;
  /**
   * Per benefit type, the only breakdown that has `discussed` too (DOMAIN.md): the types with
   * anyone discussed or started, in the glossary's order (no benefit recorded counts as
   * unknown). Null when `records` do not hold everyone discussed and started.
   */
  benefits: { benefit: Benefit; figures: Figures }[] | null;
  /**
   * Per start year of the cohort, oldest first, after up to TREND_YEARS earlier calendar years
   * (`earlier`, seen on the same peildatum) for the trend; only years with a start. Null when
   * `records` do not hold the cohort.
   */
  startYears: { year: string; figures: Figures; earlier: boolean }[] | null;
  perOrganisation: OrganisationRow[] | null;
}

const collator = new Intl.Collator('nl');

/** How many calendar years before the period the trend looks back. */
export const TREND_YEARS = 3;

/**
 * The spelling to show for an employer whose name is written in several ways ("Zorgcentrum De
 * Linde", "zorgcentrum de linde", "ZORGCENTRUM  DE LINDE"): a name is a proper noun, so one in
 * mixed case first, then the most used, then the first seen; always tidied (tidyEmployerName).
 * Spellings are counted as written and tidied once each, when the best one is asked for.
 */
class Spellings {
  private readonly byKey = new Map<string, Map<string, number>>();

  add(key: string, spelling: string, weight: number): void {
    let counts = this.byKey.get(key);
    if (counts === undefined) this.byKey.set(key, (counts = new Map()));
    counts.set(spelling, (counts.get(spelling) ?? 0) + weight);
  }

  best(key: string): string {
    const tidied = new Map<string, number>();
    for (const [spelling, count] of this.byKey.get(key) ?? []) {
      const tidy = tidyEmployerName(spelling);
      tidied.set(tidy, (tidied.get(tidy) ?? 0) + count);
    }
    let best = key;
    let bestScore = -1;
    for (const [spelling, count] of tidied) {
      const mixed = spelling !== spelling.toLowerCase() && spelling !== spelling.toUpperCase();
      const score = (mixed ? 1e12 : 0) + count;
      if (score > bestScore) {
        best = spelling;
        bestScore = score;
      }
    }
    return best;
  }
}

/** Employers of the cohort by starts, most first: the records' and counts-only employerStarts. */
function employerRows(source: InfographicSource): EmployerRow[] {
  const { period, referenceDate } = source;
  const employerKey = employerKeys();
  const spelling = new Spellings();
  const started = new Map<string, number>();
  const add = (name: string, count: number) => {
    const key = employerKey(name);
    if (key === '' || count <= 0) return;
    started.set(key, (started.get(key) ?? 0) + count);
    spelling.add(key, name, count);
  };
  for (const record of source.records) {
    if (record.employer !== null && inCohort(record, period, referenceDate)) {
      add(record.employer, 1);
    }
  }
  for (const start of source.employerStarts ?? []) add(start.employer, start.started);
  return [...started.entries()]
    .map(([key, count]) => ({ name: spelling.best(key), started: count }))
    .sort((a, b) => b.started - a.started || collator.compare(a.name, b.name));
}

/**
 * "4 van de 5 kandidaten die afrondden, gingen naar betaald werk": the story of the sheet in one
 * line, from the numbers only (a completed trajectory is one candidate finishing).
 */
export function keyMessage(f: SuppliedFigures): string {
  if (f.started === 0) return 'In deze periode is geen traject gestart.';
  if (f.completed === 0) {
    return f.ongoing === 0
      ? 'Nog niemand heeft een traject afgerond.'
      : `Nog niemand heeft afgerond: ${formatCount(f.ongoing)} van de ${formatCount(f.started)} trajecten lopen nog.`;
  }
  if (f.completed === 1) {
    return f.completedToPaidWork === 1
      ? 'De kandidaat die afrondde, ging naar betaald werk.'
      : 'De kandidaat die afrondde, ging (nog) niet naar betaald werk.';
  }
  if (f.completedToPaidWork === 0) {
    return `Geen van de ${formatCount(f.completed)} kandidaten die afrondden, ging (nog) naar betaald werk.`;
  }
  const verb = f.completedToPaidWork === 1 ? 'ging' : 'gingen';
  return `${formatCount(f.completedToPaidWork)} van de ${formatCount(f.completed)} kandidaten die afrondden, ${verb} naar betaald werk.`;
}

/** The trend: earlier calendar years with a start, then the cohort's own start years. */
function startYearRows(
  records: readonly FigureRecord[],
  period: Period,
  referenceDate: IsoDate,
): NonNullable<InfographicData['startYears']> {
  const firstYear = Number(period.from.slice(0, 4));
  const years: number[] = [];
  for (let year = Math.max(1900, firstYear - TREND_YEARS); year < firstYear; year++) {
    years.push(year);
  }
  const earlier = trendByYear(records, years, referenceDate)
    .filter((row) => row.figures.started > 0)
    .map((row) => ({ year: String(row.year), figures: row.figures, earlier: true }));
  const own = startYearBreakdown(records, period, referenceDate).map((row) => ({
    year: row.group,
    figures: row.figures,
    earlier: false,
  }));
  return [...earlier, ...own];
}

export function infographicData(source: InfographicSource): InfographicData {
  const { period, referenceDate, records } = source;
  const fromRecords = computeFigures(records, period, referenceDate);
  const figures = source.total ?? fromRecords;
  // Breakdowns need the records behind every figure; counts-only parts have none.
  const holdsCohort = fromRecords.started === figures.started;
  const holdsDiscussed = holdsCohort && fromRecords.discussed === figures.discussed;

  let kinds: InfographicData['kinds'] = null;
  if (holdsCohort) {
    const byKind = new Map<string, number>();
    for (const row of breakdown(records, period, referenceDate, 'kind')) {
      byKind.set(row.group, row.figures.started);
    }
    kinds = trajectoryKinds.map((kind) => ({ kind, started: byKind.get(kind) ?? 0 }));
  }

  const benefitRows = holdsDiscussed
    ? benefitBreakdown(records, period, referenceDate).map((row) => ({
        benefit: row.group as Benefit,
        figures: row.figures,
      }))
    : null;
  const startYears = holdsCohort ? startYearRows(records, period, referenceDate) : null;

  const days = figures.averageDurationDays;
  return {
    title: { ...source.title },
    period: { from: period.from, to: period.to },
    referenceDate,
    figures,
    rate: {
      paidWork: figures.completedToPaidWork,
      completed: figures.completed,
      started: figures.started,
      ongoing: figures.ongoing,
      percent:
        figures.completed === 0
          ? null
          : Math.round((figures.completedToPaidWork / figures.completed) * 100),
    },
    duration:
      days === null ? null : { days, months: Math.round((days / DAYS_PER_MONTH) * 10) / 10 },
    keyMessage: keyMessage(figures),
    paidWorkAfterStopping: Math.max(0, figures.outcomes['paid-work'] - figures.completedToPaidWork),
    employers: employerRows(source),
    kinds,
    benefits: benefitRows,
    startYears,
    perOrganisation: source.perOrganisation
      ? source.perOrganisation.map((row) => ({ ...row }))
      : null,
  };
}
