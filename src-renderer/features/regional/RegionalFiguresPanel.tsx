import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarYear, countFigureNames, type Period } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import { todayIso } from '../../ui/format';
import { FiguresTable } from '../../ui/FiguresTable';
import { PeriodFields } from '../../ui/PeriodFields';
import { ProgrammeFilter } from '../../ui/ProgrammeFilter';
import { AddedFiguresTable } from './AddedFiguresTable';
import { computeRegionalFigures } from './regional-figures';

export function RegionalFiguresPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [period, setPeriod] = useState<Period>(calendarYear(new Date().getFullYear()));
  const [referenceDate, setReferenceDate] = useState(todayIso());
  const [programme, setProgramme] = useState<string | null>(null);
  const region = useLiveQuery(
    () =>
      computeRegionalFigures(db, period, referenceDate, { programme }).then(
        (result) => ({ result }),
        () => null,
      ),
    [db, period, referenceDate, programme],
  );

  return (
    <section className="panel" aria-labelledby="region-figures-title">
      <h2 id="region-figures-title">{t('regional.figures.title')}</h2>
      <PeriodFields
        period={period}
        referenceDate={referenceDate}
        onPeriod={setPeriod}
        onReferenceDate={setReferenceDate}
      >
        <ProgrammeFilter
          programmes={region?.result.programmes ?? []}
          value={programme}
          onChange={setProgramme}
        />
      </PeriodFields>
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
          <FiguresTable
            firstColumn={t('regional.partners.organisation')}
            columns={countFigureNames}
            rows={region.result.perOrganisation.map((row) => ({
              key: row.organisationId,
              label: row.name,
              figures: row.figures,
            }))}
          />
          <h3>{t('regional.figures.added')}</h3>
          <p className="muted">{t('regional.figures.addedNote')}</p>
          <AddedFiguresTable
            firstColumn={t('regional.partners.organisation')}
            rows={[
              ...region.result.perOrganisation.map((row) => ({
                key: row.organisationId,
                label: row.name,
                figures: row.figures,
              })),
              { key: 'total', label: t('regional.figures.region'), figures: region.result.total },
            ]}
          />
        </>
      )}
    </section>
  );
}
