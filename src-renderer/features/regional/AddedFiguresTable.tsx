import { useTranslation } from 'react-i18next';
import type { Sustained, SuppliedFigures } from '../../../src-shared/figures';

/** The columns of AddedFiguresTable after the organisation's name. */
const columns = [
  'notStarted',
  'waiting',
  'inSector',
  'sustained6Months',
  'sustained12Months',
] as const;

/**
 * The figures of "More of the programme" per organisation and for the region. A partner's file
 * that does not carry one (an older Instap, or counts without it) shows "niet aangeleverd": a 0
 * would read as "none of them", which nobody said (DOMAIN.md).
 */
export function AddedFiguresTable(props: {
  rows: { key: string; label: string; figures: SuppliedFigures }[];
  firstColumn: string;
}) {
  const { t } = useTranslation();
  const notSupplied = <span className="muted">{t('regional.figures.notSupplied')}</span>;
  const sustained = (value: Sustained | null) =>
    value === null
      ? notSupplied
      : value.due === 0
        ? '—'
        : t('regional.figures.ofTotal', { part: value.employed, whole: value.due });
  return (
    <table className="figures-table">
      <thead>
        <tr>
          <th scope="col">{props.firstColumn}</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="number">
              {t(`regional.figures.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map(({ key, label, figures }) => {
          const notStarted = figures.notStarted;
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="number">
                {notStarted === null
                  ? notSupplied
                  : Object.entries(notStarted).reduce(
                      (sum, [group, count]) => (group === 'waiting' ? sum : sum + count),
                      0,
                    )}
              </td>
              <td className="number">{notStarted === null ? notSupplied : notStarted.waiting}</td>
              <td className="number">
                {figures.toPaidWorkInSector === null
                  ? notSupplied
                  : t('regional.figures.ofTotal', {
                      part: figures.toPaidWorkInSector,
                      whole: figures.completedToPaidWork,
                    })}
              </td>
              <td className="number">{sustained(figures.sustained6Months)}</td>
              <td className="number">{sustained(figures.sustained12Months)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
