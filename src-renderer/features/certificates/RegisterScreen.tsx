import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../src-shared/domain/candidate';
import { CertificateIssueRefused } from '../../../src-shared/domain/certificate';
import { useDatabase } from '../../app/database-context';
import { allCandidates } from '../../data/candidate-repository';
import { allCertificates } from '../../data/certificate-repository';
import { allTrajectories } from '../../data/trajectory-repository';
import { saveAndOpen } from '../../ui/save-file';
import { formatDate } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { toggled } from '../../ui/toggled';
import { BatchReview } from './BatchReview';
import type { CertificateEdits } from './certificate-content';
import { printBatch, type BatchProgress } from './print-certificates';
import { useIssueRefusal } from './use-issue-refusal';

/** The register of every certificate issued, and the batch for a year's completed trajectories. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [year, setYear] = useState<number | 'all'>('all');
  const data = useLiveQuery(async () => {
    const [certificates, trajectories, candidates] = await Promise.all([
      allCertificates(db),
      allTrajectories(db),
      allCandidates(db),
    ]);
    const names = new Map(candidates.map((candidate) => [candidate.id, fullName(candidate)]));
    const deleted = new Set(candidates.filter((c) => c.deletedAt).map((c) => c.id));
    const certified = new Set(
      certificates.filter((c) => c.status === 'issued').map((c) => c.trajectoryId),
    );
    const uncertified = trajectories
      .filter(
        (tr) =>
          tr.status === 'completed' &&
          !tr.deletedAt &&
          !deleted.has(tr.candidateId) &&
          !certified.has(tr.id),
      )
      .map((tr) => ({
        id: tr.id,
        name: names.get(tr.candidateId) ?? '—',
        endedOn: tr.endedOn ?? '',
      }))
      .sort((a, b) => b.endedOn.localeCompare(a.endedOn));
    return {
      certificates: certificates.sort((a, b) => b.number.localeCompare(a.number)),
      uncertified,
    };
  }, [db]);

  const years = useMemo(
    () => [...new Set(data?.certificates.map((c) => c.year) ?? [])].sort((a, b) => b - a),
    [data],
  );
  const shown = data?.certificates.filter((c) => year === 'all' || c.year === year) ?? [];

  return (
    <section className="page" aria-labelledby="register-title">
      <h1 id="register-title">{t('certificates.registerTitle')}</h1>
      {data && <BatchPanel candidates={data.uncertified} />}
      <section className="panel" aria-labelledby="issued-title">
        <div className="section-header">
          <h2 id="issued-title">{t('certificates.issuedTitle', { count: shown.length })}</h2>
          <label className="filter">
            <span>{t('candidates.filters.year')}</span>
            <select
              value={String(year)}
              onChange={(e) => setYear(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            >
              <option value="all">{t('candidates.filters.all')}</option>
              {years.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
          </label>
        </div>
        {shown.length === 0 ? (
          <p className="muted">{t('certificates.none')}</p>
        ) : (
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('certificates.number')}</th>
                <th scope="col">{t('certificates.name')}</th>
                <th scope="col">{t('certificates.date')}</th>
                <th scope="col">{t('certificates.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((certificate) => (
                <tr key={certificate.id}>
                  <th scope="row">{certificate.number}</th>
                  <td>{certificate.content.candidate.fullName}</td>
                  <td>{formatDate(certificate.content.issuedOn)}</td>
                  <td>{t(`certificates.statuses.${certificate.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}

function BatchPanel({
  candidates,
}: {
  candidates: { id: string; name: string; endedOn: string }[];
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const cancelRef = useRef(false);
  const refusal = useIssueRefusal();
  const chosen = candidates.filter((c) => selected.has(c.id));

  const toggle = (id: string) => setSelected((current) => toggled(current, id));

  /** Issues the chosen ones: with the texts the coach reviewed, else the generated ones. */
  const run = async (reviewed: ReadonlyMap<string, CertificateEdits>) => {
    setReviewing(false);
    const ids = chosen.map((c) => c.id);
    cancelRef.current = false;
    setProgress({ done: 0, total: ids.length });
    try {
      const result = await printBatch(db, ids, reviewed, setProgress, () => cancelRef.current);
      if (result.file) await saveAndOpen(result.file.fileName, result.file.bytes, 'PDF');
      showToast({
        tone: 'success',
        message: cancelRef.current
          ? t('certificates.batchCancelled', { count: result.issued.length })
          : t('certificates.batchDone', { count: result.issued.length }),
      });
      setSelected(new Set());
    } catch (error) {
      const message =
        error instanceof CertificateIssueRefused ? error.message : t('certificates.failed');
      showToast({ tone: 'error', message });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('certificates.batchTitle')}</h2>
      {candidates.length === 0 ? (
        <p className="muted">{t('certificates.batchEmpty')}</p>
      ) : (
        <>
          <p className="muted">{t('certificates.batchIntro')}</p>
          <div className="item-actions">
            <button
              type="button"
              className="button small"
              onClick={() => setSelected(new Set(candidates.map((c) => c.id)))}
            >
              {t('certificates.selectAll')}
            </button>
            <button type="button" className="button small" onClick={() => setSelected(new Set())}>
              {t('certificates.selectNone')}
            </button>
          </div>
          <ul className="check-list">
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(candidate.id)}
                    onChange={() => toggle(candidate.id)}
                  />
                  {candidate.name} ·{' '}
                  {t('certificates.endedOn', { date: formatDate(candidate.endedOn) })}
                </label>
              </li>
            ))}
          </ul>
          {progress ? (
            <div className="batch-progress">
              <progress
                max={progress.total}
                value={progress.done}
                aria-label={t('certificates.progress')}
              />
              <span>{t('certificates.progressText', { ...progress })}</span>
              <button type="button" className="button" onClick={() => (cancelRef.current = true)}>
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <>
              {refusal && (
                <p className="error" role="alert">
                  {refusal}
                </p>
              )}
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  disabled={selected.size === 0 || Boolean(refusal)}
                  onClick={() => setReviewing(true)}
                >
                  {t('certificates.batchReview')}
                </button>
                <button
                  type="button"
                  className="button primary"
                  disabled={selected.size === 0 || Boolean(refusal)}
                  onClick={() => void run(new Map())}
                >
                  {t('certificates.batchAccept', { count: selected.size })}
                </button>
              </div>
            </>
          )}
          {reviewing && (
            <BatchReview
              items={chosen}
              onIssue={(reviewed) => void run(reviewed)}
              onClose={() => setReviewing(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
