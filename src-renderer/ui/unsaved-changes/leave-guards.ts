/**
 * Every form on screen registers a guard here; every way of leaving asks here first: in-app
 * navigation and Back (guarded-hash-location), closing a dialog (ui/Dialog) and closing the
 * window (LeaveConfirmation). So no way of leaving can forget a form, and no form can forget a
 * way of leaving.
 */

/** What the coach chose in "Wijzigingen niet opgeslagen". */
export type LeaveChoice = 'save' | 'discard' | 'stay';

export interface LeaveGuard {
  /** Changes that leaving would lose: the coach is asked first. */
  hasUnsavedChanges(): boolean;
  /** Changes kept as a draft in this window: leaving keeps them, closing the window does not. */
  hasDraft(): boolean;
  /** Saves; false when it could not (the form shows why and the coach stays). */
  save(): Promise<boolean>;
  /** "Niet opslaan": forgets the changes. */
  discard(): void;
  /** The form on screen, so that closing a dialog asks only about the forms inside it. */
  element(): Element | null;
}

type Question = () => Promise<LeaveChoice>;

const guards = new Set<LeaveGuard>();
let question: Question | null = null;
let asking = false;

/** Adds a guard; returns its removal. */
export function registerLeaveGuard(guard: LeaveGuard): () => void {
  guards.add(guard);
  return () => void guards.delete(guard);
}

/** The dialog that asks the coach (LeaveConfirmation); returns its removal. */
export function setLeaveQuestion(ask: Question): () => void {
  question = ask;
  return () => {
    if (question === ask) question = null;
  };
}

export function hasUnsavedChanges(): boolean {
  return [...guards].some((guard) => guard.hasUnsavedChanges());
}

/** Closing the window loses unsaved changes and drafts alike. */
export function closingLosesWork(): boolean {
  return [...guards].some((guard) => guard.hasUnsavedChanges() || guard.hasDraft());
}

/**
 * Resolves true when leaving may go ahead: nothing unsaved among the guards `within` selects, or
 * the coach chose to save (and it worked) or not to save. While one question is open, a second
 * request to leave (Back pressed twice) stays.
 */
export async function confirmLeave(
  within: (guard: LeaveGuard) => boolean = () => true,
): Promise<boolean> {
  const unsaved = [...guards].filter((guard) => within(guard) && guard.hasUnsavedChanges());
  if (unsaved.length === 0) return true;
  // Without anyone to ask, keep the work: staying is never a loss.
  if (asking || !question) return false;
  asking = true;
  try {
    const choice = await question();
    if (choice === 'stay') return false;
    if (choice === 'discard') {
      for (const guard of unsaved) guard.discard();
      return true;
    }
    for (const guard of unsaved) {
      if (!(await guard.save().catch(() => false))) return false;
    }
    return true;
  } finally {
    asking = false;
  }
}
