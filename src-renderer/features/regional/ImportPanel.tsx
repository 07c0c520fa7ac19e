import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeIssue } from '../../../src-shared/exchange';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../ui/toast-store';
import { writeErrorMessage } from '../../ui/write-errors';
import { loadInstallation } from '../../data/installation';
import { importExchangeFiles } from './import-files';

/** "Importeren": choose or drop partners' exchange files; all are checked before any is kept. */
export function ImportPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [errors, setErrors] = useState<ExchangeIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setErrors([]);
    try {
      const { organisationId } = await loadInstallation(db);
      const result = await importExchangeFiles(db, files, organisationId);
      if (result.ok) {
        showToast({
          tone: 'success',
          message: t('regional.import.done', { count: result.imported.length }),
        });
      } else {
        setErrors(result.errors);
      }
    } catch (error) {
      showToast({ tone: 'error', message: writeErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('regional.import.title')}</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t('regional.import.drop')}</p>
        <label className="button">
          {busy ? t('regional.import.busy') : t('regional.import.choose')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => {
              void importFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {errors.length > 0 && (
        <div role="alert" className="import-errors">
          <p>
            <strong>{t('regional.import.refused', { count: errors.length })}</strong>
          </p>
          <ul>
            {errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
