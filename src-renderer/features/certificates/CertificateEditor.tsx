import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { workProcessesOf, type CertificateEdits } from './certificate-content';
import './certificates.css';

/**
 * The certificate's text before issue: the generated testimonial to edit, which achieved goals
 * it shows (a goal that reveals a limitation starts unticked) and how each reads, the work done,
 * and the optional MBO work processes. Used for one certificate and in a batch's review.
 */
export function CertificateEditor({ form }: { form: UseFormReturn<CertificateEdits> }) {
  const { t } = useTranslation();
  const { register, control } = form;
  const goals = useFieldArray({ control, name: 'goals', keyName: 'key' });
  const mbo = useWatch({ control, name: 'mbo' });
  const mboCheck = workProcessesOf(mbo);
  return (
    <div className="certificate-editor">
      <Field label={t('certificates.text')} hint={t('certificates.textHint')}>
        {(field) => <textarea rows={6} maxLength={5000} {...field} {...register('text')} />}
      </Field>
      <fieldset className="field">
        <legend>{t('certificates.goals')}</legend>
        <p className="hint">{t('certificates.goalsHint')}</p>
        {goals.fields.length === 0 ? (
          <p className="muted">{t('certificates.noGoals')}</p>
        ) : (
          <ul className="goal-choices">
            {goals.fields.map((goal, index) => (
              <li key={goal.key}>
                <input
                  type="checkbox"
                  aria-label={t('certificates.showGoal', { number: index + 1 })}
                  {...register(`goals.${index}.shown`)}
                />
                <input
                  type="text"
                  maxLength={1000}
                  aria-label={t('certificates.goalText', { number: index + 1 })}
                  {...register(`goals.${index}.text`)}
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <Field label={t('certificates.duties')} hint={t('certificates.dutiesHint')}>
        {(field) => <textarea rows={3} maxLength={3000} {...field} {...register('duties')} />}
      </Field>
      <details className="field" open={mbo.qualification !== ''}>
        <summary>{t('certificates.mbo.title')}</summary>
        <p className="hint">{t('certificates.mbo.hint')}</p>
        <div className="field-row">
          <Field label={t('certificates.mbo.qualification')}>
            {(field) => (
              <input type="text" maxLength={200} {...field} {...register('mbo.qualification')} />
            )}
          </Field>
          <Field label={t('certificates.mbo.crebo')}>
            {(field) => (
              <input
                type="text"
                inputMode="numeric"
                maxLength={5}
                {...field}
                {...register('mbo.crebo')}
              />
            )}
          </Field>
          <Field label={t('certificates.mbo.level')}>
            {(field) => (
              <select {...field} {...register('mbo.level')}>
                <option value="">—</option>
                {[1, 2, 3, 4].map((level) => (
                  <option key={level} value={String(level)}>
                    {level}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('certificates.mbo.processes')} hint={t('certificates.mbo.processesHint')}>
          {(field) => <textarea rows={3} {...field} {...register('mbo.processes')} />}
        </Field>
        {'problem' in mboCheck && (
          <p className="error" role="alert">
            {t(mboCheck.problem)}
          </p>
        )}
      </details>
    </div>
  );
}

/** Whether the edits can be issued as they stand (the MBO block complete or empty). */
export function editsComplete(edits: CertificateEdits): boolean {
  return !('problem' in workProcessesOf(edits.mbo));
}
