import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDatabase } from '../../app/database-context';
import { activeEmployers } from '../../data/employer-repository';
import { allOpenPlacements } from '../../data/open-placement-repository';
import { countByStatus } from './open-placement-form';

/** Werkgevers: every employer with how many placements it offers (open, filled, withdrawn). */
export function EmployersScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const rows = useLiveQuery(async () => {
    const [employers, placements] = await Promise.all([activeEmployers(db), allOpenPlacements(db)]);
    return employers
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((employer) => ({
        employer,
        counts: countByStatus(placements.filter((p) => p.employerId === employer.id)),
      }));
  }, [db]);
  if (!rows) return <p className="page-status">{t('common.loading')}</p>;
  return (
    <section className="page" aria-labelledby="employers-title">
      <div className="page-header">
        <h1 id="employers-title">{t('employers.title')}</h1>
      </div>
      <p className="muted">{t('employers.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('employers.none')}</p>
      ) : (
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('employers.name')}</th>
              <th scope="col">{t('employers.locations')}</th>
              <th scope="col">{t('codes.openPlacementStatus.open')}</th>
              <th scope="col">{t('codes.openPlacementStatus.filled')}</th>
              <th scope="col">{t('codes.openPlacementStatus.withdrawn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ employer, counts }) => (
              <tr key={employer.id}>
                <th scope="row">
                  <Link href={`/werkgevers/${employer.id}`}>{employer.name}</Link>
                </th>
                <td>{employer.locations.map((location) => location.name).join(', ') || '—'}</td>
                <td>{counts.open}</td>
                <td>{counts.filled}</td>
                <td>{counts.withdrawn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
