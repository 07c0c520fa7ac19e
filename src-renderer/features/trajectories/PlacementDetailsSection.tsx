import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { approvalAgencies } from '../../../src-shared/domain/benefit-approval';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { saveOrTell } from '../../ui/save-or-tell';
import { allTrajectories } from '../../data/trajectory-repository';
import {
  placementDetailsSchema,
  programmeSuggestions,
  savePlacementDetails,
  toPlacementDetailsValues,
  type PlacementDetails,
  type PlacementDetailsValues,
} from './placement-details-form';
import { CodeOptions } from '../../ui/CodeOptions';

/** Programme and the benefit agency's approval, saved beside the trajectory form. */
export function PlacementDetailsSection({
  trajectory,
}: {
  trajectory: Pick<Trajectory, 'id' | 'programme' | 'benefitApproval'>;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const suggestions = useLiveQuery(
    async () => programmeSuggestions(await allTrajectories(db)),
    [db],
  );
  const form = useForm<PlacementDetailsValues, unknown, PlacementDetails>({
    resolver: zodResolver(placementDetailsSchema),
    defaultValues: toPlacementDetailsValues(trajectory),
    mode: 'onBlur',
  });
  const { register, formState, reset } = form;
  const errors = formState.errors;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: (values) =>
      saveOrTell(async () => {
        reset(toPlacementDetailsValues(await savePlacementDetails(db, trajectory.id, values)));
        showToast({ tone: 'success', message: t('approval.saved') });
      }),
  });
  const text = (name: 'office' | 'consultant' | 'fileNumber', hint?: string) => (
    <Field
      label={t(`approval.${name}`)}
      hint={hint}
      error={errors[name]}
      optional={t('common.optional')}
    >
      {(control) => <input type="text" {...control} {...register(name)} />}
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="placement-details-title">
      <h2 id="placement-details-title">{t('approval.title')}</h2>
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <Field
          label={t('approval.programme')}
          hint={t('approval.programmeHint')}
          error={errors.programme}
          optional={t('common.optional')}
        >
          {(control) => (
            <input
              type="text"
              list="programme-options"
              autoComplete="off"
              {...control}
              {...register('programme')}
            />
          )}
        </Field>
        <datalist id="programme-options">
          {suggestions?.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <fieldset>
          <legend>{t('approval.legend')}</legend>
          <p className="hint block">{t('approval.intro')}</p>
          <div className="field-row">
            <Field label={t('approval.agency')} error={errors.agency}>
              {(control) => (
                <select {...control} {...register('agency')}>
                  <CodeOptions
                    codes={approvalAgencies}
                    label={(code) => t(`codes.approvalAgency.${code}`)}
                    blank={t('approval.none')}
                  />
                </select>
              )}
            </Field>
            {text('office')}
          </div>
          <div className="field-row three">
            {text('consultant')}
            <Field
              label={t('approval.approvedOn')}
              error={errors.approvedOn}
              optional={t('common.optional')}
            >
              {(control) => <input type="date" {...control} {...register('approvedOn')} />}
            </Field>
            {text('fileNumber', t('approval.fileNumberHint'))}
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
