import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppInfo } from '../../../src-shared/ipc/contract';
import { emptySettings, settingsSchema, type Settings } from '../../../src-shared/domain/settings';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { Field } from '../../ui/Field';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { writeErrorMessage } from '../../ui/write-errors';
import { PrivacyPanel } from '../privacy/PrivacyPanel';
import { BackupPanel } from '../backup/BackupPanel';
import { ImagesPanel } from './ImagesPanel';
import { SampleDataSection } from './SampleDataSection';
import { loadSettings, saveSettings } from '../../data/settings-repository';

type TextField = Exclude<
  keyof Settings,
  `retention${string}` | `today${string}` | 'nextMeetingOn' | 'accentColour' | 'certificateTemplate'
>;
type NumberField = Extract<keyof Settings, `retention${string}`>;
type TodayWeeksField = Extract<keyof Settings, `today${string}`>;

const organisationFields: TextField[] = ['organisationName', 'region', 'coachName'];
const signatoryFields: TextField[] = ['signatoryName', 'signatoryFunction', 'place'];
const retentionFields: NumberField[] = ['retentionYearsAfterEnd', 'retentionYearsAfterDiscussion'];
const todayWeeksFields: TodayWeeksField[] = [
  'todayEvaluationWeeks',
  'todayContactWeeks',
  'todayDiscussedWeeks',
];

export function SettingsScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const form = useForm<z.input<typeof settingsSchema>, unknown, Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: emptySettings,
    mode: 'onBlur',
  });
  const { register, reset, formState } = form;

  useEffect(() => {
    // What the coach typed before the stored settings arrived stays typed.
    void loadSettings(db).then((settings) => reset(settings, { keepDirtyValues: true }));
    void bridge['app:info']({}).then(setInfo, () => setInfo(null));
  }, [db, reset]);

  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (values) => {
      try {
        reset(await saveSettings(db, values));
        showToast({ tone: 'success', message: t('settings.savedMessage') });
      } catch (error) {
        showToast({ tone: 'error', message: writeErrorMessage(error) });
        return false;
      }
    },
  });

  const input = (name: TextField) => (
    <Field
      key={name}
      label={t(`settings.${name}`)}
      hint={name === 'region' ? t('settings.regionHint') : undefined}
      error={formState.errors[name]}
      optional={name === 'organisationName' ? undefined : t('common.optional')}
    >
      {(control) => <input type="text" autoComplete="off" {...control} {...register(name)} />}
    </Field>
  );

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <form className="form" ref={attachForm} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('settings.organisationSection')}</legend>
          {organisationFields.map(input)}
        </fieldset>
        <fieldset>
          <legend>{t('settings.certificateSection')}</legend>
          <p className="hint">{t('settings.signatoryHint')}</p>
          {signatoryFields.map(input)}
          <Field label={t('settings.accentColour')} error={formState.errors.accentColour}>
            {(control) => (
              <input type="color" className="colour" {...control} {...register('accentColour')} />
            )}
          </Field>
          <Field
            label={t('settings.certificateTemplate')}
            hint={t('settings.certificateTemplateHint')}
            error={formState.errors.certificateTemplate}
          >
            {(control) => <textarea rows={4} {...control} {...register('certificateTemplate')} />}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.privacySection')}</legend>
          <div className="field-row">
            {retentionFields.map((name) => (
              <Field key={name} label={t(`settings.${name}`)} error={formState.errors[name]}>
                {(control) => (
                  <input type="number" min={1} max={30} {...control} {...register(name)} />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('today.settings.section')}</legend>
          <p className="hint">{t('today.settings.hint')}</p>
          <div className="field-row">
            {todayWeeksFields.map((name) => (
              <Field key={name} label={t(`today.settings.${name}`)} error={formState.errors[name]}>
                {(control) => (
                  <input type="number" min={1} max={104} {...control} {...register(name)} />
                )}
              </Field>
            ))}
          </div>
          <Field
            label={t('today.settings.nextMeetingOn')}
            hint={t('today.settings.nextMeetingHint')}
            error={formState.errors.nextMeetingOn}
            optional={t('common.optional')}
          >
            {(control) => <input type="date" {...control} {...register('nextMeetingOn')} />}
          </Field>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      <ImagesPanel />
      <BackupPanel />
      <PrivacyPanel />
      <SampleDataSection />
      {info && (
        <aside className="about" aria-label={t('settings.about')}>
          <h2>{t('settings.about')}</h2>
          <p>
            {t('settings.version', { version: info.version })} ·{' '}
            {t(`settings.transport.${info.transport}`)}
          </p>
          <p className="muted">{t('settings.dataFolder', { folder: info.dataFolder })}</p>
        </aside>
      )}
    </section>
  );
}
