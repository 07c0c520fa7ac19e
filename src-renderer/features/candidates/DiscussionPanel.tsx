import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { notStartedReasons } from '../../../src-shared/domain/codes';
import type { Candidate } from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { saveOrTell } from '../../ui/save-or-tell';
import {
  closeDiscussion,
  closeDiscussionSchema,
  reopenDiscussion,
  type CloseDiscussion,
  type CloseDiscussionValues,
} from './discussion';
import { CodeOptions } from '../../ui/CodeOptions';

/**
 * For a candidate discussed but not started: close the discussion with the reason they did not
 * start (Resultaten counts them per reason), or reopen it.
 */
export function DiscussionPanel({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const reason = candidate.notStartedReason;
  return (
    <section className="discussion" aria-labelledby="discussion-title">
      <h3 id="discussion-title">{t('discussion.title')}</h3>
      {reason ? (
        <div className="section-header">
          <p>
            {t('discussion.closedWith')} <strong>{t(`codes.notStartedReason.${reason}`)}</strong>
          </p>
          <button
            type="button"
            className="button small"
            onClick={() =>
              void saveOrTell(async () => {
                await reopenDiscussion(db, candidate.id);
                showToast({ tone: 'success', message: t('discussion.reopened') });
              })
            }
          >
            {t('discussion.reopen')}
          </button>
        </div>
      ) : (
        <CloseDiscussionForm candidateId={candidate.id} />
      )}
    </section>
  );
}

function CloseDiscussionForm({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<CloseDiscussionValues, unknown, CloseDiscussion>({
    resolver: zodResolver(closeDiscussionSchema),
    defaultValues: { reason: '' },
  });
  const { register, formState } = form;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: ({ reason }) =>
      saveOrTell(async () => {
        await closeDiscussion(db, candidateId, reason);
        showToast({ tone: 'success', message: t('discussion.closed') });
      }),
  });
  return (
    <form ref={attachForm} onSubmit={onSubmit} noValidate>
      <p className="muted">{t('discussion.intro')}</p>
      <div className="field-row">
        <Field label={t('discussion.reason')} error={formState.errors.reason}>
          {(control) => (
            <select {...control} {...register('reason')}>
              <CodeOptions
                codes={notStartedReasons}
                label={(code) => t(`codes.notStartedReason.${code}`)}
                blank={t('trajectory.choose')}
              />
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {t('discussion.close')}
        </button>
      </div>
    </form>
  );
}
