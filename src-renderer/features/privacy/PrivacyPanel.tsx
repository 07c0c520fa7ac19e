import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { loadSettings } from '../settings/settings-repository';
import { anonymise, candidatesPastRetention } from './privacy-repository';

/** Bewaartermijn: who is past it, one action to anonymise them, and the storage guarantee. */
export function PrivacyPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const expired = useLiveQuery(async () => {
    const settings = await loadSettings(db);
    return candidatesPastRetention(db, todayIso(), {
      yearsAfterEnd: settings.retentionYearsAfterEnd,
      yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
    });
  }, [db]);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);

  const run = async () => {
    if (!expired?.length) return;
    if (!window.confirm(t('privacy.confirm', { count: expired.length }))) return;
    const count = await anonymise(
      db,
      expired.map((candidate) => candidate.id),
    );
    showToast({ tone: 'success', message: t('privacy.done', { count }) });
  };

  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p className="muted">{t('privacy.intro')}</p>
      {expired && expired.length === 0 && <p>{t('privacy.noneExpired')}</p>}
      {expired && expired.length > 0 && (
        <>
          <p>{t('privacy.expired', { count: expired.length })}</p>
          <ul className="compact-list">
            {expired.slice(0, 20).map((candidate) => (
              <li key={candidate.id}>{fullName(candidate)}</li>
            ))}
          </ul>
          {expired.length > 20 && (
            <p className="muted">{t('privacy.more', { count: expired.length - 20 })}</p>
          )}
          <button type="button" className="button danger" onClick={() => void run()}>
            {t('privacy.anonymise', { count: expired.length })}
          </button>
        </>
      )}
      <p className="hint">
        {persisted === true
          ? t('privacy.persisted')
          : persisted === false
            ? t('privacy.notPersisted')
            : t('privacy.persistUnknown')}
      </p>
    </section>
  );
}
