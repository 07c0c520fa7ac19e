import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openDatabase, openFailureMessage, type InstapDatabase } from '../db/database';
import { ensureDailyBackup, writeBackup } from '../features/backup/backup-repository';
import { loadInstallation } from '../features/settings/installation';

declare global {
  interface Window {
    instapBackupOnQuit?: () => Promise<unknown>;
  }
}

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
    openDatabase()
      .then(async (db) => {
        await loadInstallation(db);
        // The daily backup; a failure must not keep the coach from working.
        void ensureDailyBackup(db).catch(() => undefined);
        // Called by the Electron shell when the app quits: the day's backup with the last state.
        window.instapBackupOnQuit = () => writeBackup(db, 'daily');
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
