/**
 * Drafts of forms the coach may leave half-done (the certificate's personal text, the progress
 * report's conclusion): kept in sessionStorage, so they survive leaving the screen and a reload
 * but not closing the window, and never reach a backup or an export.
 */
export interface DraftStore {
  read(key: string): Record<string, unknown> | null;
  write(key: string, values: Record<string, unknown>): void;
  clear(key: string): void;
}

const PREFIX = 'instap.draft.';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Drafts in `storage`; a full or unavailable storage only means no draft is kept. */
export function storageDrafts(storage: () => KeyValueStorage | null): DraftStore {
  const attempt = <T>(action: (store: KeyValueStorage) => T): T | null => {
    try {
      const store = storage();
      return store ? action(store) : null;
    } catch {
      return null;
    }
  };
  return {
    read(key) {
      const text = attempt((store) => store.getItem(PREFIX + key));
      if (!text) return null;
      try {
        const values: unknown = JSON.parse(text);
        return values !== null && typeof values === 'object' && !Array.isArray(values)
          ? (values as Record<string, unknown>)
          : null;
      } catch {
        return null;
      }
    },
    write(key, values) {
      attempt((store) => store.setItem(PREFIX + key, JSON.stringify(values)));
    },
    clear(key) {
      attempt((store) => store.removeItem(PREFIX + key));
    },
  };
}

export const sessionDrafts = storageDrafts(() =>
  typeof sessionStorage === 'undefined' ? null : sessionStorage,
);

/**
 * The draft's values for the fields the form has now, of the same type: a draft from an older
 * form (or edited by hand) never puts a foreign key or a wrong type into a form.
 */
export function draftValuesFor<V extends Record<string, unknown>>(
  current: V,
  draft: Record<string, unknown>,
): V {
  const merged: Record<string, unknown> = { ...current };
  for (const name of Object.keys(current)) {
    if (Object.hasOwn(draft, name) && typeof draft[name] === typeof current[name]) {
      merged[name] = draft[name];
    }
  }
  return merged as V;
}
