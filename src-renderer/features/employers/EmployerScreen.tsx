import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Employer } from '../../../src-shared/domain/employer';
import {
  openPlacementInputSchema,
  openPlacementStatuses,
  type OpenPlacement,
  type OpenPlacementInput,
} from '../../../src-shared/domain/open-placement';
import { useDatabase } from '../../app/database-context';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { ItemActions } from '../../ui/ItemActions';
import { saveOrTell } from '../../ui/save-or-tell';
import { activeEmployers } from '../../data/employer-repository';
import {
  openPlacementsOf,
  removeOpenPlacement,
  saveOpenPlacement,
} from '../../data/open-placement-repository';
import { toOpenPlacementFormValues, type OpenPlacementFormValues } from './open-placement-form';
import { CodeOptions } from '../../ui/CodeOptions';

/** One employer: its locations and the placements it offers, kept up to date by the coach. */
export function EmployerScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const employer = useLiveQuery(
    async () => (await activeEmployers(db)).find((item) => item.id === params.id) ?? null,
    [db, params.id],
  );
  if (employer === undefined) return <p className="page-status">{t('common.loading')}</p>;
  if (employer === null) {
    return (
      <section className="page">
        <p role="alert">{t('employers.notFound')}</p>
        <Link href="/werkgevers">{t('employers.back')}</Link>
      </section>
    );
  }
  return <EmployerDetail employer={employer} />;
}

function EmployerDetail({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [editing, setEditing] = useState<OpenPlacement | 'new' | null>(null);
  const placements = useLiveQuery(() => openPlacementsOf(db, employer.id), [db, employer.id]);
  return (
    <section className="page" aria-labelledby="employer-title">
      <Link href="/werkgevers" className="back-link">
        ← {t('employers.back')}
      </Link>
      <div className="page-header">
        <h1 id="employer-title">{employer.name}</h1>
      </div>
      <p className="muted">
        {t('employers.locations')}:{' '}
        {employer.locations.map((location) => location.name).join(', ') || '—'}
      </p>
      <section className="panel" aria-labelledby="placements-title">
        <div className="section-header">
          <h2 id="placements-title">{t('employers.placements')}</h2>
          <button type="button" className="button small" onClick={() => setEditing('new')}>
            {t('employers.addPlacement')}
          </button>
        </div>
        {placements?.length === 0 && <p className="muted">{t('employers.noPlacements')}</p>}
        {placements && placements.length > 0 && (
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('employers.role')}</th>
                <th scope="col">{t('employers.location')}</th>
                <th scope="col">{t('employers.hoursPerWeek')}</th>
                <th scope="col">{t('employers.availableFrom')}</th>
                <th scope="col">{t('employers.status')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {placements.map((placement) => (
                <tr key={placement.id}>
                  <th scope="row">{placement.role}</th>
                  <td>{placement.location ?? '—'}</td>
                  <td>{placement.hoursPerWeek ?? '—'}</td>
                  <td>{formatDate(placement.availableFrom)}</td>
                  <td>
                    <span className={`badge placement-${placement.status}`}>
                      {t(`codes.openPlacementStatus.${placement.status}`)}
                    </span>
                  </td>
                  <td className="item-actions">
                    <ItemActions
                      editLabel={t('employers.editPlacement')}
                      itemName={placement.role}
                      onEdit={() => setEditing(placement)}
                      onRemove={() => removeOpenPlacement(db, placement.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {editing && (
        <PlacementDialog
          employer={employer}
          placement={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function PlacementDialog(props: {
  employer: Employer;
  placement: OpenPlacement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<OpenPlacementFormValues, unknown, OpenPlacementInput>({
    resolver: zodResolver(openPlacementInputSchema),
    defaultValues: toOpenPlacementFormValues(props.placement),
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: (values) =>
      saveOrTell(async () => {
        await saveOpenPlacement(db, props.employer.id, values, props.placement?.id);
        props.onClose();
      }),
  });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={props.placement ? t('employers.editPlacement') : t('employers.addPlacement')}
    >
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <Field label={t('employers.role')} error={errors.role}>
          {(control) => <input type="text" {...control} {...register('role')} />}
        </Field>
        <Field
          label={t('employers.location')}
          error={errors.location}
          optional={t('common.optional')}
        >
          {(control) => (
            <input
              type="text"
              list="placement-locations"
              autoComplete="off"
              {...control}
              {...register('location')}
            />
          )}
        </Field>
        <datalist id="placement-locations">
          {props.employer.locations.map((location) => (
            <option key={location.id} value={location.name} />
          ))}
        </datalist>
        <div className="field-row three">
          <Field
            label={t('employers.hoursPerWeek')}
            error={errors.hoursPerWeek}
            optional={t('common.optional')}
          >
            {(control) => (
              <input type="number" min={1} max={40} {...control} {...register('hoursPerWeek')} />
            )}
          </Field>
          <Field
            label={t('employers.availableFrom')}
            error={errors.availableFrom}
            optional={t('common.optional')}
          >
            {(control) => <input type="date" {...control} {...register('availableFrom')} />}
          </Field>
          <Field label={t('employers.status')} error={errors.status}>
            {(control) => (
              <select {...control} {...register('status')}>
                <CodeOptions
                  codes={openPlacementStatuses}
                  label={(code) => t(`codes.openPlacementStatus.${code}`)}
                />
              </select>
            )}
          </Field>
        </div>
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
