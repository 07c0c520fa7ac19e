import { useTranslation } from 'react-i18next';
import type { CountFigureName, Figures } from '../../src-shared/figures';

const defaultColumns: readonly CountFigureName[] = [
  'started',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
];

/** Figures per group (employer, kind, year, organisation): one row each, counts right-aligned. */
export function FiguresTable(props: {
  /** Only the counts are read: partners' figures that lack an added figure fit too. */
  rows: { key?: string; label: string; figures: Pick<Figures, CountFigureName> }[];
  firstColumn: string;
  columns?: readonly CountFigureName[];
}) {
  const { t } = useTranslation();
  const columns = props.columns ?? defaultColumns;
  return (
    <table className="figures-table">
      <thead>
        <tr>
          <th scope="col">{props.firstColumn}</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="number">
              {t(`results.figures.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key ?? row.label}>
            <th scope="row">{row.label}</th>
            {columns.map((column) => (
              <td key={column} className="number">
                {row.figures[column]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
