import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  emptyProfile,
  profileInputSchema,
  type ProfileInput,
} from '../../../src-shared/domain/coaching';
import { useDatabase } from '../../app/database-context';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { findProfile, saveProfile } from '../../data/coaching-repository';

type Values = z.input<typeof profileInputSchema>;
type Name = keyof ProfileInput;

const toValues = (profile: ProfileInput): Values => ({
  brings: profile.brings ?? '',
  needs: profile.needs ?? '',
  asks: profile.asks ?? '',
  offers: profile.offers ?? '',
  matchingNote: profile.matchingNote ?? '',
});

/** Werknemersprofiel (brings, needs), werkprofiel (asks, offers) and the matching note. */
export function ProfilePanel({ trajectoryId }: { trajectoryId: string }) {
  const db = useDatabase();
  const profile = useLiveQuery(() => findProfile(db, trajectoryId), [db, trajectoryId]);
  if (profile === undefined) return null;
  return (
    <ProfileForm key={trajectoryId} trajectoryId={trajectoryId} initial={profile ?? emptyProfile} />
  );
}

function ProfileForm(props: { trajectoryId: string; initial: ProfileInput }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const form = useForm<Values, unknown, ProfileInput>({
    resolver: zodResolver(profileInputSchema),
    defaultValues: toValues(props.initial),
  });
  const { register, formState } = form;
  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      const saved = await saveProfile(db, props.trajectoryId, values);
      form.reset(toValues(saved));
      showToast({ tone: 'success', message: t('coaching.profile.saved') });
    },
  });
  const area = (name: Name, hint?: string) => (
    <Field
      label={t(`coaching.profile.${name}`)}
      hint={hint}
      error={formState.errors[name]}
      optional={t('common.optional')}
    >
      {(control) => <textarea rows={3} {...control} {...register(name)} />}
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('coaching.profile.title')}</h2>
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <fieldset>
            <legend>{t('coaching.profile.worker')}</legend>
            {area('brings', t('coaching.profile.bringsHint'))}
            {area('needs', t('coaching.profile.needsHint'))}
          </fieldset>
          <fieldset>
            <legend>{t('coaching.profile.workplace')}</legend>
            {area('asks')}
            {area('offers')}
          </fieldset>
        </div>
        {area('matchingNote', t('coaching.profile.matchingHint'))}
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={formState.isSubmitting || !formState.isDirty}
          >
            {t('coaching.profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
