import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { quickCandidateSchema } from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { createCandidate } from '../../data/candidate-repository';

type QuickValues = z.input<typeof quickCandidateSchema>;

/** "Nieuwe kandidaat" in four fields; the rest waits for the detail screen. */
export function NewCandidateDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<QuickValues, unknown, z.output<typeof quickCandidateSchema>>({
    resolver: zodResolver(quickCandidateSchema),
    defaultValues: { firstName: '', infix: '', lastName: '', discussedOn: todayIso() },
  });
  const { register, formState } = form;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      const candidate = await createCandidate(db, values);
      showToast({ tone: 'success', message: t('candidates.created') });
      form.reset();
      props.onOpenChange(false);
      props.onCreated(candidate.id);
    },
  });

  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={t('candidates.new')}>
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <Field label={t('candidate.firstName')} error={formState.errors.firstName}>
            {(control) => <input type="text" autoFocus {...control} {...register('firstName')} />}
          </Field>
          <Field
            label={t('candidate.infix')}
            optional={t('common.optional')}
            error={formState.errors.infix}
          >
            {(control) => <input type="text" {...control} {...register('infix')} />}
          </Field>
        </div>
        <Field label={t('candidate.lastName')} error={formState.errors.lastName}>
          {(control) => <input type="text" {...control} {...register('lastName')} />}
        </Field>
        <Field
          label={t('candidate.discussedOn')}
          optional={t('common.optional')}
          error={formState.errors.discussedOn}
        >
          {(control) => <input type="date" {...control} {...register('discussedOn')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {t('candidates.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
