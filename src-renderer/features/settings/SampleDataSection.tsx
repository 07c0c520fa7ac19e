import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { isDatabaseEmpty, loadDataset } from '../../data/sample-data';

/** "Voorbeeldgegevens laden": offered only while the database is empty. */
export function SampleDataSection() {
  const { t } = useTranslation();
  const db = useDatabase();
  const empty = useLiveQuery(() => isDatabaseEmpty(db), [db]);
  const [busy, setBusy] = useState(false);
  if (!empty) return null;

  const load = async () => {
    setBusy(true);
    try {
      // Loaded on demand: the sample set is not part of the app's start-up code.
      const { sampleDataset } = await import('../../../src-shared/sample');
      const dataset = sampleDataset({ today: todayIso() });
      await loadDataset(db, dataset);
      showToast({
        tone: 'success',
        message: t('sample.loaded', { count: dataset.candidates.length }),
      });
    } catch {
      showToast({ tone: 'error', message: t('sample.notEmpty') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel sample" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.title')}</h2>
      <p className="muted">{t('sample.body')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void load()}>
        {busy ? t('sample.loading') : t('sample.load')}
      </button>
    </section>
  );
}
