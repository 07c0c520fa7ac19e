import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { allCandidates } from '../../data/candidate-repository';
import { allEmployers } from '../../data/employer-repository';
import { allTrajectories } from '../../data/trajectory-repository';
import { FileButton } from '../../ui/FileButton';
import { todayIso } from '../../ui/format';
import { figuresTables, type FiguresView } from './figures-export';
import { candidateListTable } from './list-export';
import { writeTables, type SpreadsheetFormat, type Table } from './write-tables';

const formats: SpreadsheetFormat[] = ['xlsx', 'csv'];

/** An .xlsx and a .csv button for the same tables, made by the one writer. */
function SpreadsheetExport(props: {
  label: string;
  baseName: string;
  tables: () => Promise<Table[]>;
}) {
  const { t } = useTranslation();
  return (
    <div className="export-buttons" role="group" aria-label={props.label}>
      <span className="muted">{props.label}:</span>
      {formats.map((format) => (
        <FileButton
          key={format}
          label={t(`spreadsheet.export.${format}`)}
          busyLabel={t('spreadsheet.export.making')}
          kind={format === 'xlsx' ? 'XLSX' : 'CSV'}
          make={async () => ({
            fileName: `${props.baseName}.${format}`,
            bytes: await writeTables(await props.tables(), format),
          })}
          messages={{
            saved: t('spreadsheet.export.saved'),
            downloaded: t('spreadsheet.export.downloaded'),
            failed: t('spreadsheet.export.failed'),
          }}
        />
      ))}
    </div>
  );
}

/** For Kandidaten: the rows as filtered and sorted on screen. */
export function CandidateListExport({ rows }: { rows: readonly { id: string }[] }) {
  const { t } = useTranslation();
  const db = useDatabase();
  return (
    <SpreadsheetExport
      label={t('spreadsheet.export.exportList')}
      baseName={`kandidaten-${todayIso()}`}
      tables={async () => {
        const [candidates, trajectories, employers] = await Promise.all([
          allCandidates(db),
          allTrajectories(db),
          allEmployers(db),
        ]);
        // The ids only when asked for: not an array of every id on every keystroke.
        const ids = rows.map((row) => row.id);
        return [candidateListTable(ids, candidates, trajectories, employers)];
      }}
    />
  );
}

/** For Resultaten: the figures of the period and reference date on screen. */
export function FiguresExport({ view }: { view: FiguresView }) {
  const { t } = useTranslation();
  return (
    <SpreadsheetExport
      label={t('spreadsheet.export.exportFigures')}
      baseName={`resultaten-${view.period.from}-${view.period.to}-peildatum-${view.referenceDate}`}
      tables={async () => figuresTables(view)}
    />
  );
}
