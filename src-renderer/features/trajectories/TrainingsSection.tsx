import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import './details.css';
import type { z } from 'zod';
import {
  trainingInputSchema,
  type Training,
  type TrainingInput,
} from '../../../src-shared/domain/training';
import { useDatabase } from '../../app/database-context';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { ItemActions } from '../../ui/ItemActions';
import { saveOrTell } from '../../ui/save-or-tell';
import { removeTraining, saveTraining, trainingsOf } from '../../data/training-repository';

/** Trainings and courses followed during the trajectory; they go on the getuigschrift. */
export function TrainingsSection({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [editing, setEditing] = useState<Training | 'new' | null>(null);
  const trainings = useLiveQuery(() => trainingsOf(db, trajectoryId), [db, trajectoryId]);
  return (
    <section className="panel" aria-labelledby="trainings-title">
      <div className="section-header">
        <h2 id="trainings-title">{t('training.title')}</h2>
        <button type="button" className="button small" onClick={() => setEditing('new')}>
          {t('training.add')}
        </button>
      </div>
      {trainings?.length === 0 && <p className="muted">{t('training.none')}</p>}
      <ul className="item-list">
        {trainings?.map((training) => (
          <li key={training.id} className="item">
            <span>
              <strong>{training.name}</strong>
              <span className="muted">
                {' · '}
                {training.completedOn
                  ? t('training.completedOn', { date: formatDate(training.completedOn) })
                  : t('training.notCompleted')}
                {training.withCertificate && ` · ${t('training.withCertificate')}`}
              </span>
            </span>
            <span className="item-actions">
              <ItemActions
                editLabel={t('training.edit')}
                itemName={training.name}
                onEdit={() => setEditing(training)}
                onRemove={() => removeTraining(db, training.id)}
              />
            </span>
          </li>
        ))}
      </ul>
      {editing && (
        <TrainingDialog
          trajectoryId={trajectoryId}
          training={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function TrainingDialog(props: {
  trajectoryId: string;
  training: Training | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<z.input<typeof trainingInputSchema>, unknown, TrainingInput>({
    resolver: zodResolver(trainingInputSchema),
    defaultValues: {
      name: props.training?.name ?? '',
      completedOn: props.training?.completedOn ?? '',
      withCertificate: props.training?.withCertificate ?? false,
    },
  });
  const { register, formState } = form;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: (values) =>
      saveOrTell(async () => {
        await saveTraining(db, props.trajectoryId, values, props.training?.id);
        props.onClose();
      }),
  });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={props.training ? t('training.edit') : t('training.add')}
    >
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <Field
          label={t('training.name')}
          hint={t('training.nameHint')}
          error={formState.errors.name}
        >
          {(control) => <input type="text" {...control} {...register('name')} />}
        </Field>
        <Field
          label={t('training.completedOnLabel')}
          error={formState.errors.completedOn}
          optional={t('common.optional')}
        >
          {(control) => <input type="date" {...control} {...register('completedOn')} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...register('withCertificate')} />
          {t('training.withCertificateLabel')}
        </label>
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
