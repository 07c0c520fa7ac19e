import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

export interface PassphraseValues {
  passphrase: string;
  repeated: string;
}

/**
 * How a submit ended: `done` closes the dialog; `stay` keeps it as it is (a save dialog was
 * cancelled, a failure was reported); a refusal is shown at its field.
 */
export type PassphraseOutcome =
  'done' | 'stay' | { field: keyof PassphraseValues; message: string };

/**
 * The app's own passphrase dialog: a new passphrase asked twice (`repeat`), or the passphrase of
 * an existing copy once. The passphrase leaves the form when the dialog closes.
 */
export function PassphraseDialog(props: {
  open: boolean;
  title: string;
  description: string | undefined;
  repeat: boolean;
  hint?: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (values: PassphraseValues) => Promise<PassphraseOutcome>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, reset, setError, formState } = useForm<PassphraseValues>({
    defaultValues: { passphrase: '', repeated: '' },
  });
  const autoComplete = props.repeat ? 'new-password' : 'current-password';

  const close = () => {
    reset();
    props.onClose();
  };

  const submit = handleSubmit(async (values) => {
    const outcome = await props.onSubmit(values);
    if (outcome === 'done') close();
    else if (outcome !== 'stay') setError(outcome.field, { message: outcome.message });
  });

  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => !open && close()}
      title={props.title}
      description={props.description}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('backup.passphrase')} hint={props.hint} error={formState.errors.passphrase}>
          {(control) => (
            <input
              type="password"
              autoComplete={autoComplete}
              autoFocus
              {...control}
              {...register('passphrase')}
            />
          )}
        </Field>
        {props.repeat && (
          <Field label={t('backup.passphraseRepeat')} error={formState.errors.repeated}>
            {(control) => (
              <input
                type="password"
                autoComplete={autoComplete}
                {...control}
                {...register('repeated')}
              />
            )}
          </Field>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button primary"
            disabled={formState.isSubmitting}
            aria-busy={formState.isSubmitting}
          >
            {formState.isSubmitting ? props.busyLabel : props.submitLabel}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
