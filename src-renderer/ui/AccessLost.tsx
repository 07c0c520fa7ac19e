import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { useAccess } from './access-store';

/**
 * Covers the app when the web host no longer lets this tab in, and says in Dutch what to do. The
 * screen under it stays as it was: once the new address is open in another tab, this browser has
 * a session again and "Opnieuw proberen" goes on where the coach was.
 */
export function AccessLost() {
  const { t } = useTranslation();
  const { lost, setLost } = useAccess();
  const [stillLost, setStillLost] = useState(false);

  async function retry() {
    try {
      await bridge['app:info']({});
      setStillLost(false);
      setLost(false);
    } catch {
      setStillLost(true);
    }
  }

  return (
    <AlertDialog.Root open={lost}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay access-lost-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{t('access.lostTitle')}</AlertDialog.Title>
          <AlertDialog.Description>{t('access.lostBody')}</AlertDialog.Description>
          <p className="muted">{t('access.retryHint')}</p>
          {stillLost && <p role="status">{t('access.stillLost')}</p>}
          <AlertDialog.Action asChild>
            <button
              type="button"
              className="button"
              onClick={(event) => {
                // The dialog stays until the host answers again.
                event.preventDefault();
                void retry();
              }}
            >
              {t('access.retry')}
            </button>
          </AlertDialog.Action>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
