import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openDatabase, openFailureMessage, type InstapDatabase } from '../db/database';
import { loadInstallation } from '../data/installation';

const DatabaseContext = createContext<InstapDatabase | null>(null);

export function useDatabase(): InstapDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}

type OpenState =
  | { state: 'opening' }
  | { state: 'open'; db: InstapDatabase }
  | { state: 'failed'; message: ReturnType<typeof openFailureMessage> };

/** Opens the database once; a database this version cannot use gets a screen, not a white page. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenState>({ state: 'opening' });

  useEffect(() => {
    let cancelled = false;
    // Best effort: asks the browser not to clear Instap's data when space runs low.
    void navigator.storage?.persist?.().catch(() => false);
    // Their code (backup and privacy schemas) is fetched while the database opens, not with the
    // first chunk: the first paint needs neither, every screen needs both running (issue 18).
    const jobs = Promise.all([
      import('../features/backup/automatic-backups'),
      import('../features/privacy/anonymisation-job'),
    ]);
    openDatabase()
      .then(async (db) => {
        await loadInstallation(db);
        const [{ startBackupKeeping }, { runPendingAnonymisation }] = await jobs;
        // Backups that follow the work (and on quit); erasures kept outside the backups.
        startBackupKeeping(db);
        // Anonymising that closing the app cut short finishes now, whatever screen opens.
        void runPendingAnonymisation(db);
        return db;
      })
      .then(
        (db) => !cancelled && setOpen({ state: 'open', db }),
        (error: unknown) =>
          !cancelled && setOpen({ state: 'failed', message: openFailureMessage(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, []);

  if (open.state === 'opening') return <p className="page-status">{t('common.loading')}</p>;
  if (open.state === 'failed') {
    return (
      <div role="alert" className="fatal">
        <h1>{t('app.name')}</h1>
        <p>{t(open.message)}</p>
      </div>
    );
  }
  return <DatabaseContext.Provider value={open.db}>{children}</DatabaseContext.Provider>;
}
