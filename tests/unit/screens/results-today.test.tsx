import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { untilNextDay } from '../../../src-renderer/ui/use-today';

/**
 * Resultaten's default peildatum is today, and stays today: the app may be started days before
 * the screen is shown (or left open over New Year), and the figures must not freeze on the start.
 */

vi.mock('../../../src-renderer/features/results/use-figure-records', () => ({
  useFigureRecords: () => ({ records: [], names: new Map(), candidateOf: new Map() }),
}));
vi.mock('../../../src-renderer/features/results/InfographicButton', () => ({
  InfographicButton: () => null,
}));

describe('Resultaten follows the real date', async () => {
  // The app starts on 31 December 2026, loading the screen's modules (and its store).
  vi.useFakeTimers({ now: new Date(2026, 11, 31, 16, 0), toFake: ['Date'] });
  vi.resetModules();
  await import('../../../src-renderer/ui/i18n');
  const { ResultsScreen } = await import('../../../src-renderer/features/results/ResultsScreen');
  afterAll(() => vi.useRealTimers());

  it('shows the day and year it is shown on, not those of the start', () => {
    vi.setSystemTime(new Date(2027, 0, 2, 9, 0));
    const html = renderToStaticMarkup(<ResultsScreen />);
    expect(html).toContain('value="2027-01-02"');
    expect(html).toContain('value="2027-01-01"');
    expect(html).toContain('value="2027-12-31"');
    expect(html).toContain('<option value="2027" selected="">Jaar 2027</option>');
  });
});

describe('the next check of the date', () => {
  it('is one second past the coming midnight', () => {
    expect(untilNextDay(new Date(2026, 11, 31, 23, 59, 0))).toBe(61_000);
    expect(untilNextDay(new Date(2026, 5, 15, 0, 0, 0))).toBe(24 * 3600_000 + 1000);
  });
});
