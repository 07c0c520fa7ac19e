import type { BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { i18next } from '../i18n';
import { showToast } from '../toast-store';
import { writeErrorMessage } from '../write-errors';
import { draftValuesFor, type DraftStore } from './drafts';
import { registerLeaveGuard } from './leave-guards';

/** What a guarded form needs of react-hook-form (useForm and createFormControl both give it). */
export type GuardableForm<V extends FieldValues, O> = Pick<
  UseFormReturn<V, unknown, O>,
  'handleSubmit' | 'reset' | 'subscribe' | 'getValues'
>;

export interface FormGuardOptions<O> {
  /** Saves the checked values; false when it failed and said why (the coach stays). */
  save?: (values: O) => Promise<boolean | void>;
  /** Keep the typed values as a draft instead of asking when the coach leaves. */
  draft?: { store: DraftStore; key: string };
}

export interface FormGuard {
  /** Checks and saves; true once saved. A thrown error becomes a message, never a lost form. */
  submit(event?: BaseSyntheticEvent): Promise<boolean>;
  /** The form element, so that a dialog asks only about its own forms. */
  attach(element: Element | null): void;
  /** Stop guarding: the record was deleted or issued; nothing to ask, no draft to keep. */
  release(): void;
  stop(): void;
}

/**
 * Ties one react-hook-form form to the leave guards. Dirtiness comes from the form's own
 * subscription, so it is current the moment a save resets the form (a save that navigates
 * passes without a question), and while saving nothing is asked at all.
 */
export function guardForm<V extends FieldValues, O>(
  form: GuardableForm<V, O>,
  options: () => FormGuardOptions<O>,
): FormGuard {
  const draft = options().draft;
  let dirty = false;
  let saving = false;
  let released = false;
  let element: Element | null = null;
  const guarding = () => dirty && !saving && !released;

  const save = async (values: O): Promise<boolean> => {
    saving = true;
    try {
      return (await options().save?.(values)) !== false;
    } finally {
      saving = false;
    }
  };
  const submit = async (event?: BaseSyntheticEvent, onInvalid?: () => void): Promise<boolean> => {
    let saved = false;
    try {
      await form.handleSubmit(async (values) => {
        saved = await save(values);
      }, onInvalid)(event);
    } catch (error) {
      showToast({ tone: 'error', message: writeErrorMessage(error) });
    }
    if (saved && draft) draft.store.clear(draft.key);
    return saved;
  };

  const unsubscribe = form.subscribe({
    formState: { isDirty: true, values: true },
    callback: ({ isDirty, values }) => {
      dirty = isDirty === true;
      if (!draft || released) return;
      if (dirty) draft.store.write(draft.key, values);
      else draft.store.clear(draft.key);
    },
  });
  const unregister = registerLeaveGuard({
    hasUnsavedChanges: () => !draft && guarding(),
    hasDraft: () => Boolean(draft) && guarding(),
    // Asked on leaving: a form that cannot be saved says so, and the coach stays to fix it.
    save: () =>
      submit(undefined, () => showToast({ tone: 'error', message: i18next.t('unsaved.notSaved') })),
    discard: () => {
      if (draft) draft.store.clear(draft.key);
      form.reset();
    },
    element: () => element,
  });

  const stored = draft?.store.read(draft.key);
  if (stored) {
    // The draft comes back as typed, still unsaved: the defaults stay what was stored.
    form.reset(draftValuesFor(form.getValues(), stored), { keepDefaultValues: true });
  }

  return {
    submit: (event) => submit(event),
    attach: (next) => void (element = next),
    release() {
      released = true;
      if (draft) draft.store.clear(draft.key);
    },
    stop() {
      unsubscribe();
      unregister();
    },
  };
}
