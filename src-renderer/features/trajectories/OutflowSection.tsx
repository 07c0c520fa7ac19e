import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import './details.css';
import {
  contractTypes,
  followUpStatuses,
  outflowInstruments,
} from '../../../src-shared/domain/codes';
import { followUpDueOn, type FollowUpMoment } from '../../../src-shared/domain/outflow';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { translateMessage } from '../../ui/i18n';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { saveOrTell } from '../../ui/save-or-tell';
import { FollowUpDue } from './FollowUpDue';
import {
  outflowFormSchema,
  saveOutflow,
  toOutflowFormValues,
  type OutflowForm,
  type OutflowFormValues,
} from './outflow-form';
import { CodeOptions } from '../../ui/CodeOptions';

/**
 * Outflow details and follow-up, for a trajectory closed with outcome paid work (as saved: the
 * trajectory form changes the outcome first).
 */
export function OutflowSection({
  trajectory,
}: {
  trajectory: Pick<Trajectory, 'id' | 'outcome' | 'endedOn' | 'outflow' | 'followUp'>;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<OutflowFormValues, unknown, OutflowForm>({
    resolver: zodResolver(outflowFormSchema),
    defaultValues: toOutflowFormValues(trajectory),
  });
  const { register, formState, reset } = form;
  const errors = formState.errors;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: (values) =>
      saveOrTell(async () => {
        reset(toOutflowFormValues(await saveOutflow(db, trajectory.id, values)));
        showToast({ tone: 'success', message: t('outflow.saved') });
      }),
  });
  const { endedOn } = trajectory;
  const followUp = (moment: FollowUpMoment) => (
    <Field
      label={t(`outflow.${moment}`)}
      hint={
        endedOn
          ? t('outflow.dueOn', { date: formatDate(followUpDueOn(endedOn, moment)) })
          : undefined
      }
      error={errors[moment]}
      optional={t('common.optional')}
    >
      {(control) => (
        <select {...control} {...register(moment)}>
          <CodeOptions
            codes={followUpStatuses}
            label={(code) => t(`codes.followUp.${code}`)}
            blank={t('outflow.notChecked')}
          />
        </select>
      )}
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="outflow-title">
      <h2 id="outflow-title">{t('outflow.title')}</h2>
      <FollowUpDue trajectory={trajectory} />
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <Field label={t('outflow.contractType')} error={errors.contractType}>
            {(control) => (
              <select {...control} {...register('contractType')}>
                <CodeOptions
                  codes={contractTypes}
                  label={(code) => t(`codes.contractType.${code}`)}
                  blank={t('trajectory.choose')}
                />
              </select>
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" {...register('inSector')} />
            {t('outflow.inSector')}
          </label>
        </div>
        <fieldset aria-describedby={errors.instruments ? 'instruments-error' : undefined}>
          <legend>{t('outflow.instruments')}</legend>
          <div className="checkbox-grid">
            {outflowInstruments.map((code) => (
              <label key={code} className="checkbox">
                <input type="checkbox" value={code} {...register('instruments')} />
                {t(`codes.instrument.${code}`)}
              </label>
            ))}
          </div>
          {errors.instruments && (
            <p id="instruments-error" className="error" role="alert">
              {translateMessage(errors.instruments.message)}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('outflow.followUp')}</legend>
          <div className="field-row">
            {followUp('months6')}
            {followUp('months12')}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
