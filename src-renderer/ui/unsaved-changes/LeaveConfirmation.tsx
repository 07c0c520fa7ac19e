import { AlertDialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closingLosesWork, setLeaveQuestion, type LeaveChoice } from './leave-guards';

/**
 * "Wijzigingen niet opgeslagen: Opslaan / Niet opslaan / Annuleren", the one question every way of
 * leaving asks; Annuleren (also Escape) has the focus, so a hasty Enter keeps the work. Closing
 * the window or tab gets the browser's own question (Electron: see confirm-unsaved-close).
 */
export function LeaveConfirmation() {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<((choice: LeaveChoice) => void) | null>(null);

  useEffect(() => {
    const removeQuestion = setLeaveQuestion(
      () => new Promise<LeaveChoice>((resolve) => setAnswer(() => resolve)),
    );
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!closingLosesWork()) return;
      event.preventDefault();
      // Older Chromium (and so Electron) still wants returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeQuestion();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  const choose = (choice: LeaveChoice) => {
    answer?.(choice);
    setAnswer(null);
  };

  return (
    <AlertDialog.Root open={answer !== null} onOpenChange={(open) => !open && choose('stay')}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{t('unsaved.title')}</AlertDialog.Title>
          <AlertDialog.Description>{t('unsaved.body')}</AlertDialog.Description>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={() => choose('save')}>
              {t('unsaved.save')}
            </button>
            <button type="button" className="button" onClick={() => choose('discard')}>
              {t('unsaved.discard')}
            </button>
            <AlertDialog.Cancel className="button">{t('unsaved.stay')}</AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
