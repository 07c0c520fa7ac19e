import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  coachingEntryInputSchema,
  coachingKinds,
  type CoachingEntry,
  type CoachingEntryInput,
} from '../../../src-shared/domain/coaching';
import { minutesPerMonth, totalMinutes } from '../../../src-shared/domain/coaching-hours';
import type { LearningGoal } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { ShortenedText } from '../../ui/ShortenedText';
import { formatDate, formatMonth, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { learningGoals } from '../../data/trajectory-repository';
import {
  addCoachingEntry,
  coachingEntriesOf,
  removeCoachingEntry,
  updateCoachingEntry,
} from '../../data/coaching-repository';

type EntryForm = UseFormReturn<
  z.input<typeof coachingEntryInputSchema>,
  unknown,
  CoachingEntryInput
>;

/** "45 min", "1 u 30 min": how long a contact took, as the coach says it. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} u` : `${hours} u ${rest} min`;
}

const blank = (
  trajectoryId: string,
  date = todayIso(),
  kind: CoachingEntryInput['kind'] = 'work-floor',
) => ({
  trajectoryId,
  date,
  kind,
  minutes: '' as unknown as number,
  note: '',
  internal: false,
  goalId: '',
});

/**
 * The coaching log of a trajectory: a quick entry (date is today, pick the kind, type the
 * minutes and a note, Enter), the contacts with their totals, edit and remove.
 */
export function CoachingPanel({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [editing, setEditing] = useState<CoachingEntry | null>(null);
  const data = useLiveQuery(
    async () => ({
      entries: await coachingEntriesOf(db, trajectoryId),
      goals: await learningGoals.siblings(db, trajectoryId),
    }),
    [db, trajectoryId],
  );
  const form: EntryForm = useForm({
    resolver: zodResolver(coachingEntryInputSchema),
    defaultValues: blank(trajectoryId),
  });
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      await addCoachingEntry(db, values);
      form.reset(blank(trajectoryId, values.date, values.kind));
      showToast({ tone: 'success', message: t('coaching.added') });
      form.setFocus('minutes');
    },
  });

  const entries = data?.entries ?? [];
  const goalText = new Map(data?.goals.map((goal) => [goal.id, goal.text]));
  const total = totalMinutes(entries);
  const month = todayIso().slice(0, 7);
  const months = [...minutesPerMonth(entries)].reverse();

  return (
    <section className="panel coaching" aria-labelledby="coaching-title">
      <div className="section-header">
        <h2 id="coaching-title">{t('coaching.title')}</h2>
        {entries.length > 0 && (
          <p className="coaching-total" aria-live="polite">
            {t('coaching.total', { hours: formatMinutes(total), count: entries.length })}
            {' · '}
            {t('coaching.thisMonth', {
              hours: formatMinutes(minutesPerMonth(entries).get(month) ?? 0),
            })}
          </p>
        )}
      </div>
      <form
        className="quick-entry"
        aria-label={t('coaching.quickEntry')}
        ref={attachForm}
        onSubmit={onSubmit}
        noValidate
      >
        <EntryFields form={form} goals={data?.goals ?? []} />
        <div className="quick-entry-actions">
          <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
            {t('coaching.add')}
          </button>
          <span className="hint">{t('coaching.enterHint')}</span>
        </div>
      </form>
      {data && entries.length === 0 && <p className="muted">{t('coaching.none')}</p>}
      {entries.length > 0 && (
        <table className="figures-table coaching-list">
          <thead>
            <tr>
              <th scope="col">{t('coaching.date')}</th>
              <th scope="col">{t('coaching.kind')}</th>
              <th scope="col" className="number">
                {t('coaching.minutes')}
              </th>
              <th scope="col">{t('coaching.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('coaching.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDate(entry.date)}</td>
                <td>{t(`coaching.kinds.${entry.kind}`)}</td>
                <td className="number">{formatMinutes(entry.minutes)}</td>
                <td>
                  {entry.internal && (
                    <span className="badge internal">{t('coaching.internalBadge')}</span>
                  )}{' '}
                  {entry.note && <ShortenedText text={entry.note} />}
                  {entry.goalId && goalText.get(entry.goalId) && (
                    <span className="muted"> · {goalText.get(entry.goalId)}</span>
                  )}
                </td>
                <td>
                  <div className="item-actions">
                    <button
                      type="button"
                      className="button small"
                      onClick={() => setEditing(entry)}
                    >
                      {t('coaching.edit')}
                    </button>
                    <button
                      type="button"
                      className="button small icon"
                      aria-label={`${t('coaching.remove')}: ${formatDate(entry.date)}`}
                      onClick={() =>
                        void removeCoachingEntry(db, entry.id).then(() =>
                          showToast({ tone: 'info', message: t('coaching.removed') }),
                        )
                      }
                    >
                      ×
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {months.length > 1 && (
        <p className="muted coaching-months">
          {t('coaching.perMonth')}:{' '}
          {months
            .map(([key, minutes]) => `${formatMonth(key)} ${formatMinutes(minutes)}`)
            .join(' · ')}
        </p>
      )}
      {editing && data && (
        <EditDialog entry={editing} goals={data.goals} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function EntryFields(props: { form: EntryForm; goals: LearningGoal[] }) {
  const { t } = useTranslation();
  const { register, formState } = props.form;
  const errors = formState.errors;
  return (
    <>
      <div className="field-row entry-row">
        <Field label={t('coaching.date')} error={errors.date}>
          {(control) => <input type="date" {...control} {...register('date')} />}
        </Field>
        <Field label={t('coaching.kind')} error={errors.kind}>
          {(control) => (
            <select {...control} {...register('kind')}>
              {coachingKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`coaching.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('coaching.minutes')} error={errors.minutes}>
          {(control) => (
            <input
              type="number"
              min={1}
              max={600}
              step={5}
              inputMode="numeric"
              {...control}
              {...register('minutes')}
            />
          )}
        </Field>
        <Field label={t('coaching.goal')} optional={t('common.optional')}>
          {(control) => (
            <select {...control} {...register('goalId')}>
              <option value="">{t('coaching.noGoal')}</option>
              {props.goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.text}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row note-row">
        <Field
          label={t('coaching.note')}
          hint={t('coaching.noteHint')}
          error={errors.note}
          optional={t('common.optional')}
        >
          {(control) => <input type="text" maxLength={1000} {...control} {...register('note')} />}
        </Field>
        <div className="field">
          <label className="checkbox" title={t('coaching.internalHint')}>
            <input type="checkbox" {...register('internal')} />
            {t('coaching.internal')}
          </label>
          <p className="hint">{t('coaching.internalHint')}</p>
        </div>
      </div>
    </>
  );
}

function EditDialog(props: { entry: CoachingEntry; goals: LearningGoal[]; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { entry } = props;
  const form: EntryForm = useForm({
    resolver: zodResolver(coachingEntryInputSchema),
    defaultValues: {
      trajectoryId: entry.trajectoryId,
      date: entry.date,
      kind: entry.kind,
      minutes: entry.minutes,
      note: entry.note ?? '',
      internal: entry.internal,
      goalId: entry.goalId ?? '',
    },
  });
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      await updateCoachingEntry(db, entry.id, values);
      props.onClose();
    },
  });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t('coaching.editTitle')}
      wide
    >
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <EntryFields form={form} goals={props.goals} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
            {t('common.save')}
          </button>
          <DialogCancel>{t('common.cancel')}</DialogCancel>
        </div>
      </form>
    </Dialog>
  );
}
