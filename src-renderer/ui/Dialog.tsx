import { Dialog as RadixDialog } from 'radix-ui';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmLeave } from './unsaved-changes/leave-guards';

/** A modal with focus trap, Escape to close and a title for screen readers (Radix). */
export function Dialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const content = useRef<HTMLDivElement>(null);
  // Radix returns focus only to its own Trigger; these dialogs open from any button (or a
  // shortcut), so the element that had focus when the dialog opened gets it back on closing.
  const opener = useRef<Element | null>(null);
  // Escape, ×, Annuleren or a click outside: a form in here with unsaved changes asks first.
  const onOpenChange = (open: boolean) => {
    if (open) return props.onOpenChange(true);
    const inside = content.current;
    void confirmLeave((guard) => Boolean(inside?.contains(guard.element()))).then(
      (leave) => leave && props.onOpenChange(false),
    );
  };
  return (
    <RadixDialog.Root open={props.open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          ref={content}
          className={props.wide ? 'dialog wide' : 'dialog'}
          onOpenAutoFocus={() => (opener.current = document.activeElement)}
          onCloseAutoFocus={(event) => {
            if (opener.current instanceof HTMLElement && opener.current.isConnected) {
              event.preventDefault();
              opener.current.focus();
            }
          }}
        >
          <RadixDialog.Title>{props.title}</RadixDialog.Title>
          {props.description ? (
            <RadixDialog.Description className="muted">{props.description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">
              {props.title}
            </RadixDialog.Description>
          )}
          {props.children}
          <RadixDialog.Close className="dialog-close" aria-label={t('common.close')}>
            ×
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** A dialog's own Annuleren: closes as Escape does, so unsaved changes are asked about too. */
export function DialogCancel({ children }: { children: ReactNode }) {
  return (
    <RadixDialog.Close type="button" className="button">
      {children}
    </RadixDialog.Close>
  );
}
