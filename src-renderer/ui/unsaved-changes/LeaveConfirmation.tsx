import { AlertDialog } from 'radix-ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closingLosesWork, setLeaveQuestion, type LeaveChoice } from './leave-guards';

/**
 * "Wijzigingen niet opgeslagen: Opslaan / Niet opslaan / Annuleren", the one question every way of
 * leaving asks; Annuleren (also Escape) has the focus, so a hasty Enter keeps the work. Closing
 * the window or tab gets the browser's own question (Electron: see confirm-unsaved-close).
 */
export function LeaveConfirmation() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Set the moment the question is asked, before React has rendered it (see onEscape).
  const answer = useRef<((choice: LeaveChoice) => void) | null>(null);

  const choose = useCallback((choice: LeaveChoice) => {
    const resolve = answer.current;
    answer.current = null;
    setOpen(false);
    resolve?.(choice);
  }, []);

  useEffect(() => {
    const removeQuestion = setLeaveQuestion(
      () =>
        new Promise<LeaveChoice>((resolve) => {
          answer.current = resolve;
          setOpen(true);
        }),
    );
    // Escape while the question is asked is its Annuleren, and nothing else. Radix hands Escape
    // to a newly opened layer only a render after it is on screen: a quick Escape still reached
    // the dialog underneath (already asking, so ignored) and the question stayed. Listening on
    // window, in the capture phase, comes before every Radix layer's listener on document.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !answer.current) return;
      event.preventDefault();
      event.stopPropagation();
      choose('stay');
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!closingLosesWork()) return;
      event.preventDefault();
      // Older Chromium (and so Electron) still wants returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('keydown', onEscape, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeQuestion();
      window.removeEventListener('keydown', onEscape, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [choose]);

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && choose('stay')}>
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
