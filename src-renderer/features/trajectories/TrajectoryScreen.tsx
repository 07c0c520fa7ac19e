import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { fullName, type Candidate } from '../../../src-shared/domain/candidate';
import { outcomes, stopReasons, trajectoryKinds } from '../../../src-shared/domain/codes';
import {
  defaultPlannedEnd,
  emptyTrajectoryExtras,
  plannedMonthsByKind,
  trajectoryStatuses,
  type Trajectory,
  type TrajectoryInput,
} from '../../../src-shared/domain/trajectory';
import { normaliseEmployer } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import { AttendanceSection } from '../attendance/AttendanceSection';
import { CertificatePanel } from '../certificates/CertificatePanel';
import { CoachingPanel } from '../coaching/CoachingPanel';
import { ProfilePanel } from '../coaching/ProfilePanel';
import { ProgressReportButton } from '../coaching/ProgressReportButton';
import { RuleViolation } from '../../db/records';
import { Field } from '../../ui/Field';
import { formatDate, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { writeErrorMessage } from '../../ui/write-errors';
import { loadSettings } from '../../data/settings-repository';
import {
  activeEmployers,
  findOrCreateEmployer,
  findOrCreateLocation,
} from '../../data/employer-repository';
import { findCandidate } from '../../data/candidate-repository';
import { EvaluationsSection } from './EvaluationsSection';
import { OutflowSection } from './OutflowSection';
import { PlacementDetailsSection } from './PlacementDetailsSection';
import { TrainingsSection } from './TrainingsSection';
import { GoalsSection, StepsSection } from './OrderedSections';
import {
  startsBeforeDiscussion,
  toTrajectoryFormValues,
  trajectoryFormSchema,
  type TrajectoryFormOutput,
  type TrajectoryFormValues,
} from './trajectory-form';
import {
  createTrajectory,
  deleteTrajectory,
  findTrajectory,
  restoreTrajectory,
  updateTrajectory,
} from '../../data/trajectory-repository';
import { CodeOptions } from '../../ui/CodeOptions';

type Params = { candidateId: string; trajectoryId: string };
type DraftTrajectory = Omit<Trajectory, 'hoursPerWeek'> & { hoursPerWeek: number | null };

export function TrajectoryScreen({ params }: { params: Params }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const isNew = params.trajectoryId === 'nieuw';
  const data = useLiveQuery(async () => {
    const candidate = await findCandidate(db, params.candidateId);
    const trajectory = isNew ? undefined : await findTrajectory(db, params.trajectoryId);
    const coach = (await loadSettings(db)).coachName;
    return { candidate, trajectory, coach };
  }, [db, params.candidateId, params.trajectoryId, isNew]);

  if (!data) return <p className="page-status">{t('common.loading')}</p>;
  const { candidate, trajectory } = data;
  if (!candidate || candidate.deletedAt || (!isNew && (!trajectory || trajectory.deletedAt))) {
    return (
      <section className="page">
        <p role="alert">{t('trajectory.notFound')}</p>
        <Link href="/kandidaten">{t('candidate.back')}</Link>
      </section>
    );
  }
  return (
    <TrajectoryEditor
      key={trajectory?.id ?? 'new'}
      candidate={candidate}
      trajectory={trajectory ?? newTrajectory(candidate, data.coach)}
      isNew={isNew}
    />
  );
}

/** A new trajectory starts today, with the coach of the settings and the candidate's hours. */
function newTrajectory(candidate: Candidate, coach: string): DraftTrajectory {
  const startedOn = todayIso();
  return {
    id: '',
    candidateId: candidate.id,
    kind: 'work-experience',
    employerId: null,
    locationId: null,
    workplaceSupervisor: null,
    coach: coach || null,
    startedOn,
    plannedEndOn: defaultPlannedEnd('work-experience', startedOn),
    hoursPerWeek: candidate.hoursAvailable,
    role: null,
    status: 'ongoing',
    endedOn: null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
    ...emptyTrajectoryExtras(),
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  };
}

function TrajectoryEditor(props: {
  candidate: Candidate;
  trajectory: DraftTrajectory;
  isNew: boolean;
}) {
  const { candidate, trajectory, isNew } = props;
  const { t } = useTranslation();
  const db = useDatabase();
  const [, navigate] = useLocation();
  const employers = useLiveQuery(() => activeEmployers(db), [db]);
  const employer = employers?.find((item) => item.id === trajectory.employerId);
  const location = employer?.locations.find((item) => item.id === trajectory.locationId);

  const form = useForm<TrajectoryFormValues, unknown, TrajectoryFormOutput>({
    resolver: zodResolver(trajectoryFormSchema),
    defaultValues: toTrajectoryFormValues(trajectory, employer?.name ?? '', location?.name ?? ''),
    mode: 'onBlur',
  });
  const { register, formState, watch, setValue, setError, getFieldState, reset, resetField } = form;
  const errors = formState.errors;
  const status = watch('status');
  const kind = watch('kind') as Trajectory['kind'];
  const startedOn = watch('startedOn') as string;
  const startWarning = startsBeforeDiscussion(startedOn, candidate.discussedOn)
    ? t('trajectory.startBeforeDiscussion', { date: formatDate(candidate.discussedOn) })
    : undefined;
  const typedEmployer = watch('employerName') as string;

  // Names load after the form: they are what is stored, so they are no unsaved change (and
  // never replace a name the coach is typing).
  useEffect(() => {
    if (!employer) return;
    const names = { employerName: employer.name, locationName: location?.name ?? '' };
    for (const [name, value] of Object.entries(names) as [keyof typeof names, string][]) {
      if (!getFieldState(name).isDirty) resetField(name, { defaultValue: value });
    }
  }, [employer, location, getFieldState, resetField]);

  // A sensible planned end follows the kind and start the coach changes, until they set one; a
  // stored planned end is left as it is.
  useEffect(() => {
    const followed = getFieldState('kind').isDirty || getFieldState('startedOn').isDirty;
    if (
      followed &&
      !getFieldState('plannedEndOn').isDirty &&
      /^\d{4}-\d{2}-\d{2}$/.test(startedOn ?? '')
    ) {
      setValue('plannedEndOn', defaultPlannedEnd(kind, startedOn));
    }
  }, [kind, startedOn, getFieldState, setValue]);

  const locationOptions =
    employers?.find(
      (item) => normaliseEmployer(item.name) === normaliseEmployer(typedEmployer ?? ''),
    )?.locations ?? [];

  const save = async ({ employerName, locationName, ...values }: TrajectoryFormOutput) => {
    try {
      const picked = employerName ? await findOrCreateEmployer(db, employerName) : null;
      const locationId =
        picked && locationName ? await findOrCreateLocation(db, picked, locationName) : null;
      const input: TrajectoryInput = {
        ...values,
        employerId: picked?.id ?? null,
        locationId,
      };
      if (isNew) {
        const created = await createTrajectory(db, input);
        showToast({ tone: 'success', message: t('trajectory.created') });
        navigate(`/kandidaten/${candidate.id}/trajecten/${created.id}`, { replace: true });
      } else {
        const saved = await updateTrajectory(db, trajectory.id, input);
        reset(toTrajectoryFormValues(saved, employerName ?? '', locationName ?? ''));
        showToast({ tone: 'success', message: t('trajectory.saved') });
      }
    } catch (error) {
      if (error instanceof RuleViolation) {
        setError(error.field as 'status', { message: error.messageKey });
      } else {
        showToast({ tone: 'error', message: writeErrorMessage(error) });
      }
      return false;
    }
  };
  const { attachForm, onSubmit, release } = useUnsavedChanges(form, { save });

  const remove = async () => {
    await deleteTrajectory(db, trajectory.id);
    release();
    navigate(`/kandidaten/${candidate.id}`);
    showToast({
      tone: 'info',
      message: t('trajectory.deleted'),
      action: {
        label: t('candidate.undo'),
        run: () =>
          void restoreTrajectory(db, trajectory.id).then(
            () => showToast({ tone: 'success', message: t('candidate.restored') }),
            () => showToast({ tone: 'error', message: t('rules.oneRunning') }),
          ),
      },
    });
  };

  type Name = keyof TrajectoryFormValues;
  const input = (name: Name, type: 'text' | 'date' | 'number', optional = true, hint?: string) => (
    <Field
      label={t(`trajectory.${name as 'role'}`)}
      error={errors[name]}
      hint={hint}
      optional={optional ? t('common.optional') : undefined}
    >
      {(control) => (
        <input
          type={type}
          {...(type === 'number' ? { min: 1, max: 40 } : {})}
          {...control}
          {...register(name)}
        />
      )}
    </Field>
  );
  const select = (
    name: Name,
    options: readonly string[],
    labelOf: (code: string) => string,
    blank: boolean,
  ) => (
    <Field label={t(`trajectory.${name as 'kind'}`)} error={errors[name]}>
      {(control) => (
        <select {...control} {...register(name)}>
          <CodeOptions
            codes={options}
            label={labelOf}
            blank={blank ? t('trajectory.choose') : undefined}
          />
        </select>
      )}
    </Field>
  );

  return (
    <section className="page" aria-labelledby="trajectory-title">
      <Link href={`/kandidaten/${candidate.id}`} className="back-link">
        ← {t('trajectory.back', { name: fullName(candidate) })}
      </Link>
      <div className="page-header">
        <h1 id="trajectory-title">
          {t('trajectory.title')} · {fullName(candidate)}
        </h1>
        {!isNew && (
          <div className="item-actions">
            <ProgressReportButton trajectory={trajectory} />
            <button type="button" className="button danger" onClick={() => void remove()}>
              {t('trajectory.delete')}
            </button>
          </div>
        )}
      </div>
      <form className="form wide-form" ref={attachForm} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('trajectory.placement')}</legend>
          <div className="field-row">
            {select(
              'kind',
              trajectoryKinds,
              (code) => t(`codes.kind.${code as Trajectory['kind']}`),
              false,
            )}
            {input('role', 'text')}
          </div>
          <div className="field-row">
            <Field
              label={t('trajectory.employer')}
              hint={t('trajectory.employerHint')}
              error={errors.employerName}
              optional={t('common.optional')}
            >
              {(control) => (
                <input
                  type="text"
                  list="employer-options"
                  autoComplete="off"
                  {...control}
                  {...register('employerName')}
                />
              )}
            </Field>
            <Field
              label={t('trajectory.location')}
              error={errors.locationName}
              optional={t('common.optional')}
            >
              {(control) => (
                <input
                  type="text"
                  list="location-options"
                  autoComplete="off"
                  {...control}
                  {...register('locationName')}
                />
              )}
            </Field>
          </div>
          <datalist id="employer-options">
            {employers?.map((item) => (
              <option key={item.id} value={item.name} />
            ))}
          </datalist>
          <datalist id="location-options">
            {locationOptions.map((item) => (
              <option key={item.id} value={item.name} />
            ))}
          </datalist>
          <div className="field-row">
            {input('workplaceSupervisor', 'text')}
            {input('coach', 'text')}
          </div>
          <div className="field-row three">
            {input('startedOn', 'date', false, startWarning)}
            {input(
              'plannedEndOn',
              'date',
              true,
              t('trajectory.plannedEndHint', { months: plannedMonthsByKind[kind] ?? 6 }),
            )}
            {input('hoursPerWeek', 'number', false)}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('trajectory.closing')}</legend>
          <div className="field-row three">
            {select(
              'status',
              trajectoryStatuses,
              (code) => t(`codes.status.${code as Trajectory['status']}`),
              false,
            )}
            {status !== 'ongoing' && input('endedOn', 'date', false)}
            {status === 'stopped' &&
              select(
                'stopReason',
                stopReasons,
                (code) => t(`codes.stopReason.${code as 'health'}`),
                true,
              )}
          </div>
          {status !== 'ongoing' && (
            <>
              <div className="field-row three">
                {select(
                  'outcome',
                  outcomes,
                  (code) => t(`codes.outcome.${code as 'unknown'}`),
                  true,
                )}
                {watch('outcome') === 'paid-work' && input('outcomeEmployer', 'text')}
                {watch('outcome') === 'paid-work' && input('outcomeHours', 'number')}
              </div>
              <Field
                label={t('trajectory.closingNote')}
                error={errors.closingNote}
                optional={t('common.optional')}
              >
                {(control) => <textarea {...control} {...register('closingNote')} />}
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
      {isNew ? (
        <p className="muted">{t('trajectory.saveFirst')}</p>
      ) : (
        <>
          {trajectory.status === 'completed' && (
            <CertificatePanel
              trajectoryId={trajectory.id}
              fileStem={fullName(candidate)
                .toLowerCase()
                .replace(/[^\p{L}\p{N}]+/gu, '-')}
            />
          )}
          {trajectory.outcome === 'paid-work' && <OutflowSection trajectory={trajectory} />}
          <PlacementDetailsSection trajectory={trajectory} />
          <GoalsSection trajectoryId={trajectory.id} />
          <StepsSection trajectoryId={trajectory.id} />
          <TrainingsSection trajectoryId={trajectory.id} />
          <EvaluationsSection trajectoryId={trajectory.id} />
          <CoachingPanel trajectoryId={trajectory.id} />
          <AttendanceSection trajectory={trajectory} />
          <ProfilePanel trajectoryId={trajectory.id} />
        </>
      )}
    </section>
  );
}
