import { i18next } from './i18n';

/**
 * The message for a write that failed. Every write is one transaction, so a failure leaves
 * nothing half-written; the coach only needs to know why and what to do.
 */
export function writeErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return i18next.t('errors.diskFull');
  }
  return i18next.t('errors.writeFailed');
}
