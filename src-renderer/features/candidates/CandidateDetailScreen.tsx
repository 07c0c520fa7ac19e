import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { benefits } from '../../../src-shared/domain/codes';
import { placementEmployerName } from '../../../src-shared/domain/figure-records';
import {
  MEETING_LINE_MAX,
  fullName,
  referrers,
  type Candidate,
} from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { Field } from '../../ui/Field';
import { SubjectAccessButtons } from '../privacy/SubjectAccessButtons';
import { formatDate, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { writeErrorMessage } from '../../ui/write-errors';
import { deleteCandidate, findCandidate, restoreCandidate } from '../../data/candidate-repository';
import { allEmployers } from '../../data/employer-repository';
import { loadSettings } from '../../data/settings-repository';
import { trajectoriesOf } from '../../data/trajectory-repository';
import { FollowUpDue } from '../trajectories/FollowUpDue';
import {
  candidateFormSchema,
  saveCandidateForm,
  toCandidateFormValues,
  type CandidateFormOutput,
  type CandidateFormValues,
} from './candidate-form';
import { DiscussionPanel } from './DiscussionPanel';
import { CodeOptions } from '../../ui/CodeOptions';

export function CandidateDetailScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const candidate = useLiveQuery(() => findCandidate(db, params.id), [db, params.id]);
  if (candidate === undefined) return <p className="page-status">{t('common.loading')}</p>;
  if (candidate === null || candidate.deletedAt) {
    return (
      <section className="page">
        <p role="alert">{t('candidate.notFound')}</p>
        <Link href="/kandidaten">{t('candidate.back')}</Link>
      </section>
    );
  }
  return <CandidateDetail key={candidate.id} candidate={candidate} />;
}

function CandidateDetail({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [, navigate] = useLocation();
  const form = useForm<CandidateFormValues, unknown, CandidateFormOutput>({
    resolver: zodResolver(candidateFormSchema),
    defaultValues: toCandidateFormValues(candidate),
    mode: 'onBlur',
  });
  const { register, formState, watch, reset, getValues, setValue } = form;
  const [savedAt, setSavedAt] = useState(candidate.updatedAt);

  // Another window or an undo changed the record: show the stored state when nothing is typed.
  useEffect(() => {
    if (candidate.updatedAt !== savedAt && !formState.isDirty) {
      reset(toCandidateFormValues(candidate));
      setSavedAt(candidate.updatedAt);
    }
  }, [candidate, savedAt, formState.isDirty, reset]);

  const { attachForm, onSubmit, release } = useUnsavedChanges(form, {
    save: async (values) => {
      try {
        const saved = await saveCandidateForm(db, candidate.id, values);
        setSavedAt(saved.updatedAt);
        reset(toCandidateFormValues(saved));
        showToast({ tone: 'success', message: t('candidate.saved') });
      } catch (error) {
        showToast({ tone: 'error', message: writeErrorMessage(error) });
        return false;
      }
    },
  });

  // Consent is usually given the day it is ticked: the date the rule needs is filled in.
  const consentTicked = (event: { target: { checked: boolean } }) => {
    if (event.target.checked && !getValues('consentOn')) {
      setValue('consentOn', todayIso(), { shouldDirty: true });
    }
  };

  const remove = async () => {
    await deleteCandidate(db, candidate.id);
    release();
    navigate('/kandidaten');
    showToast({
      tone: 'info',
      message: t('candidate.deleted'),
      action: {
        label: t('candidate.undo'),
        run: () =>
          void restoreCandidate(db, candidate.id).then(() =>
            showToast({ tone: 'success', message: t('candidate.restored') }),
          ),
      },
    });
  };

  const errors = formState.errors;
  const text = (name: 'firstName' | 'infix' | 'lastName' | 'phone', optional = false) => (
    <Field
      label={t(`candidate.${name}`)}
      error={errors[name]}
      optional={optional ? t('common.optional') : undefined}
    >
      {(control) => (
        <input type={name === 'phone' ? 'tel' : 'text'} {...control} {...register(name)} />
      )}
    </Field>
  );
  const date = (name: 'birthDate' | 'discussedOn' | 'consentOn', optional = true) => (
    <Field
      label={t(`candidate.${name}`)}
      hint={name === 'consentOn' ? t('candidate.consentOnHint') : undefined}
      error={errors[name]}
      optional={optional ? t('common.optional') : undefined}
    >
      {(control) => <input type="date" {...control} {...register(name)} />}
    </Field>
  );

  return (
    <section className="page" aria-labelledby="candidate-title">
      <Link href="/kandidaten" className="back-link">
        ← {t('candidate.back')}
      </Link>
      <div className="page-header">
        <h1 id="candidate-title">{fullName(candidate)}</h1>
        <div className="item-actions">
          <SubjectAccessButtons candidateId={candidate.id} />
          <button type="button" className="button danger" onClick={() => void remove()}>
            {t('candidate.delete')}
          </button>
        </div>
      </div>
      <div className="two-columns">
        <form className="form" ref={attachForm} onSubmit={onSubmit} noValidate>
          <fieldset>
            <legend>{t('candidate.personal')}</legend>
            <div className="field-row">
              {text('firstName')}
              {text('infix', true)}
            </div>
            {text('lastName')}
            {date('birthDate')}
            <p className="hint">{t('candidate.noBsn')}</p>
          </fieldset>
          <fieldset>
            <legend>{t('candidate.contact')}</legend>
            <div className="field-row">
              {text('phone', true)}
              <Field
                label={t('candidate.email')}
                error={errors.email}
                optional={t('common.optional')}
              >
                {(control) => <input type="email" {...control} {...register('email')} />}
              </Field>
            </div>
            <Field
              label={t('municipality.label')}
              hint={t('municipality.hint')}
              error={errors.municipality}
              optional={t('common.optional')}
            >
              {(control) => <input type="text" {...control} {...register('municipality')} />}
            </Field>
          </fieldset>
          <fieldset>
            <legend>{t('candidate.intake')}</legend>
            <div className="field-row">
              {date('discussedOn')}
              <Field
                label={t('candidate.hoursAvailable')}
                error={errors.hoursAvailable}
                optional={t('common.optional')}
              >
                {(control) => (
                  <input
                    type="number"
                    min={1}
                    max={40}
                    {...control}
                    {...register('hoursAvailable')}
                  />
                )}
              </Field>
            </div>
            <div className="field-row">
              <Field label={t('candidate.benefit')} error={errors.benefit}>
                {(control) => (
                  <select {...control} {...register('benefit')}>
                    <CodeOptions codes={benefits} label={(code) => t(`codes.benefit.${code}`)} />
                  </select>
                )}
              </Field>
              <Field label={t('candidate.referrer')} error={errors.referrer}>
                {(control) => (
                  <select {...control} {...register('referrer')}>
                    <CodeOptions
                      codes={referrers}
                      label={(code) => t(`codes.referrer.${code}`)}
                      blank={t('candidate.referrerNone')}
                    />
                  </select>
                )}
              </Field>
            </div>
            <Field
              label={t('candidate.motivation')}
              hint={t('candidate.motivationHint')}
              error={errors.motivation}
              optional={t('common.optional')}
            >
              {(control) => <textarea {...control} {...register('motivation')} />}
            </Field>
          </fieldset>
          <fieldset>
            <legend>{t('candidate.consent')}</legend>
            <label className="checkbox">
              <input type="checkbox" {...register('consentToShare', { onChange: consentTicked })} />
              {t('candidate.consentToShare')}
            </label>
            {watch('consentToShare') && (
              <>
                {date('consentOn', false)}
                <Field
                  label={t('candidate.meetingLine')}
                  hint={t('candidate.meetingLineHint', { count: MEETING_LINE_MAX })}
                  error={errors.meetingLine}
                  optional={t('common.optional')}
                >
                  {(control) => (
                    <input
                      type="text"
                      maxLength={MEETING_LINE_MAX}
                      {...control}
                      {...register('meetingLine')}
                    />
                  )}
                </Field>
              </>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={formState.isSubmitting}>
              {t('common.save')}
            </button>
          </div>
        </form>
        <TrajectoryTimeline candidate={candidate} />
      </div>
    </section>
  );
}

function TrajectoryTimeline({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const data = useLiveQuery(async () => {
    const trajectories = (await trajectoriesOf(db, candidate.id))
      .filter((trajectory) => !trajectory.deletedAt)
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn));
    const employers = new Map((await allEmployers(db)).map((e) => [e.id, e.name]));
    const { organisationName } = await loadSettings(db);
    return { trajectories, employers, organisationName };
  }, [db, candidate.id]);
  return (
    <aside className="timeline" aria-labelledby="timeline-title">
      <div className="section-header">
        <h2 id="timeline-title">{t('candidate.trajectories')}</h2>
        <Link href={`/kandidaten/${candidate.id}/trajecten/nieuw`} className="button small">
          {t('candidate.newTrajectory')}
        </Link>
      </div>
      {data && data.trajectories.length === 0 && (
        <>
          <p className="muted">{t('candidate.noTrajectories')}</p>
          <DiscussionPanel candidate={candidate} />
        </>
      )}
      <ol>
        {data?.trajectories.map((trajectory) => (
          <li key={trajectory.id} className={`timeline-item status-${trajectory.status}`}>
            <Link href={`/kandidaten/${candidate.id}/trajecten/${trajectory.id}`}>
              <strong>{t(`codes.kind.${trajectory.kind}`)}</strong>
              {` · ${placementEmployerName(trajectory.employerId, (id) => data.employers.get(id), data.organisationName) ?? ''}`}
            </Link>
            {trajectory.programme && <div className="muted">{trajectory.programme}</div>}
            <div className="muted">
              {t('trajectory.period', {
                from: formatDate(trajectory.startedOn),
                to: formatDate(trajectory.endedOn ?? trajectory.plannedEndOn),
              })}
            </div>
            <span className={`badge status-${trajectory.status}`}>
              {t(`codes.status.${trajectory.status}`)}
            </span>
            <FollowUpDue trajectory={trajectory} />
          </li>
        ))}
      </ol>
    </aside>
  );
}
