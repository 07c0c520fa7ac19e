import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ExchangeExportError,
  isRecordsFile,
  type ExchangeFileV1,
  type ExportInclude,
} from '../../../src-shared/exchange';
import type { Period } from '../../../src-shared/figures';
import { calendarYear } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import type { InstapDatabase } from '../../db/database';
import { bridge } from '../../bridge';
import { formatDate, todayIso } from '../../ui/format';
import { PeriodFields } from '../../ui/PeriodFields';
import { FileButton, type MadeFile } from '../../ui/FileButton';
import { ProgrammeFilter } from '../../ui/ProgrammeFilter';
import { exportFileName, noOptionalFields } from './export-file';
import { buildOwnExport, ownProgrammes } from './export-sources';

type Level = 'counts' | 'records';
const optionalFields: (keyof ExportInclude)[] = [
  'ageBand',
  'benefit',
  'hoursPerWeek',
  'learningGoals',
];

async function makeExport(
  db: InstapDatabase,
  period: Period,
  referenceDate: string,
  level: Level,
  include: ExportInclude,
  programme: string | null,
): Promise<ExchangeFileV1> {
  const info = await bridge['app:info']({});
  return buildOwnExport(db, {
    period,
    referenceDate,
    level,
    include,
    generator: `Instap ${info.version}`,
    filter: { programme },
  });
}

function exportFile(file: ExchangeFileV1 | null): MadeFile {
  if (!file) throw new Error('no preview');
  return {
    fileName: exportFileName(file),
    bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
  };
}

/** "Exporteren voor regio": choose, preview the summary, then save through the host. */
export function ExportPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [period, setPeriod] = useState<Period>(calendarYear(new Date().getFullYear() - 1));
  const [referenceDate, setReferenceDate] = useState(todayIso());
  const [level, setLevel] = useState<Level>('counts');
  const [include, setInclude] = useState<ExportInclude>(noOptionalFields);
  const [programme, setProgramme] = useState<string | null>(null);
  const programmes = useLiveQuery(() => ownProgrammes(db), [db]);
  const [preview, setPreview] = useState<ExchangeFileV1 | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const change = (apply: () => void) => {
    apply();
    setPreview(null);
    setProblem(null);
  };

  const prepare = async () => {
    try {
      setPreview(await makeExport(db, period, referenceDate, level, include, programme));
    } catch (error) {
      setProblem(
        error instanceof ExchangeExportError
          ? t('regional.export.invalidRecords', { count: error.problems.length })
          : t('regional.export.failed'),
      );
    }
  };

  const summary = preview?.summary;
  const recordCount = preview && isRecordsFile(preview) ? preview.trajectories.length : null;

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('regional.export.title')}</h2>
      <p className="muted">{t('regional.export.intro')}</p>
      <PeriodFields
        period={period}
        referenceDate={referenceDate}
        onPeriod={(next) => change(() => setPeriod(next))}
        onReferenceDate={(date) => change(() => setReferenceDate(date))}
      >
        <ProgrammeFilter
          programmes={programmes ?? []}
          value={programme}
          onChange={(next) => change(() => setProgramme(next))}
        />
      </PeriodFields>
      <fieldset className="choice">
        <legend>{t('regional.export.level')}</legend>
        {(['counts', 'records'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name="export-level"
              value={option}
              checked={level === option}
              onChange={() => change(() => setLevel(option))}
            />
            <span>
              <strong>{t(`regional.export.levels.${option}`)}</strong>
              <span className="hint block">{t(`regional.export.levelHints.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {level === 'records' && (
        <fieldset className="choice">
          <legend>{t('regional.export.optional')}</legend>
          {optionalFields.map((field) => (
            <label key={field} className="checkbox">
              <input
                type="checkbox"
                checked={include[field]}
                onChange={(e) =>
                  change(() => setInclude({ ...include, [field]: e.target.checked }))
                }
              />
              {t(`regional.export.fields.${field}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void prepare()}>
          {t('regional.export.prepare')}
        </button>
        <FileButton
          primary
          kind="JSON"
          disabled={!preview}
          label={t('regional.export.save')}
          busyLabel={t('regional.export.save')}
          messages={{
            saved: t('regional.export.saved'),
            downloaded: t('regional.export.saved'),
            failed: t('regional.export.failed'),
          }}
          make={async () => exportFile(preview)}
        />
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {summary && (
        <div className="export-preview" aria-live="polite">
          <p>
            {t('regional.export.previewLevel', { level: t(`regional.export.levels.${level}`) })}{' '}
            {recordCount !== null && t('regional.export.recordCount', { count: recordCount })}
          </p>
          <p className="muted">
            {formatDate(period.from)} – {formatDate(period.to)} · {t('results.referenceDate')}{' '}
            {formatDate(referenceDate)}
            {programme !== null && ` · ${t('results.programme')} ${programme}`}
          </p>
          <dl className="summary-list">
            {(
              [
                'discussed',
                'started',
                'employers',
                'completed',
                'completedToPaidWork',
                'ongoing',
                'stopped',
              ] as const
            ).map((name) => (
              <div key={name}>
                <dt>{t(`results.figures.${name}`)}</dt>
                <dd>{summary[name]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
