import type { IsoDate } from '../../../src-shared/domain/codes';
import {
  countFigureNames,
  type BreakdownRow,
  type CountFigureName,
  type Figures,
  type Period,
} from '../../../src-shared/figures';
import { codesNl } from '../../ui/i18n/codes-nl';
import { resultsNl } from '../../ui/i18n/results-nl';
import type { Column, Table } from './write-tables';

/** What Resultaten shows for a period and reference date, as the export takes it. */
export interface FiguresView {
  period: Period;
  referenceDate: IsoDate;
  figures: Figures;
  kinds: readonly BreakdownRow[];
  employers: readonly BreakdownRow[];
  benefits: readonly BreakdownRow[];
  startYears: readonly BreakdownRow[];
}

const names = resultsNl.results;
const count = (header: string): Column => ({ header, type: 'number' });
const text = (header: string): Column => ({ header, type: 'text' });
const cohortColumns: CountFigureName[] = [
  'started',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
];

function breakdownTable(
  title: string,
  firstColumn: string,
  rows: readonly BreakdownRow[],
  label: (group: string) => string,
  columns: readonly CountFigureName[] = cohortColumns,
): Table {
  return {
    title,
    columns: [text(firstColumn), ...columns.map((name) => count(names.figures[name]))],
    rows: rows.map((row) => [label(row.group), ...columns.map((name) => row.figures[name])]),
  };
}

const codeLabel =
  (labels: Readonly<Record<string, string>>) =>
  (group: string): string =>
    labels[group] ?? codesNl.outcome.unknown;

/** The figures of Resultaten as tables, with the period and reference date they describe. */
export function figuresTables(view: FiguresView): Table[] {
  const { figures } = view;
  return [
    {
      title: 'Periode',
      columns: [
        { header: names.from, type: 'date' },
        { header: names.to, type: 'date' },
        { header: names.referenceDate, type: 'date' },
      ],
      rows: [[view.period.from, view.period.to, view.referenceDate]],
    },
    {
      title: 'Cijfers',
      columns: [text('Cijfer'), count('Aantal')],
      rows: [
        ...countFigureNames.map((name) => [names.figures[name], figures[name]]),
        [`${names.averageDuration} (dagen)`, figures.averageDurationDays],
      ],
    },
    {
      title: 'Uitstroom',
      columns: [text('Uitstroom'), count('Aantal')],
      rows: Object.entries(figures.outcomes).map(([code, value]) => [
        codeLabel(codesNl.outcome)(code),
        value,
      ]),
    },
    {
      title: 'Redenen van stoppen',
      columns: [text('Reden'), count('Aantal')],
      rows: Object.entries(figures.stopReasons).map(([code, value]) => [
        codeLabel(codesNl.stopReason)(code),
        value,
      ]),
    },
    breakdownTable(names.perKind, names.kind, view.kinds, codeLabel(codesNl.kind)),
    breakdownTable(
      names.perEmployer,
      names.employer,
      view.employers.filter((row) => row.figures.started > 0),
      (group) => (group === 'unknown' ? codesNl.outcome.unknown : group),
    ),
    breakdownTable(
      names.perBenefit,
      names.benefit,
      view.benefits,
      codeLabel(codesNl.benefit),
      countFigureNames.filter((name) => name !== 'employers'),
    ),
    breakdownTable(names.perStartYear, names.startYear, view.startYears, (group) => group),
  ];
}
