import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The app's own confirmation before something that cannot be undone (Radix AlertDialog: focus
 * starts on Cancel, Escape cancels, screen readers announce it as an alert). Says what will
 * happen; the confirm button names the action.
 */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in full sentences. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{props.title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div>{props.children}</div>
          </AlertDialog.Description>
          <div className="form-actions">
            <AlertDialog.Cancel className="button">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className="button danger" onClick={props.onConfirm}>
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
