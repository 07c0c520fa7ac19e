import { showToast } from './toast-store';
import { writeErrorMessage } from './write-errors';

/**
 * A write as a form's save (or a button) wants it: when it fails, a toast says why and the result
 * is false, so the unsaved-changes guard keeps the form and its question.
 */
export async function saveOrTell(write: () => Promise<unknown>): Promise<boolean | void> {
  try {
    await write();
  } catch (error) {
    showToast({ tone: 'error', message: writeErrorMessage(error) });
    return false;
  }
}
