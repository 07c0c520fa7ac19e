import { zodResolver } from '@hookform/resolvers/zod';
import { format, parseISO, subMonths } from 'date-fns';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  blankReportForm,
  paidWorkExpectations,
  progressReportFormSchema,
  reportKinds,
  type ProgressReportForm,
  type ProgressReportFormValues,
} from '../../../src-shared/domain/coaching';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { todayIso } from '../../ui/format';
import { saveAndOpen } from '../../ui/save-file';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { buildProgressReport } from './progress-report';

/** The last three months of the trajectory, up to today or its end. */
export function defaultReportPeriod(
  trajectory: Pick<Trajectory, 'startedOn' | 'endedOn'>,
  today = todayIso(),
) {
  const to = trajectory.endedOn && trajectory.endedOn < today ? trajectory.endedOn : today;
  const threeMonths = format(subMonths(parseISO(to), 3), 'yyyy-MM-dd');
  const from = trajectory.startedOn > threeMonths ? trajectory.startedOn : threeMonths;
  return { from: from > to ? to : from, to };
}

/**
 * "Voortgangsrapportage": a dialog (period, interim or final, problems and agreements, prognosis,
 * conclusion, next steps), then the PDF.
 */
export function ProgressReportButton({
  trajectory,
}: {
  trajectory: Pick<Trajectory, 'id' | 'startedOn' | 'endedOn'>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('coaching.report.button')}
      </button>
      {open && <ReportDialog trajectory={trajectory} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReportDialog(props: {
  trajectory: Pick<Trajectory, 'id' | 'startedOn' | 'endedOn'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const form = useForm<ProgressReportFormValues, unknown, ProgressReportForm>({
    resolver: zodResolver(progressReportFormSchema),
    // An ended trajectory gets its final report; the coach can choose otherwise.
    defaultValues: blankReportForm(
      defaultReportPeriod(props.trajectory),
      props.trajectory.endedOn ? 'final' : 'interim',
    ),
  });
  const { register, formState } = form;
  const errors = formState.errors;
  // The conclusion is written over days: closing the dialog keeps it as a draft until the report
  // is made.
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    draft: `progress-report:${props.trajectory.id}`,
    save: async (values) => {
      setBusy(true);
      try {
        const report = await buildProgressReport(db, props.trajectory.id, values);
        const file = await bridge['pdf:progress-report']({ report });
        const result = await saveAndOpen(file.fileName, file.bytes, 'PDF');
        if (result === 'saved') showToast({ tone: 'success', message: t('coaching.report.saved') });
        if (result === 'downloaded') {
          showToast({ tone: 'success', message: t('coaching.report.downloaded') });
        }
        if (result === 'cancelled') return false;
        props.onClose();
      } catch {
        showToast({ tone: 'error', message: t('coaching.report.failed') });
        return false;
      } finally {
        setBusy(false);
      }
    },
  });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t('coaching.report.title')}
      description={t('coaching.report.description')}
      wide
    >
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <Field label={t('coaching.report.from')} error={errors.from}>
            {(control) => <input type="date" {...control} {...register('from')} />}
          </Field>
          <Field label={t('coaching.report.to')} error={errors.to}>
            {(control) => <input type="date" {...control} {...register('to')} />}
          </Field>
        </div>
        <fieldset>
          <legend>{t('coaching.report.kind')}</legend>
          {reportKinds.map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" value={kind} {...register('kind')} />{' '}
              {t(`coaching.report.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <Field
          label={t('coaching.report.problems')}
          hint={t('coaching.report.problemsHint')}
          error={errors.problems}
          optional={t('common.optional')}
        >
          {(control) => <textarea rows={3} {...control} {...register('problems')} />}
        </Field>
        <Field
          label={t('coaching.report.agreements')}
          error={errors.agreements}
          optional={t('common.optional')}
        >
          {(control) => <textarea rows={3} {...control} {...register('agreements')} />}
        </Field>
        <fieldset>
          <legend>{t('coaching.report.prognosis')}</legend>
          <div className="field-row">
            <Field label={t('coaching.report.paidWorkExpected')} error={errors.paidWorkExpected}>
              {(control) => (
                <select {...control} {...register('paidWorkExpected')}>
                  {paidWorkExpectations.map((value) => (
                    <option key={value} value={value}>
                      {t(`coaching.report.expectations.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('coaching.report.expectedFrom')}
              error={errors.expectedFrom}
              optional={t('common.optional')}
            >
              {(control) => <input type="date" {...control} {...register('expectedFrom')} />}
            </Field>
          </div>
          <div className="field-row">
            <Field
              label={t('coaching.report.expectedWork')}
              error={errors.expectedWork}
              optional={t('common.optional')}
            >
              {(control) => <input type="text" {...control} {...register('expectedWork')} />}
            </Field>
            <Field
              label={t('coaching.report.expectedHours')}
              error={errors.expectedHours}
              optional={t('common.optional')}
            >
              {(control) => (
                <input type="number" min={1} max={40} {...control} {...register('expectedHours')} />
              )}
            </Field>
          </div>
        </fieldset>
        <Field
          label={t('coaching.report.conclusion')}
          hint={t('coaching.report.conclusionHint')}
          error={errors.conclusion}
        >
          {(control) => <textarea rows={5} {...control} {...register('conclusion')} />}
        </Field>
        <Field
          label={t('coaching.report.nextSteps')}
          error={errors.nextSteps}
          optional={t('common.optional')}
        >
          {(control) => <textarea rows={4} {...control} {...register('nextSteps')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('coaching.report.making') : t('coaching.report.make')}
          </button>
          <DialogCancel>{t('common.cancel')}</DialogCancel>
        </div>
      </form>
    </Dialog>
  );
}
