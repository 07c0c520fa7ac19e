import { describe, expect, it } from 'vitest';
import { nl } from '../../../src-renderer/ui/i18n/nl';
import { messageEntries } from './message-entries';

describe('one form of address', () => {
  it('speaks to the coach as "u" everywhere, never "je", "jij" or "jouw"', () => {
    const informal = messageEntries(nl)
      .filter(([, text]) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(text))
      .map(([key]) => key);
    expect(informal).toEqual([]);
  });
});
