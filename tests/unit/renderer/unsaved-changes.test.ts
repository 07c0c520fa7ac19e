import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { useToasts } from '../../../src-renderer/ui/toast-store';
import { draftValuesFor, storageDrafts } from '../../../src-renderer/ui/unsaved-changes/drafts';
import { guardForm } from '../../../src-renderer/ui/unsaved-changes/form-guard';
import {
  createGuardedLocation,
  type HashWindow,
} from '../../../src-renderer/ui/unsaved-changes/guarded-hash-location';
import {
  closingLosesWork,
  confirmLeave,
  hasUnsavedChanges,
  registerLeaveGuard,
  setLeaveQuestion,
  type LeaveChoice,
  type LeaveGuard,
} from '../../../src-renderer/ui/unsaved-changes/leave-guards';

/** Everything a test registers is removed again: the registry is the app's one list. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  useToasts.setState({ toasts: [] });
});

function fakeGuard(overrides: Partial<LeaveGuard> = {}) {
  const calls: string[] = [];
  const guard: LeaveGuard = {
    hasUnsavedChanges: () => true,
    hasDraft: () => false,
    save: async () => {
      calls.push('save');
      return true;
    },
    discard: () => void calls.push('discard'),
    element: () => null,
    ...overrides,
  };
  cleanups.push(registerLeaveGuard(guard));
  return { guard, calls };
}

/** The coach's answer to "Wijzigingen niet opgeslagen", given when the question comes. */
function answerWith(choice: LeaveChoice) {
  const asked = vi.fn(async () => choice);
  cleanups.push(setLeaveQuestion(asked));
  return asked;
}

describe('leaving with unsaved changes (one question for every way of leaving)', () => {
  it('leaves without a question when nothing is unsaved', async () => {
    fakeGuard({ hasUnsavedChanges: () => false });
    const asked = answerWith('stay');
    expect(await confirmLeave()).toBe(true);
    expect(asked).not.toHaveBeenCalled();
  });

  it('Annuleren keeps the coach and the typed work where they are', async () => {
    const { calls } = fakeGuard();
    const asked = answerWith('stay');
    expect(await confirmLeave()).toBe(false);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
  });

  it('Niet opslaan forgets the changes and leaves', async () => {
    const { calls } = fakeGuard();
    answerWith('discard');
    expect(await confirmLeave()).toBe(true);
    expect(calls).toEqual(['discard']);
  });

  it('Opslaan saves every unsaved form first; a save that fails keeps the coach there', async () => {
    const first = fakeGuard();
    const failing = fakeGuard({ save: async () => false });
    answerWith('save');
    expect(await confirmLeave()).toBe(false);
    expect(first.calls).toEqual(['save']);
    failing.guard.save = async () => true;
    expect(await confirmLeave()).toBe(true);
  });

  it('closing a dialog asks only about the forms inside it', async () => {
    const inDialog = fakeGuard({ hasUnsavedChanges: () => false });
    const onPage = fakeGuard();
    const asked = answerWith('stay');
    expect(await confirmLeave((guard) => guard === inDialog.guard)).toBe(true);
    expect(asked).not.toHaveBeenCalled();
    expect(await confirmLeave((guard) => guard === onPage.guard)).toBe(false);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('a draft is kept on leaving, so only closing the window counts it as lost', async () => {
    fakeGuard({ hasUnsavedChanges: () => false, hasDraft: () => true });
    const asked = answerWith('stay');
    expect(hasUnsavedChanges()).toBe(false);
    expect(await confirmLeave()).toBe(true);
    expect(asked).not.toHaveBeenCalled();
    expect(closingLosesWork()).toBe(true);
  });

  it('asks once at a time: a second request while the question is open stays', async () => {
    fakeGuard();
    let answer: (choice: LeaveChoice) => void = () => undefined;
    const asked = vi.fn(() => new Promise<LeaveChoice>((resolve) => (answer = resolve)));
    cleanups.push(setLeaveQuestion(asked));
    const first = confirmLeave();
    expect(await confirmLeave()).toBe(false);
    answer('discard');
    expect(await first).toBe(true);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('without anyone to ask, the work is kept', async () => {
    fakeGuard();
    expect(await confirmLeave()).toBe(false);
  });
});

/** A browser tab's address and history, with Back as asynchronous as the browser's. */
function fakeTab(start: string) {
  const entries = [start];
  let index = 0;
  const listeners = new Set<() => void>();
  const fire = () => listeners.forEach((listener) => listener());
  const tab: HashWindow & { entries: string[]; userBack(): Promise<void> } = {
    location: { hash: start },
    history: {
      state: null,
      pushState(_state, _unused, url) {
        entries.splice(index + 1, entries.length, url);
        index += 1;
        tab.location.hash = url;
      },
      back() {
        index -= 1;
        tab.location.hash = entries[index] as string;
        queueMicrotask(fire);
      },
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    entries,
    /** The browser's Back button: the address changes first, the page hears of it after. */
    async userBack() {
      index -= 1;
      tab.location.hash = entries[index] as string;
      fire();
      await settle();
    },
  };
  return tab;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the route on screen follows the address only when leaving is allowed', () => {
  let answers: boolean[];
  let unsaved: boolean;
  beforeEach(() => {
    answers = [];
    unsaved = true;
  });
  const ask = vi.fn(async () => answers.shift() ?? false);

  function start() {
    const tab = fakeTab('#/kandidaten/k1');
    const hashListeners: (() => void)[] = [];
    const add = tab.addEventListener;
    tab.addEventListener = (type, listener) => {
      hashListeners.push(listener);
      add(type, listener);
    };
    const location = createGuardedLocation(
      tab,
      (to) => {
        // wouter's hash navigate: push the address, then dispatch hashchange synchronously.
        tab.history.pushState(null, '', `#${to}`);
        hashListeners.forEach((listener) => listener());
      },
      ask,
      () => unsaved,
    );
    cleanups.push(location.subscribe(() => undefined));
    return { tab, location };
  }

  it('a link asks first; Annuleren keeps the screen and the address', async () => {
    const { tab, location } = start();
    answers.push(false);
    location.navigate('/kandidaten');
    await settle();
    expect(ask).toHaveBeenCalled();
    expect(location.path()).toBe('/kandidaten/k1');
    expect(tab.location.hash).toBe('#/kandidaten/k1');
    expect(tab.entries).toEqual(['#/kandidaten/k1']);
  });

  it('a link leaves once the coach chose to', async () => {
    const { tab, location } = start();
    answers.push(true);
    location.navigate('/kandidaten');
    await settle();
    expect(location.path()).toBe('/kandidaten');
    expect(tab.entries).toEqual(['#/kandidaten/k1', '#/kandidaten']);
  });

  it('Back keeps the screen while asking, puts the address back, and goes back once allowed', async () => {
    const { tab, location } = start();
    unsaved = false;
    location.navigate('/kandidaten/k1/trajecten/t1');
    expect(location.path()).toBe('/kandidaten/k1/trajecten/t1');
    unsaved = true;

    answers.push(false);
    await tab.userBack();
    expect(location.path()).toBe('/kandidaten/k1/trajecten/t1');
    expect(tab.location.hash).toBe('#/kandidaten/k1/trajecten/t1');

    answers.push(true);
    await tab.userBack();
    await settle();
    expect(location.path()).toBe('/kandidaten/k1');
    expect(tab.location.hash).toBe('#/kandidaten/k1');
  });

  it('without unsaved changes, links and Back move at once and nothing is asked', async () => {
    const { tab, location } = start();
    unsaved = false;
    ask.mockClear();
    location.navigate('/resultaten');
    expect(location.path()).toBe('/resultaten');
    await tab.userBack();
    expect(location.path()).toBe('/kandidaten/k1');
    expect(ask).not.toHaveBeenCalled();
  });
});

/** sessionStorage as a Map. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    storage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  };
}

const shownMessages = () => useToasts.getState().toasts.map((toast) => toast.message);

const evaluationSchema = z.object({
  date: z.string().min(1, { error: 'Vul de datum in.' }),
  notes: z.string(),
});
type Evaluation = z.infer<typeof evaluationSchema>;

function evaluationForm() {
  return createFormControl<Evaluation, unknown, Evaluation>({
    resolver: zodResolver(evaluationSchema),
    defaultValues: { date: '2026-05-01', notes: '' },
  });
}

describe('a react-hook-form form under the guard', () => {
  it('typing makes it unsaved; a save that resets it leaves nothing to ask', async () => {
    const form = evaluationForm();
    const saved: Evaluation[] = [];
    const guard = guardForm(form, () => ({
      save: async (values) => {
        saved.push(values);
        form.reset(values);
      },
    }));
    cleanups.push(guard.stop);
    expect(hasUnsavedChanges()).toBe(false);
    form.setValue('notes', 'Komt op tijd.', { shouldDirty: true });
    expect(hasUnsavedChanges()).toBe(true);
    expect(await guard.submit()).toBe(true);
    expect(saved).toEqual([{ date: '2026-05-01', notes: 'Komt op tijd.' }]);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('while its own save runs (and navigates after creating), nothing is asked', async () => {
    const form = evaluationForm();
    let duringSave: boolean | null = null;
    const guard = guardForm(form, () => ({
      save: async () => void (duringSave = hasUnsavedChanges()),
    }));
    cleanups.push(guard.stop);
    form.setValue('notes', 'Nieuw traject', { shouldDirty: true });
    await guard.submit();
    expect(duringSave).toBe(false);
  });

  it('Opslaan in the question with a wrong value: not saved, the coach stays and is told why', async () => {
    const form = evaluationForm();
    const save = vi.fn(async () => undefined);
    cleanups.push(guardForm(form, () => ({ save })).stop);
    form.setValue('date', '', { shouldDirty: true });
    answerWith('save');
    expect(await confirmLeave()).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(shownMessages()).toEqual([
      'Niet opgeslagen: controleer de gemarkeerde velden. Uw wijzigingen staan er nog.',
    ]);
    expect(form.getValues('date')).toBe('');
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('a save that throws becomes a Dutch message and the typed text stays', async () => {
    const form = evaluationForm();
    const guard = guardForm(form, () => ({
      save: async () => {
        throw new Error('transaction aborted');
      },
    }));
    cleanups.push(guard.stop);
    form.setValue('notes', 'Verslag van vandaag', { shouldDirty: true });
    expect(await guard.submit()).toBe(false);
    expect(shownMessages()).toEqual([
      'Opslaan is niet gelukt; er is niets gewijzigd. Probeer het opnieuw.',
    ]);
    expect(form.getValues('notes')).toBe('Verslag van vandaag');
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('Niet opslaan puts the form back to what was stored', async () => {
    const form = evaluationForm();
    cleanups.push(guardForm(form, () => ({ save: async () => undefined })).stop);
    form.setValue('notes', 'weg ermee', { shouldDirty: true });
    answerWith('discard');
    expect(await confirmLeave()).toBe(true);
    expect(form.getValues('notes')).toBe('');
    expect(hasUnsavedChanges()).toBe(false);
  });
});

describe('a form that keeps a draft (certificate text, progress report)', () => {
  const key = 'certificate-text:t1';

  it('keeps what is typed, gives it back unsaved in a new form, and forgets it once saved', async () => {
    const { items, storage } = memoryStorage();
    const store = storageDrafts(() => storage);
    const first = evaluationForm();
    const firstGuard = guardForm(first, () => ({ draft: { store, key } }));
    first.setValue('notes', 'Een harde werker.', { shouldDirty: true });
    firstGuard.stop();
    expect(JSON.parse(items.get(`instap.draft.${key}`) ?? 'null')).toEqual({
      date: '2026-05-01',
      notes: 'Een harde werker.',
    });

    const again = evaluationForm();
    const guard = guardForm(again, () => ({ draft: { store, key }, save: async () => undefined }));
    cleanups.push(guard.stop);
    expect(again.getValues('notes')).toBe('Een harde werker.');
    expect(closingLosesWork()).toBe(true);
    expect(hasUnsavedChanges()).toBe(false);

    expect(await guard.submit()).toBe(true);
    expect(items.has(`instap.draft.${key}`)).toBe(false);
  });

  it('typing it back to what was stored forgets the draft; release forgets it too', () => {
    const { items, storage } = memoryStorage();
    const store = storageDrafts(() => storage);
    const form = evaluationForm();
    const guard = guardForm(form, () => ({ draft: { store, key } }));
    cleanups.push(guard.stop);
    form.setValue('notes', 'x', { shouldDirty: true });
    expect(items.size).toBe(1);
    form.setValue('notes', '', { shouldDirty: true });
    expect(items.size).toBe(0);
    form.setValue('notes', 'y', { shouldDirty: true });
    guard.release();
    expect(items.size).toBe(0);
    form.setValue('notes', 'z', { shouldDirty: true });
    expect(items.size).toBe(0);
    expect(closingLosesWork()).toBe(false);
  });

  it('a draft of another shape brings back only the fields the form has, of their type', () => {
    expect(
      draftValuesFor(
        { notes: '', hours: 16 },
        JSON.parse('{"notes":"tekst","hours":"zestien","__proto__":{"x":1},"extra":"weg"}'),
      ),
    ).toEqual({ notes: 'tekst', hours: 16 });
  });

  it('unreadable or unavailable storage means no draft, never an error', () => {
    const broken = storageDrafts(() => ({
      getItem: () => '{niet json',
      setItem: () => {
        throw new DOMException('vol', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    }));
    expect(broken.read(key)).toBeNull();
    expect(() => broken.write(key, { notes: 'x' })).not.toThrow();
    expect(storageDrafts(() => null).read(key)).toBeNull();
  });
});
