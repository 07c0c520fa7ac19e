import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import '../../../src-renderer/ui/i18n';
import { FollowUpDue } from '../../../src-renderer/features/trajectories/FollowUpDue';

/** Issue 15, point 8: a follow-up that is due shows on the candidate and the trajectory. */

describe('a due follow-up', () => {
  vi.useFakeTimers({ now: new Date(2025, 11, 15, 9, 0), toFake: ['Date'] });
  afterAll(() => vi.useRealTimers());
  const paidWork = { outcome: 'paid-work' as const, endedOn: '2025-05-30' };
  const text = (followUp: { months6: 'employed' | null; months12: null }, outcome = paidWork) =>
    renderToStaticMarkup(<FollowUpDue trajectory={{ ...outcome, followUp }} />).replace(
      /<[^>]+>/g,
      '|',
    );

  it('says which moment is due and since when, on the day it is shown', () => {
    expect(text({ months6: null, months12: null })).toContain(
      'Nazorg na 6 maanden is aan de beurt (sinds 30-11-2025).',
    );
    expect(text({ months6: null, months12: null })).not.toContain('12 maanden');
  });

  it('goes once the follow-up is recorded, and never shows without paid work', () => {
    expect(text({ months6: 'employed', months12: null })).toBe('');
    expect(
      text(
        { months6: null, months12: null },
        { outcome: 'education' as never, endedOn: '2025-05-30' },
      ),
    ).toBe('');
  });
});
