import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  hoursPerCompletedTrajectory,
  inPeriod,
  minutesPerCoach,
  toHours,
} from '../../../src-shared/domain/coaching-hours';
import { useDatabase } from '../../app/database-context';
import { allCoachingEntries } from '../../data/coaching-repository';
import { allTrajectories } from '../../data/trajectory-repository';
import type { Period } from '../../../src-shared/figures';

const hoursFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * Resultaten: coaching hours per completed trajectory of the period's cohort (average and
 * spread), and the hours logged in the period per coach, so the extra coaching a WEP costs is
 * visible beside its results.
 */
export function CoachingHoursSection({
  period,
  referenceDate,
}: {
  period: Period;
  referenceDate: string;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const data = useLiveQuery(async () => {
    const [entries, trajectories] = await Promise.all([
      allCoachingEntries(db),
      allTrajectories(db),
    ]);
    return { entries, trajectories: trajectories.filter((trajectory) => !trajectory.deletedAt) };
  }, [db]);
  if (!data) return null;
  const spread = hoursPerCompletedTrajectory(
    data.entries,
    data.trajectories,
    period,
    referenceDate,
  );
  const perCoach = [...minutesPerCoach(inPeriod(data.entries, period), data.trajectories)].sort(
    (a, b) => b[1] - a[1],
  );
  const hours = (value: number | null) =>
    value === null ? '—' : t('coaching.results.hours', { hours: hoursFormat.format(value) });
  const cells: [string, string][] = [
    [t('coaching.results.count'), String(spread.count)],
    [t('coaching.results.average'), hours(spread.average)],
    [t('coaching.results.min'), hours(spread.min)],
    [t('coaching.results.median'), hours(spread.median)],
    [t('coaching.results.max'), hours(spread.max)],
  ];
  return (
    <section className="panel" aria-labelledby="coaching-hours-title">
      <h2 id="coaching-hours-title">{t('coaching.results.title')}</h2>
      <p className="muted">{t('coaching.results.intro')}</p>
      {spread.count === 0 ? (
        <p className="muted">{t('coaching.results.none')}</p>
      ) : (
        <dl className="hours-spread">
          {cells.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {spread.unlogged > 0 && (
        <p className="muted">{t('coaching.results.unlogged', { count: spread.unlogged })}</p>
      )}
      {perCoach.length > 0 && (
        <table className="figures-table">
          <caption>{t('coaching.results.perCoach')}</caption>
          <tbody>
            {perCoach.map(([coach, minutes]) => (
              <tr key={coach ?? ''}>
                <th scope="row">{coach ?? t('coaching.results.noCoach')}</th>
                <td className="number">
                  {t('coaching.results.hours', { hours: hoursFormat.format(toHours(minutes)) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
