import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openDatabase, openFailureMessage, type InstapDatabase } from '../db/database';
import { loadInstallation } from '../data/installation';
import { Loading } from './Frame';

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

const OpenStateContext = createContext<OpenState>({ state: 'opening' });

/**
 * Opens the database once. Its children render at once, so the routes pick their screen and fetch
 * its code while the database opens (issue 18); each screen waits in <WhenDatabaseOpen>.
 */
export function DatabaseProvider({ children }: { children: ReactNode }) {
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

  return <OpenStateContext.Provider value={open}>{children}</OpenStateContext.Provider>;
}

/** Its children once the database is open; a database this version cannot use gets a screen, not a white page. */
export function WhenDatabaseOpen({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const open = useContext(OpenStateContext);
  if (open.state === 'opening') return <Loading />;
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
