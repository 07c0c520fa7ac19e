import { Popover } from 'radix-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { outcomes, stopReasons, type Benefit } from '../../../src-shared/domain/codes';
import {
  benefitBreakdown,
  breakdown,
  calendarYear,
  computeFigures,
  countFigureNames,
  notStartedGroups,
  programmesOf,
  recordsBehind,
  startYearBreakdown,
  trendByYear,
  type CountFigureName,
  type FigureSelector,
  type Figures,
} from '../../../src-shared/figures';
import { formatDate } from '../../ui/format';
import { FiguresTable as BreakdownTable } from '../../ui/FiguresTable';
import { PeriodFields } from '../../ui/PeriodFields';
import { ProgrammeFilter } from '../../ui/ProgrammeFilter';
import { CoachingHoursSection } from '../coaching/CoachingHoursSection';
import { FiguresExport } from '../spreadsheet/ExportButtons';
import { InfographicButton } from './InfographicButton';
import { useResults, useResultsView } from './results-store';
import { useFigureRecords, type FigureSource } from './use-figure-records';

/** Per benefit type the discussed come first: the one breakdown that has them (DOMAIN.md). */
const withDiscussed = countFigureNames.filter((name) => name !== 'employers');

const headline: CountFigureName[] = [
  'discussed',
  'started',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
  'employers',
];

export function ResultsScreen() {
  const { t } = useTranslation();
  const source = useFigureRecords();
  const { period, referenceDate, today, filter, selected, select } = useResultsView();

  const view = useMemo(() => {
    if (!source) return null;
    const years = yearsOf(source, Number(today.slice(0, 4)));
    const { records } = source;
    return {
      figures: computeFigures(records, period, referenceDate, filter),
      employers: breakdown(records, period, referenceDate, 'employer', filter),
      kinds: breakdown(records, period, referenceDate, 'kind', filter),
      benefits: benefitBreakdown(records, period, referenceDate, filter),
      startYears: startYearBreakdown(records, period, referenceDate, filter),
      // Years after the reference date have no results on it yet.
      trend: trendByYear(
        records,
        years.filter((year) => year <= Number(referenceDate.slice(0, 4))),
        referenceDate,
        filter,
      ),
      years,
      programmes: programmesOf(records),
    };
  }, [source, period, referenceDate, today, filter]);

  if (!source || !view) return <p className="page-status">{t('common.loading')}</p>;
  const { figures } = view;

  return (
    <section className="page results" aria-labelledby="results-title">
      <div className="page-header">
        <h1 id="results-title">{t('results.title')}</h1>
        <InfographicButton records={source.records} />
      </div>
      <PeriodPicker years={view.years} programmes={view.programmes} />
      <FiguresExport view={{ ...view, period, referenceDate }} />
      {figures.started === 0 && figures.discussed === 0 ? (
        <div className="empty-state">
          <h2>{t('results.emptyTitle')}</h2>
          <p>{t('results.emptyBody')}</p>
        </div>
      ) : (
        <>
          <div className="figure-cards">
            {headline.map((name) => (
              <FigureCard
                key={name}
                name={name}
                value={figures[name]}
                selected={selected === name}
                onSelect={() => select(selected === name ? null : name)}
              />
            ))}
          </div>
          <p className="rate">
            {t('results.rate', {
              paid: figures.completedToPaidWork,
              completed: figures.completed,
              started: figures.started,
              ongoing: figures.ongoing,
            })}
            {' · '}
            {t('results.averageDuration')}:{' '}
            {figures.averageDurationDays === null
              ? t('results.none')
              : t('results.days', { count: Math.round(figures.averageDurationDays) })}
          </p>
          <AfterOutflow figures={figures} />
          {selected && <RecordsBehind source={source} selector={selected} />}
          <div className="results-grid">
            <section className="panel" aria-labelledby="funnel-title">
              <h2 id="funnel-title">{t('results.funnel')}</h2>
              <Funnel figures={figures} />
            </section>
            <section className="panel" aria-labelledby="outcomes-title">
              <h2 id="outcomes-title">{t('results.outcomes')}</h2>
              <Bars
                items={outcomes.map((code) => ({
                  label: t(`codes.outcome.${code}`),
                  value: figures.outcomes[code],
                  selector: { outcome: code },
                }))}
              />
            </section>
            <section className="panel" aria-labelledby="not-started-title">
              <h2 id="not-started-title">{t('results.notStarted')}</h2>
              <p className="muted">{t('results.notStartedNote')}</p>
              <Bars
                items={notStartedGroups.map((group) => ({
                  label:
                    group === 'waiting'
                      ? t('results.waiting')
                      : t(`codes.notStartedReason.${group}`),
                  value: figures.notStarted[group],
                }))}
              />
            </section>
            <section className="panel" aria-labelledby="stops-title">
              <h2 id="stops-title">{t('results.stopReasons')}</h2>
              <Bars
                items={stopReasons.map((code) => ({
                  label: t(`codes.stopReason.${code}`),
                  value: figures.stopReasons[code],
                  selector: { stopReason: code },
                }))}
              />
            </section>
          </div>
          <section className="panel" aria-labelledby="kinds-title">
            <h2 id="kinds-title">{t('results.perKind')}</h2>
            <BreakdownTable
              rows={view.kinds.map((row) => ({
                label: t(`codes.kind.${row.group as 'other'}`),
                figures: row.figures,
              }))}
              firstColumn={t('results.kind')}
            />
          </section>
          <section className="panel" aria-labelledby="employers-title">
            <h2 id="employers-title">{t('results.perEmployer')}</h2>
            <BreakdownTable
              rows={view.employers
                .filter((row) => row.figures.started > 0)
                .map((row) => ({
                  label: row.group === 'unknown' ? t('codes.outcome.unknown') : row.group,
                  figures: row.figures,
                }))}
              firstColumn={t('results.employer')}
            />
          </section>
          <section className="panel" aria-labelledby="benefits-title">
            <h2 id="benefits-title">{t('results.perBenefit')}</h2>
            <p className="muted">{t('results.perBenefitNote')}</p>
            <BreakdownTable
              rows={view.benefits.map((row) => ({
                label: t(`codes.benefit.${row.group as Benefit}`),
                figures: row.figures,
              }))}
              firstColumn={t('results.benefit')}
              columns={withDiscussed}
            />
          </section>
          <section className="panel" aria-labelledby="start-years-title">
            <h2 id="start-years-title">{t('results.perStartYear')}</h2>
            <BreakdownTable
              rows={view.startYears.map((row) => ({ label: row.group, figures: row.figures }))}
              firstColumn={t('results.startYear')}
            />
          </section>
          <section className="panel" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('results.trend')}</h2>
            <BreakdownTable
              rows={view.trend.map((row) => ({ label: String(row.year), figures: row.figures }))}
              firstColumn={t('results.yearColumn')}
            />
          </section>
          <CoachingHoursSection period={period} referenceDate={referenceDate} />
        </>
      )}
    </section>
  );
}

/** The calendar years the data touches, newest first, and always the current one. */
function yearsOf(source: FigureSource, currentYear: number): number[] {
  const years = new Set<number>([currentYear]);
  for (const record of source.records) {
    for (const date of [record.discussedOn, record.startedOn]) {
      if (date) years.add(Number(date.slice(0, 4)));
    }
  }
  return [...years].sort((a, b) => b - a);
}

function PeriodPicker({ years, programmes }: { years: number[]; programmes: string[] }) {
  const { t } = useTranslation();
  const { period, referenceDate, setPeriod, setReferenceDate, filter, setProgramme } =
    useResultsView();
  const preset = years.find((year) => {
    const range = calendarYear(year);
    return range.from === period.from && range.to === period.to;
  });
  return (
    <PeriodFields
      period={period}
      referenceDate={referenceDate}
      onPeriod={setPeriod}
      onReferenceDate={setReferenceDate}
    >
      <label className="filter">
        <span>{t('results.period')}</span>
        <select
          value={preset === undefined ? 'custom' : String(preset)}
          onChange={(event) => {
            if (event.target.value !== 'custom')
              setPeriod(calendarYear(Number(event.target.value)));
          }}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {t('results.year', { year })}
            </option>
          ))}
          <option value="custom">{t('results.custom')}</option>
        </select>
      </label>
      <ProgrammeFilter
        programmes={programmes}
        value={filter.programme ?? null}
        onChange={setProgramme}
      />
    </PeriodFields>
  );
}

/**
 * What became of the outflow to paid work: in the care sector, and still working at the 6 and 12
 * month follow-ups. A follow-up line shows only once a follow-up moment has come (due > 0).
 */
function AfterOutflow({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  if (figures.completedToPaidWork === 0) return null;
  const lines = [
    t('results.inSector', {
      inSector: figures.toPaidWorkInSector,
      paid: figures.completedToPaidWork,
    }),
  ];
  if (figures.sustained6Months.due > 0) {
    lines.push(t('results.sustained6Months', figures.sustained6Months));
  }
  if (figures.sustained12Months.due > 0) {
    lines.push(t('results.sustained12Months', figures.sustained12Months));
  }
  return (
    <p className="rate">
      <strong>{t('results.afterOutflow')}:</strong> {lines.join(' · ')}
    </p>
  );
}

function Definition({ name }: { name: CountFigureName | 'averageDuration' }) {
  const { t } = useTranslation();
  const label =
    name === 'averageDuration' ? t('results.averageDuration') : t(`results.figures.${name}`);
  return (
    <Popover.Root>
      <Popover.Trigger
        className="info-button"
        aria-label={t('results.definition', { figure: label })}
      >
        i
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" sideOffset={6}>
          {t(`results.definitions.${name}`)}
          <Popover.Arrow className="popover-arrow" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function FigureCard(props: {
  name: CountFigureName;
  value: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={props.selected ? 'figure-card selected' : 'figure-card'}>
      <button
        type="button"
        className="figure-button"
        aria-pressed={props.selected}
        onClick={props.onSelect}
      >
        <span className="figure-value">{props.value}</span>
        <span className="figure-label">{t(`results.figures.${props.name}`)}</span>
      </button>
      <Definition name={props.name} />
    </div>
  );
}

function Funnel({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const steps: CountFigureName[] = ['discussed', 'started', 'completed', 'completedToPaidWork'];
  const max = Math.max(1, ...steps.map((step) => figures[step]));
  const select = useResults((state) => state.select);
  return (
    <ol className="funnel">
      {steps.map((step) => (
        <li key={step}>
          <button type="button" className="bar-row" onClick={() => select(step)}>
            <span className="bar-label">{t(`results.figures.${step}`)}</span>
            <span className="bar-track">
              <span
                className="bar-fill funnel-fill"
                style={{ width: `${(figures[step] / max) * 100}%` }}
              />
            </span>
            <span className="bar-value">{figures[step]}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Bars per code; one with a selector opens the records behind it. */
function Bars({ items }: { items: { label: string; value: number; selector?: FigureSelector }[] }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const select = useResults((state) => state.select);
  return (
    <ul className="bars">
      {items.map(({ label, value, selector }) => {
        const bar = (
          <>
            <span className="bar-label">{label}</span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: `${(value / max) * 100}%` }} />
            </span>
            <span className="bar-value">{value}</span>
          </>
        );
        return (
          <li key={label}>
            {selector ? (
              <button type="button" className="bar-row" onClick={() => select(selector)}>
                {bar}
              </button>
            ) : (
              <div className="bar-row">{bar}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function RecordsBehind({ source, selector }: { source: FigureSource; selector: FigureSelector }) {
  const { t } = useTranslation();
  const { period, referenceDate, filter, select } = useResultsView();
  const records = recordsBehind(source.records, period, referenceDate, selector, filter);
  const label =
    typeof selector === 'string'
      ? t(`results.figures.${selector}`)
      : 'outcome' in selector
        ? t(`codes.outcome.${selector.outcome}`)
        : t(`codes.stopReason.${selector.stopReason}`);
  return (
    <section className="panel behind" aria-labelledby="behind-title" aria-live="polite">
      <div className="section-header">
        <h2 id="behind-title">{t('results.behind', { figure: label, count: records.length })}</h2>
        <button type="button" className="button small" onClick={() => select(null)}>
          {t('results.close')}
        </button>
      </div>
      {records.length === 0 ? (
        <p className="muted">{t('results.behindEmpty')}</p>
      ) : (
        <table className="figures-table">
          <tbody>
            {records.map((record) => {
              const candidateId = source.candidateOf.get(record.key) ?? record.candidateKey;
              const href =
                record.startedOn === null
                  ? `/kandidaten/${candidateId}`
                  : `/kandidaten/${candidateId}/trajecten/${record.key}`;
              return (
                <tr key={record.key}>
                  <th scope="row">
                    <Link href={href}>{source.names.get(record.candidateKey) ?? '—'}</Link>
                  </th>
                  <td>{record.employer ?? '—'}</td>
                  <td>{t(`codes.status.${record.status}`)}</td>
                  <td>
                    {record.startedOn
                      ? `${formatDate(record.startedOn)} – ${formatDate(record.endedOn)}`
                      : t('results.discussedOnly')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
