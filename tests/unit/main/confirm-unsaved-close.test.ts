import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ answer: 1, asked: [] as unknown[][] }));
vi.mock('electron', () => ({
  dialog: {
    showMessageBoxSync: (...args: unknown[]) => {
      electron.asked.push(args);
      return electron.answer;
    },
  },
}));

const { confirmUnsavedClose, UNSAVED_CLOSE_QUESTION } =
  await import('../../../src-main/electron/confirm-unsaved-close');

/** A window whose page refuses to unload (beforeunload), as Electron reports it. */
function refusingWindow() {
  const window = { webContents: new EventEmitter() };
  confirmUnsavedClose(window as never);
  return () => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    window.webContents.emit('will-prevent-unload', event);
    return { closes: event.defaultPrevented };
  };
}

describe('closing the Electron window with unsaved changes', () => {
  beforeEach(() => {
    electron.asked.length = 0;
  });

  it('asks in Dutch, with Annuleren as the default and the answer to Escape', () => {
    const close = refusingWindow();
    electron.answer = 1;
    expect(close()).toEqual({ closes: false });
    expect(electron.asked).toHaveLength(1);
    expect(electron.asked[0]?.[1]).toEqual(UNSAVED_CLOSE_QUESTION);
    expect(UNSAVED_CLOSE_QUESTION.buttons).toEqual(['Sluiten zonder opslaan', 'Annuleren']);
    expect(UNSAVED_CLOSE_QUESTION.defaultId).toBe(1);
    expect(UNSAVED_CLOSE_QUESTION.cancelId).toBe(1);
  });

  it('closes only when the coach chooses "Sluiten zonder opslaan"', () => {
    const close = refusingWindow();
    electron.answer = 0;
    expect(close()).toEqual({ closes: true });
  });
});
