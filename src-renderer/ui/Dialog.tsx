import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={props.wide ? 'dialog wide' : 'dialog'}>
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
