import Dexie, { type ObservabilitySet } from 'dexie';
import type { InstapDatabase } from '../../db/database';
import { isDatabaseEmpty } from '../../data/sample-data';
import { writeBackup } from './backup-repository';
import { trackErasures } from './erasures';

/** How long after the last change the day's backup is brought up to date. */
export const BACKUP_AFTER_CHANGE_MS = 3 * 60 * 1000;

export interface AutomaticBackups {
  /** Writes the day's backup now if anything changed since the last one; waits for one underway. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * The day's backup (instap-dag-…) follows the work: at start, a few minutes after the last change
 * to the database, when the page is hidden or left (best effort: the browser may not wait), and
 * when the desktop app closes. Each overwrites the day's file, so the rotation stays as it was.
 */
export function startAutomaticBackups(
  db: InstapDatabase,
  backUp: () => Promise<unknown> = () => writeBackup(db, 'daily'),
  delayMs = BACKUP_AFTER_CHANGE_MS,
): AutomaticBackups {
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (!changed) return writing;
    // Cleared before the snapshot is read: a change made meanwhile asks for the next backup.
    changed = false;
    writing = writing.then(backUp).then(
      () => undefined,
      () => {
        // Tried again at the next change or occasion; the panel shows the failure.
        changed = true;
      },
    );
    return writing;
  };

  const ownTables = `idb://${db.name}/`;
  const onChange = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => part.startsWith(ownTables))) return;
    changed = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };
  const onLeave = () => void flush();
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };

  Dexie.on('storagemutated', onChange);
  window.addEventListener('pagehide', onLeave);
  document.addEventListener('visibilitychange', onHidden);
  // An empty database is not backed up at start: after the browser lost its data it would
  // overwrite the day's good backup with nothing.
  void isDatabaseEmpty(db).then((empty) => {
    if (!empty) {
      changed = true;
      void flush();
    }
  });

  return {
    flush,
    stop() {
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onChange);
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}

declare global {
  interface Window {
    /** Called by the desktop shell before its window closes (src-main/electron/backup-on-close). */
    instapBackupOnQuit?: () => Promise<unknown>;
  }
}

/** What the app runs beside its database: erasures recorded, backups that follow the work. */
export function startBackupKeeping(db: InstapDatabase): () => void {
  const stopTracking = trackErasures(db);
  const backups = startAutomaticBackups(db);
  window.instapBackupOnQuit = backups.flush;
  return () => {
    stopTracking();
    backups.stop();
  };
}
