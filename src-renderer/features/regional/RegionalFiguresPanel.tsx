import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildExport,
  createPseudonymiser,
  mergeExports,
  regionalFigures,
} from '../../../src-shared/exchange';
import { calendarYear, countFigureNames, type Period } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import type { InstapDatabase } from '../../db/database';
import { todayIso } from '../../ui/format';
import { loadInstallation } from '../settings/installation';
import { loadSettings } from '../settings/settings-repository';
import { toExportSources } from './export-sources';

/**
 * The region's figures: the organisation's own records (as an in-memory export, never saved)
 * merged with every partner file, through the same merge and figures as the CLI.
 */
async function computeRegion(db: InstapDatabase, period: Period, referenceDate: string) {
  const [candidates, trajectories, employers, goals, settings, installation, imports] =
    await Promise.all([
      db.candidates.toArray(),
      db.trajectories.toArray(),
      db.employers.toArray(),
      db.learningGoals.toArray(),
      loadSettings(db),
      loadInstallation(db),
      db.exchangeImports.toArray(),
    ]);
  const own = await buildExport({
    organisation: {
      id: installation.organisationId,
      name: settings.organisationName || 'Eigen organisatie',
      region: settings.region,
    },
    period: { from: '1900-01-01', to: '2999-12-31' },
    referenceDate,
    level: 'records',
    include: { ageBand: false, benefit: true, hoursPerWeek: false, learningGoals: false },
    generator: 'Instap',
    exportedAt: new Date().toISOString(),
    sources: toExportSources(candidates, trajectories, employers, goals),
    pseudonymise: createPseudonymiser(installation.secret),
  });
  const merged = mergeExports([own, ...imports.map((entry) => entry.file)]);
  return { result: regionalFigures(merged, period, referenceDate), region: settings.region };
}

export function RegionalFiguresPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [period, setPeriod] = useState<Period>(calendarYear(new Date().getFullYear()));
  const [referenceDate, setReferenceDate] = useState(todayIso());
  const region = useLiveQuery(
    () => computeRegion(db, period, referenceDate).catch(() => null),
    [db, period, referenceDate],
  );

  return (
    <section className="panel" aria-labelledby="region-figures-title">
      <h2 id="region-figures-title">{t('regional.figures.title')}</h2>
      <div className="toolbar">
        <label className="filter">
          <span>{t('results.from')}</span>
          <input
            type="date"
            value={period.from}
            onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })}
          />
        </label>
        <label className="filter">
          <span>{t('results.to')}</span>
          <input
            type="date"
            value={period.to}
            onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })}
          />
        </label>
        <label className="filter">
          <span>{t('results.referenceDate')}</span>
          <input
            type="date"
            value={referenceDate}
            onChange={(e) => e.target.value && setReferenceDate(e.target.value)}
          />
        </label>
      </div>
      {region === undefined && <p className="muted">{t('common.loading')}</p>}
      {region === null && <p role="alert">{t('regional.figures.failed')}</p>}
      {region && !region.result.ok && <p role="alert">{region.result.message}</p>}
      {region && region.result.ok && (
        <>
          <dl className="summary-list region-total">
            {countFigureNames.map((name) => (
              <div key={name}>
                <dt>{t(`results.figures.${name}`)}</dt>
                <dd>{region.result.ok ? region.result.total[name] : ''}</dd>
              </div>
            ))}
          </dl>
          {region.result.warnings.map((warning) => (
            <p key={warning} className="hint">
              {warning}
            </p>
          ))}
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('regional.partners.organisation')}</th>
                {countFigureNames.map((name) => (
                  <th key={name} scope="col" className="number">
                    {t(`results.figures.${name}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {region.result.perOrganisation.map((row) => (
                <tr key={row.organisationId}>
                  <th scope="row">{row.name}</th>
                  {countFigureNames.map((name) => (
                    <td key={name} className="number">
                      {row.figures[name]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
