import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeExports } from '../../../src-shared/exchange';
import { useDatabase } from '../../app/database-context';
import { formatDate } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { removeOrganisation } from './import-files';
import { useRegionalImports } from './use-regional-files';

/** Each partner organisation with the periods and export dates it holds; removable. */
export function PartnersPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const imports = useRegionalImports();
  const merged = useMemo(() => mergeExports((imports ?? []).map((entry) => entry.file)), [imports]);

  const remove = async (id: string, name: string) => {
    if (!window.confirm(t('regional.partners.confirmRemove', { name }))) return;
    await removeOrganisation(db, id);
    showToast({ tone: 'success', message: t('regional.partners.removed', { name }) });
  };

  return (
    <section className="panel" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('regional.partners.title')}</h2>
      {imports === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : merged.organisations.length === 0 ? (
        <p className="muted">{t('regional.partners.empty')}</p>
      ) : (
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('regional.partners.organisation')}</th>
              <th scope="col">{t('regional.partners.exports')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('regional.partners.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {merged.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  {organisation.name}
                  <div className="muted">{organisation.region}</div>
                </th>
                <td>
                  <ul className="plain">
                    {organisation.exports.map((entry) => (
                      <li key={`${entry.exportedAt}-${entry.period.from}`}>
                        {formatDate(entry.period.from)} – {formatDate(entry.period.to)} ·{' '}
                        {t(`regional.export.levels.${entry.level}`)} ·{' '}
                        {t('regional.partners.exportedAt', {
                          date: formatDate(entry.exportedAt.slice(0, 10)),
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    className="button small danger"
                    onClick={() => void remove(organisation.id, organisation.name)}
                  >
                    {t('regional.partners.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
