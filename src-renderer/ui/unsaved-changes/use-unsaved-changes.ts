import { useCallback, useEffect, useRef, type BaseSyntheticEvent } from 'react';
import type { FieldValues } from 'react-hook-form';
import { sessionDrafts } from './drafts';
import { guardForm, type FormGuard, type GuardableForm } from './form-guard';

type Options<O> =
  /** Leaving with unsaved changes asks: Opslaan / Niet opslaan / Annuleren. */
  | { save: (values: O) => Promise<boolean | void>; draft?: undefined }
  /** Leaving keeps a draft in this window until it is saved (or released). */
  | { draft: string; save?: (values: O) => Promise<boolean | void> };

export interface UnsavedChanges {
  /** For <form onSubmit>: checks and saves; a saved form has nothing left to guard. */
  onSubmit: (event: BaseSyntheticEvent) => void;
  /** For <form ref>: closing a dialog asks about the forms inside it. */
  attachForm: (element: HTMLFormElement | null) => void;
  /** Stop guarding (the record was deleted or the certificate issued); forgets the draft. */
  release: () => void;
}

/**
 * The one way a form guards the coach's typing: every react-hook-form form passes its form and
 * its save here, and every way of leaving (link, Back, Escape, closing the window) asks first
 * or keeps a draft. `save` returns false when it failed and said why.
 */
export function useUnsavedChanges<V extends FieldValues, O>(
  form: GuardableForm<V, O>,
  options: Options<O>,
): UnsavedChanges {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const guard = useRef<FormGuard | null>(null);
  const element = useRef<HTMLFormElement | null>(null);
  const draftKey = options.draft;

  useEffect(() => {
    const guarded = guardForm(form, () => {
      const { save, draft } = latest.current;
      return {
        save,
        draft: draft === undefined ? undefined : { store: sessionDrafts, key: draft },
      };
    });
    guarded.attach(element.current);
    guard.current = guarded;
    return () => {
      guarded.stop();
      guard.current = null;
    };
  }, [form, draftKey]);

  return {
    onSubmit: useCallback((event: BaseSyntheticEvent) => {
      event.preventDefault();
      void guard.current?.submit(event);
    }, []),
    attachForm: useCallback((next: HTMLFormElement | null) => {
      element.current = next;
      guard.current?.attach(next);
    }, []),
    release: useCallback(() => guard.current?.release(), []),
  };
}
