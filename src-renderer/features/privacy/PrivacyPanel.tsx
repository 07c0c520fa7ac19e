import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { todayIso } from '../../ui/format';
import { toggled } from '../../ui/toggled';
import { loadSettings } from '../../data/settings-repository';
import {
  pendingAnonymisation,
  runPendingAnonymisation,
  startAnonymisation,
  useAnonymisationJob,
} from './anonymisation-job';
import { retentionList } from '../../data/privacy-repository';
import { retentionReason } from './retention-reasons';

/**
 * Bewaartermijn: who is past it, why and since when, a choice per person, and one action that
 * runs as a job of its own (it goes on when the coach leaves this screen). And the storage
 * guarantee of the browser.
 */
export function PrivacyPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const due = useLiveQuery(async () => {
    const settings = await loadSettings(db);
    return retentionList(db, todayIso(), {
      yearsAfterEnd: settings.retentionYearsAfterEnd,
      yearsAfterDiscussion: settings.retentionYearsAfterDiscussion,
    });
  }, [db]);
  const pending = useLiveQuery(() => pendingAnonymisation(db), [db]);
  const job = useAnonymisationJob();
  // Whom the coach left out; everyone else (also people who become due later) is chosen.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);

  const chosen = (due ?? []).filter((entry) => !excluded.has(entry.candidate.id));
  const running = job.status === 'running';

  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p className="muted">{t('privacy.intro')}</p>
      {running && (
        <div className="batch-progress" aria-live="polite">
          <progress max={job.total} value={job.done} aria-label={t('privacy.progressLabel')} />
          <span>{t('privacy.progress', { done: job.done, total: job.total })}</span>
        </div>
      )}
      {!running && pending !== undefined && pending.length > 0 && (
        <p role="alert">
          {t('privacy.pending', { count: pending.length })}{' '}
          <button
            type="button"
            className="button small"
            onClick={() => void runPendingAnonymisation(db)}
          >
            {t('privacy.resume')}
          </button>
        </p>
      )}
      {due && due.length === 0 && !running && <p>{t('privacy.noneExpired')}</p>}
      {due && due.length > 0 && !running && (
        <>
          <p>{t('privacy.expired', { count: due.length })}</p>
          <div className="item-actions">
            <button type="button" className="button small" onClick={() => setExcluded(new Set())}>
              {t('privacy.selectAll')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => setExcluded(new Set(due.map((entry) => entry.candidate.id)))}
            >
              {t('privacy.selectNone')}
            </button>
          </div>
          <ul className="check-list" aria-label={t('privacy.listLabel')}>
            {due.map((entry) => (
              <li key={entry.candidate.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={!excluded.has(entry.candidate.id)}
                    onChange={() => setExcluded((current) => toggled(current, entry.candidate.id))}
                  />
                  <span>
                    <strong>{fullName(entry.candidate)}</strong>
                    <span className="muted"> · {retentionReason(t, entry)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button danger"
            disabled={chosen.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('privacy.anonymise', { count: chosen.length })}
          </button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t('privacy.confirmTitle', { count: chosen.length })}
            confirmLabel={t('privacy.anonymise', { count: chosen.length })}
            onConfirm={() =>
              void startAnonymisation(
                db,
                chosen.map((entry) => entry.candidate.id),
              )
            }
          >
            <p>{t('privacy.confirmGone', { count: chosen.length })}</p>
            <p>{t('privacy.confirmKept')}</p>
            <p>
              <strong>{t('privacy.confirmFinal')}</strong>
            </p>
          </ConfirmDialog>
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
