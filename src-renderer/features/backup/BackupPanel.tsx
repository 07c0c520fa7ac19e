import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupTable } from '../../../src-shared/domain/backup';
import { ENCRYPTED_BACKUP_EXTENSION } from '../../../src-shared/domain/backup-encryption';
import type { BackupEntry } from '../../../src-shared/ipc/backups';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toast-store';
import type { RetentionPolicy } from '../../../src-shared/domain/retention';
import { openBackupFile, type ReadyBackup, type RefusedFile } from './backup-copy';
import { restoreBackup, retentionInForce, writeBackup } from './backup-repository';
import { useBackupStatus } from './backup-status';
import { lastBackupLine } from './last-backup';
import { SaveCopyDialog } from './SaveCopyDialog';
import { UnlockCopyDialog } from './UnlockCopyDialog';

type Pending = {
  backup: Backup;
  counts: Record<BackupTable, number>;
  source: string;
  /** The retention periods the restore will apply: those in force now. */
  policy: RetentionPolicy;
};

/**
 * "Back-up maken", "Versleutelde kopie opslaan…" and "Back-up terugzetten": from the automatic
 * backups or from a file (an encrypted copy asks its passphrase first).
 */
export function BackupPanel() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [backups, setBackups] = useState<BackupEntry[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [locked, setLocked] = useState<{ text: string; source: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { written, failure } = useBackupStatus();

  const refresh = () =>
    void bridge['backup:list']({}).then(
      (result) => setBackups(result.backups),
      () => setBackups([]),
    );
  // Again after every backup written while the app runs, the automatic ones included.
  useEffect(refresh, [written]);
  // The list comes newest first.
  const last = backups[0] ? lastBackupLine(backups[0].modifiedAt) : null;

  const make = async () => {
    setBusy(true);
    try {
      const name = await writeBackup(db, 'manual');
      showToast({ tone: 'success', message: t('backup.made', { name }) });
    } catch {
      showToast({ tone: 'error', message: t('backup.failed') });
    } finally {
      setBusy(false);
    }
  };

  const confirmRestore = async (opened: ReadyBackup | RefusedFile, source: string) => {
    if (opened.state === 'refused') return setProblem(opened.message);
    setProblem(null);
    const policy = await retentionInForce(db);
    setPending({ backup: opened.backup, counts: opened.counts, source, policy });
  };
  const check = async (text: string, source: string) => {
    const opened = await openBackupFile(text);
    if (opened.state !== 'locked') return confirmRestore(opened, source);
    setProblem(null);
    setLocked({ text, source });
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(db, pending.backup);
      showToast({ tone: 'success', message: t('backup.restored') });
      setPending(null);
    } catch {
      showToast({ tone: 'error', message: t('backup.restoreFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <p>{last ? t(last.key, last.values) : t('backup.noneYet')}</p>
      {failure !== null && (
        <p className="error" role="alert">
          {t('backup.lastFailed', { reason: failure })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void make()}>
          {t('backup.make')}
        </button>
        <button type="button" className="button" onClick={() => setCopying(true)}>
          {t('backup.saveCopy')}
        </button>
        <label className="button">
          {t('backup.fromFile')}
          <input
            type="file"
            accept={`.json,.${ENCRYPTED_BACKUP_EXTENSION},application/json`}
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void file.text().then((text) => check(text, file.name));
            }}
          />
        </label>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {backups.length > 0 && (
        <table className="figures-table backups">
          <thead>
            <tr>
              <th scope="col">{t('backup.name')}</th>
              <th scope="col">{t('backup.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backup.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((entry) => (
              <tr key={entry.name}>
                <th scope="row">{entry.name}</th>
                <td>{Math.max(1, Math.round(entry.size / 1024))} kB</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void bridge['backup:read']({ name: entry.name }).then((result) =>
                        check(result.text, entry.name),
                      )
                    }
                  >
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SaveCopyDialog open={copying} onClose={() => setCopying(false)} />
      <UnlockCopyDialog
        file={locked}
        onClose={() => setLocked(null)}
        onOpened={(opened) => void confirmRestore(opened, locked?.source ?? '')}
      />
      <Dialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={t('backup.confirmTitle')}
      >
        {pending && (
          <>
            <p>
              {t('backup.confirmBody', {
                source: pending.source,
                date: pending.backup.createdAt.slice(0, 10),
              })}
            </p>
            <ul>
              <li>{t('backup.countCandidates', { count: pending.counts.candidates })}</li>
              <li>{t('backup.countTrajectories', { count: pending.counts.trajectories })}</li>
              <li>{t('backup.countCertificates', { count: pending.counts.certificates })}</li>
              <li>{t('backup.countImports', { count: pending.counts.exchangeImports })}</li>
            </ul>
            <p className="hint">{t('backup.confirmHint')}</p>
            <p className="hint">
              {t('backup.confirmRetention', {
                afterEnd: pending.policy.yearsAfterEnd,
                afterDiscussion: pending.policy.yearsAfterDiscussion,
              })}
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => void restore()}
              >
                {t('backup.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </section>
  );
}
