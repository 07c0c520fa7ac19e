import { useEffect, useRef } from 'react';

/**
 * A keyboard shortcut for the screen that uses it: 'mod' is Ctrl (Cmd on macOS). Plain keys such
 * as '/' do not fire while the user types in a field.
 */
export function useShortcut(keys: string[], action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const signature = keys.join(',');
  useEffect(() => {
    const wanted = signature.split(',');
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const pressed = `${mod ? 'mod+' : ''}${event.key.toLowerCase()}`;
      if (!wanted.includes(pressed)) return;
      const target = event.target as HTMLElement | null;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        target?.isContentEditable;
      if (!mod && typing) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [signature]);
}
