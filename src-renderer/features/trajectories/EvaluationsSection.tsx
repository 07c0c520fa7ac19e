import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { goalStatuses } from '../../../src-shared/domain/codes';
import {
  evaluationInputSchema,
  type Evaluation,
  type EvaluationInput,
  type LearningGoal,
} from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatDate, todayIso } from '../../ui/format';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import {
  evaluationsOf,
  learningGoals,
  removeEvaluation,
  saveEvaluation,
} from '../../data/trajectory-repository';

export function EvaluationsSection({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [editing, setEditing] = useState<Evaluation | 'new' | null>(null);
  const data = useLiveQuery(async () => {
    const evaluations = await evaluationsOf(db, trajectoryId);
    const goals = await learningGoals.siblings(db, trajectoryId);
    return { evaluations: evaluations.sort((a, b) => b.date.localeCompare(a.date)), goals };
  }, [db, trajectoryId]);
  const goalText = new Map(data?.goals.map((goal) => [goal.id, goal.text]));

  return (
    <section className="panel" aria-labelledby="evaluations-title">
      <div className="section-header">
        <h2 id="evaluations-title">{t('trajectory.evaluations')}</h2>
        <button type="button" className="button small" onClick={() => setEditing('new')}>
          {t('trajectory.addEvaluation')}
        </button>
      </div>
      {data && data.evaluations.length === 0 && (
        <p className="muted">{t('trajectory.noEvaluations')}</p>
      )}
      <ul className="evaluation-list">
        {data?.evaluations.map((evaluation) => (
          <li key={evaluation.id} className="evaluation">
            <div className="section-header">
              <h3>{formatDate(evaluation.date)}</h3>
              <div className="item-actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() => setEditing(evaluation)}
                >
                  {t('trajectory.editEvaluation')}
                </button>
                <button
                  type="button"
                  className="button small icon"
                  aria-label={`${t('trajectory.remove')}: ${formatDate(evaluation.date)}`}
                  onClick={() => void removeEvaluation(db, evaluation.id)}
                >
                  ×
                </button>
              </div>
            </div>
            {evaluation.notes && <p className="notes">{evaluation.notes}</p>}
            <ul className="progress-list">
              {evaluation.progress.map((progress) => (
                <li key={progress.goalId}>
                  <span className={`badge goal-${progress.status}`}>
                    {t(`codes.goalStatus.${progress.status}`)}
                  </span>{' '}
                  {goalText.get(progress.goalId) ?? '—'}
                  {progress.remark && <span className="muted"> · {progress.remark}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {editing && data && (
        <EvaluationDialog
          trajectoryId={trajectoryId}
          goals={data.goals}
          evaluation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function EvaluationDialog(props: {
  trajectoryId: string;
  goals: LearningGoal[];
  evaluation: Evaluation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const existing = new Map(props.evaluation?.progress.map((p) => [p.goalId, p]));
  const form = useForm<z.input<typeof evaluationInputSchema>, unknown, EvaluationInput>({
    resolver: zodResolver(evaluationInputSchema),
    defaultValues: {
      date: props.evaluation?.date ?? todayIso(),
      notes: props.evaluation?.notes ?? '',
      progress: props.goals.map((goal) => ({
        goalId: goal.id,
        status: existing.get(goal.id)?.status ?? goal.status,
        remark: existing.get(goal.id)?.remark ?? '',
      })),
    },
  });
  const { register, formState } = form;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      await saveEvaluation(db, props.trajectoryId, values, props.evaluation?.id);
      props.onClose();
    },
  });
  const title = props.evaluation ? t('trajectory.editEvaluation') : t('trajectory.addEvaluation');
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()} title={title} wide>
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <Field
          label={t('trajectory.evaluationDate')}
          error={formState.errors.date as { message?: string }}
        >
          {(control) => <input type="date" {...control} {...register('date')} />}
        </Field>
        <Field
          label={t('trajectory.evaluationNotes')}
          hint={t('trajectory.evaluationNotesHint')}
          optional={t('common.optional')}
        >
          {(control) => <textarea {...control} {...register('notes')} />}
        </Field>
        {props.goals.map((goal, index) => (
          <fieldset key={goal.id} className="progress-fieldset">
            <legend>{t('trajectory.progressFor', { goal: goal.text })}</legend>
            <input type="hidden" {...register(`progress.${index}.goalId`)} />
            <div className="field-row">
              <Field label={t('trajectory.goalStatus')}>
                {(control) => (
                  <select {...control} {...register(`progress.${index}.status`)}>
                    {goalStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`codes.goalStatus.${status}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('trajectory.remark')} optional={t('common.optional')}>
                {(control) => (
                  <input type="text" {...control} {...register(`progress.${index}.remark`)} />
                )}
              </Field>
            </div>
          </fieldset>
        ))}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {t('common.save')}
          </button>
          <DialogCancel>{t('common.cancel')}</DialogCancel>
        </div>
      </form>
    </Dialog>
  );
}
