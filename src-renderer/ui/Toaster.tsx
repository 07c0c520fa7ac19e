import { Toast } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useToasts } from './toast-store';

/**
 * A message with an action ("Ongedaan maken") stays 10 s, long enough to read it and reach the
 * button; every message waits while it is hovered or has focus (Radix pauses the timer then).
 */
export const ACTION_TOAST_DURATION = 10_000;

/** Radix toasts: announced to screen readers, paused on hover and focus, F8 to reach them. */
export function Toaster() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useToasts();
  return (
    <Toast.Provider swipeDirection="right" duration={6000} label={t('common.notifications')}>
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          className={`toast toast-${toast.tone}`}
          type={toast.tone === 'error' ? 'foreground' : 'background'}
          duration={toast.action ? ACTION_TOAST_DURATION : undefined}
          onOpenChange={(open) => !open && dismiss(toast.id)}
        >
          <Toast.Description>{toast.message}</Toast.Description>
          {toast.action && (
            <Toast.Action asChild altText={toast.action.label}>
              <button type="button" className="button small" onClick={toast.action.run}>
                {toast.action.label}
              </button>
            </Toast.Action>
          )}
          <Toast.Close className="toast-close" aria-label={t('common.close')}>
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
