import { useSyncExternalStore } from 'react';
import { navigate as navigateHash } from 'wouter/use-hash-location';
import { confirmLeave, hasUnsavedChanges } from './leave-guards';

type NavigateOptions = { replace?: boolean; state?: unknown };

/** The parts of `window` the location needs; a test passes its own. */
export interface HashWindow {
  location: { hash: string };
  history: {
    state: unknown;
    pushState(state: unknown, unused: string, url: string): void;
    back(): void;
  };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface GuardedLocation {
  subscribe(listener: () => void): () => void;
  /** The route on screen: it only follows the address once leaving was allowed. */
  path(): string;
  navigate(to: string, options?: NavigateOptions): void;
}

const pathOf = (hash: string) => `/${hash.replace(/^#?\/?/, '')}`;

/**
 * wouter's hash location, except that the route on screen changes only when leaving is allowed.
 * A link or `navigate` asks before the address changes. Back, Forward and a typed address have
 * already changed it when the page hears of it (`hashchange`), so the page puts the address it
 * shows back on top, asks, and goes where the coach went (history.back) only once allowed.
 */
export function createGuardedLocation(
  win: HashWindow,
  navigateTo: (to: string, options?: NavigateOptions) => void,
  leaveAllowed: () => Promise<boolean>,
  mustAsk: () => boolean,
): GuardedLocation {
  let shownHash = win.location.hash;
  /** Our own navigation is under way: its hashchange was allowed before it happened. */
  let navigating = false;
  /** The address the browser went to, allowed once the coach chose; history.back returns there. */
  let allowed: string | null = null;
  const listeners = new Set<() => void>();

  const show = () => {
    shownHash = win.location.hash;
    allowed = null;
    for (const listener of listeners) listener();
  };
  const onHashChange = () => {
    const hash = win.location.hash;
    if (hash === shownHash) return;
    if (navigating || hash === allowed || !mustAsk()) return show();
    win.history.pushState(win.history.state, '', shownHash || '#/');
    void leaveAllowed().then((leave) => {
      if (!leave) return;
      allowed = hash;
      win.history.back();
    });
  };
  const go = (to: string, options?: NavigateOptions) => {
    navigating = true;
    try {
      navigateTo(to, options);
    } finally {
      navigating = false;
    }
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        shownHash = win.location.hash;
        win.addEventListener('hashchange', onHashChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('hashchange', onHashChange);
      };
    },
    path: () => pathOf(shownHash),
    navigate(to, options) {
      if (!mustAsk()) return go(to, options);
      void leaveAllowed().then((leave) => leave && go(to, options));
    },
  };
}

const location =
  typeof window === 'undefined'
    ? null
    : createGuardedLocation(window, navigateHash, () => confirmLeave(), hasUnsavedChanges);

const noSubscription = () => () => undefined;

/** The app's location hook for wouter's <Router hook>: hash routes that guard unsaved work. */
export function useGuardedHashLocation(): [
  string,
  (to: string, options?: NavigateOptions) => void,
] {
  const path = useSyncExternalStore(
    location?.subscribe ?? noSubscription,
    location?.path ?? (() => '/'),
    () => '/',
  );
  return [path, location?.navigate ?? (() => undefined)];
}

/** Links render as "#/path", as with wouter's own hash location. */
useGuardedHashLocation.hrefs = (href: string) => `#${href}`;
