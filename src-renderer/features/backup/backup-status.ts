import { create } from 'zustand';
import { IpcError } from '../../../src-shared/ipc/envelope';

interface BackupStatus {
  /** Bumped after every backup written in this session, so the panel reloads its list. */
  written: number;
  /** Why the last attempt failed (paths and rules, never values); null once one succeeds again. */
  failure: string | null;
}

/** UI state only: what the backup panel says about the backups made while the app runs. */
export const useBackupStatus = create<BackupStatus>(() => ({ written: 0, failure: null }));

export function noteBackupWritten(): void {
  useBackupStatus.setState((status) => ({ written: status.written + 1, failure: null }));
}

export function noteBackupFailed(error: unknown): void {
  // The main process names what it refused ("text: De back-up is niet samenhangend: …").
  const issue = error instanceof IpcError ? (error.failure.issues?.[0] ?? error.message) : '';
  const reason = issue.replace(/^text: /, '');
  useBackupStatus.setState({ failure: reason });
}
