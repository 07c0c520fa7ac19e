import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useDatabase } from '../../app/database-context';
import { allCandidates } from '../../data/candidate-repository';
import { loadRememberedMapping, rememberMapping } from '../../data/import-mapping-repository';
import { formatDate } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { isFault, parseText, type Cell } from './cells';
import { checkRegister, parseCell, type Problem, type RegisterCheck } from './check-register';
import { importRegister } from './import-register';
import { readInBackground } from './read-in-background';
import {
  MAX_FILE_BYTES,
  MAX_ROWS,
  type ReadResult,
  type Refusal,
  type Sheet,
} from './read-spreadsheet';
import {
  columnLetter,
  fieldKeys,
  guessMapping,
  mappingToRemember,
  registerFields,
  type ColumnMapping,
  type FieldKey,
} from './register-fields';

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; progress: number }
  | { step: 'refused'; refusal: Refusal }
  | { step: 'loaded'; sheets: Sheet[] };

const PREVIEW_ROWS = 10;
const SHOWN_PROBLEMS = 100;

/**
 * "Register importeren": choose a file, a sheet and what each column means, see every problem
 * by row and column, and import all rows or none.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [, navigate] = useLocation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [checked, setChecked] = useState<{
    sheet: Sheet;
    mapping: ColumnMapping;
    result: RegisterCheck;
  } | null>(null);
  const [checkProgress, setCheckProgress] = useState(0);
  const [importing, setImporting] = useState(false);

  const sheet = stage.step === 'loaded' ? stage.sheets[sheetIndex] : undefined;
  const headers = useMemo(() => (sheet ? headerTexts(sheet) : []), [sheet]);
  // A check belongs to the sheet and mapping it was made for; a newer choice waits for its own.
  const check =
    checked && checked.sheet === sheet && checked.mapping === mapping ? checked.result : null;

  const selectSheet = async (sheets: Sheet[], index: number) => {
    const chosen = sheets[index];
    setSheetIndex(index);
    setMapping(chosen ? guessMapping(headerTexts(chosen), await loadRememberedMapping(db)) : []);
  };

  const choose = async (file: File) => {
    setStage({ step: 'reading', progress: 0 });
    const result = await readInBackground(file, (progress) =>
      setStage({ step: 'reading', progress }),
    ).catch((): ReadResult => ({ ok: false, refusal: { key: 'spreadsheet.refused.unreadable' } }));
    if (!result.ok) {
      setStage({ step: 'refused', refusal: result.refusal });
      return;
    }
    // The first sheet with rows below its header: an explanation sheet often comes first.
    const withRows = result.sheets.findIndex((candidate) => candidate.rows.length > 1);
    await selectSheet(result.sheets, Math.max(0, withRows));
    setStage({ step: 'loaded', sheets: result.sheets });
  };

  useEffect(() => {
    if (!sheet) return;
    let current = true;
    void (async () => {
      const result = await checkRegister(sheet, mapping, await allCandidates(db), (progress) => {
        if (current) setCheckProgress(progress);
      });
      if (current) setChecked({ sheet, mapping, result });
    })();
    return () => {
      current = false;
    };
  }, [db, sheet, mapping]);

  const mapColumn = (column: number, field: FieldKey | null) => {
    const next = mapping.map((choice, index) =>
      index === column ? field : choice === field ? null : choice,
    );
    setMapping(next);
    void rememberMapping(db, mappingToRemember(headers, next));
  };

  const runImport = async () => {
    if (!sheet) return;
    setImporting(true);
    try {
      const result = await importRegister(db, sheet, mapping);
      if (!result.ok) {
        setChecked({ sheet, mapping, result: { rows: [], problems: result.problems } });
        return;
      }
      await rememberMapping(db, mappingToRemember(headers, mapping));
      showToast({
        tone: 'success',
        message: t('spreadsheet.import.done', { count: result.imported }),
      });
      navigate('/kandidaten');
    } catch {
      showToast({ tone: 'error', message: t('spreadsheet.import.failed') });
    } finally {
      setImporting(false);
    }
  };

  return (
    <section className="page wide" aria-labelledby="import-register-title">
      <div className="page-header">
        <h1 id="import-register-title">{t('spreadsheet.import.title')}</h1>
        <Link href="/kandidaten" className="button">
          {t('spreadsheet.import.back')}
        </Link>
      </div>
      <section className="panel">
        <p>{t('spreadsheet.import.intro')}</p>
        <p className="muted">
          {t('spreadsheet.import.limits', {
            size: MAX_FILE_BYTES / 1024 / 1024,
            rows: MAX_ROWS,
          })}
        </p>
        <label className="button primary">
          {t('spreadsheet.import.choose')}
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            disabled={stage.step === 'reading' || importing}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
        </label>
        {stage.step === 'reading' && (
          <ProgressLine label={t('spreadsheet.import.reading')} value={stage.progress} />
        )}
        {stage.step === 'refused' && (
          <p role="alert" className="import-errors">
            {String(t(stage.refusal.key as never, stage.refusal.params as never))}
          </p>
        )}
      </section>
      {stage.step === 'loaded' && sheet && (
        <>
          <section className="panel" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{t('spreadsheet.import.mappingTitle')}</h2>
            {stage.sheets.length > 1 && (
              <label className="filter">
                <span>{t('spreadsheet.import.sheet')}</span>
                <select
                  value={sheetIndex}
                  onChange={(event) => void selectSheet(stage.sheets, Number(event.target.value))}
                >
                  {stage.sheets.map((candidate, index) => (
                    <option key={index} value={index}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <p className="muted">{t('spreadsheet.import.mappingIntro')}</p>
            <MappingTable headers={headers} mapping={mapping} onChange={mapColumn} />
          </section>
          <section className="panel" aria-labelledby="preview-title">
            <h2 id="preview-title">{t('spreadsheet.import.previewTitle')}</h2>
            {check === null ? (
              <ProgressLine label={t('spreadsheet.import.checking')} value={checkProgress} />
            ) : (
              <CheckOutcome
                sheet={sheet}
                mapping={mapping}
                check={check}
                importing={importing}
                onImport={() => void runImport()}
              />
            )}
          </section>
        </>
      )}
    </section>
  );
}

/** The header row's texts; a header cell that is a date or number reads as shown. */
function headerTexts(sheet: Sheet): string[] {
  return (sheet.rows[0]?.cells ?? []).map((cell) => {
    const text = parseText(cell);
    return text.ok ? (text.value ?? '') : '';
  });
}

function ProgressLine(props: { label: string; value: number }) {
  return (
    <p role="status" className="muted">
      {props.label}{' '}
      <progress max={1} value={props.value} aria-label={props.label}>
        {Math.round(props.value * 100)} %
      </progress>
    </p>
  );
}

function MappingTable(props: {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (column: number, field: FieldKey | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="figures-table">
      <tbody>
        {props.headers.map((header, column) => {
          const letter = columnLetter(column);
          return (
            <tr key={column}>
              <th scope="row">
                {t('spreadsheet.import.column', { letter })}
                {header && ` · ${header}`}
              </th>
              <td>
                <select
                  aria-label={t('spreadsheet.import.column', { letter })}
                  value={props.mapping[column] ?? ''}
                  onChange={(event) =>
                    props.onChange(column, (event.target.value || null) as FieldKey | null)
                  }
                >
                  <option value="">{t('spreadsheet.import.notImported')}</option>
                  {fieldKeys.map((key) => (
                    <option key={key} value={key}>
                      {registerFields[key].header}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CheckOutcome(props: {
  sheet: Sheet;
  mapping: ColumnMapping;
  check: RegisterCheck;
  importing: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const { problems } = props.check;
  const dataRows = props.sheet.rows.length - 1;
  return (
    <>
      <p>
        {t('spreadsheet.import.rowsRead', { count: dataRows })}{' '}
        {t('spreadsheet.import.previewShows', { shown: PREVIEW_ROWS })}
      </p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <PreviewTable sheet={props.sheet} mapping={props.mapping} problems={problems} />
      <button
        type="button"
        className="button primary"
        disabled={problems.length > 0 || props.importing}
        aria-describedby={problems.length > 0 ? 'import-problems-title' : undefined}
        onClick={props.onImport}
      >
        {props.importing
          ? t('spreadsheet.import.importing')
          : t('spreadsheet.import.importAll', { count: dataRows })}
      </button>
    </>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="import-errors">
      <p id="import-problems-title">
        <strong>{t('spreadsheet.import.problemsTitle', { count: problems.length })}</strong>
      </p>
      <p>{t('spreadsheet.import.problemsFix')}</p>
      <ul>
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index}>
            {problem.row === null
              ? problem.message
              : problem.column
                ? t('spreadsheet.import.problemAt', {
                    row: problem.row,
                    column: problem.column,
                    message: problem.message,
                  })
                : t('spreadsheet.import.problemAtRow', {
                    row: problem.row,
                    message: problem.message,
                  })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('spreadsheet.import.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </div>
  );
}

/** The first rows and every row with a problem, only the mapped columns, as the file has them. */
function PreviewTable(props: { sheet: Sheet; mapping: ColumnMapping; problems: Problem[] }) {
  const { t } = useTranslation();
  const columns = props.mapping.flatMap((field, index) => (field ? [{ field, index }] : []));
  const problemRows = new Set(props.problems.map((problem) => problem.row));
  const rows = props.sheet.rows
    .slice(1)
    .filter((row, index) => index < PREVIEW_ROWS || problemRows.has(row.number))
    .slice(0, PREVIEW_ROWS + SHOWN_PROBLEMS);
  return (
    <div className="table-scroll">
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('spreadsheet.import.row')}</th>
            {columns.map(({ field, index }) => (
              <th key={index} scope="col">
                {columnLetter(index)} · {registerFields[field].header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className={problemRows.has(row.number) ? 'has-problem' : ''}>
              <th scope="row">{row.number}</th>
              {columns.map(({ field, index }) => (
                <td key={index}>{shown(field, row.cells[index] ?? null, props.sheet.date1904)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A date as the import reads it (a serial number as dd-mm-jjjj), anything else as typed. */
function shown(field: FieldKey, cell: Cell, date1904: boolean): string {
  if (isFault(cell)) return '#';
  const date = registerFields[field].type === 'date' ? parseCell(field, cell, date1904) : null;
  if (date?.ok && typeof date.value === 'string') return formatDate(date.value);
  const text = parseText(cell);
  return text.ok ? (text.value ?? '') : '';
}
