import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { aroundToday } from './cases';

/**
 * Issue 15 on Resultaten, rendered as the screen renders it in its default view (this year, today
 * as peildatum), with the database and the parts that need it standing in: the breakdowns per
 * benefit type and per start year (rule 4), as it stood today (rule 1).
 */

const records = aroundToday();

vi.mock('../../../src-renderer/features/results/use-figure-records', () => ({
  useFigureRecords: () => ({ records, names: new Map(), candidateOf: new Map() }),
}));
vi.mock('../../../src-renderer/features/results/InfographicButton', () => ({
  InfographicButton: () => null,
}));
vi.mock('../../../src-renderer/features/coaching/CoachingHoursSection', () => ({
  CoachingHoursSection: () => null,
}));

/** The rows of the table in the section titled `title`: each row's cells as text. */
function tableRows(html: string, title: string): string[][] {
  const section = html.split('<section').find((part) => part.includes(`>${title}</h2>`));
  if (section === undefined) return [];
  return [...section.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) =>
    [...(row ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell ?? ''),
  );
}

const cohortHeadings = ['Gestart', 'Afgerond', 'Naar betaald werk', 'Lopend', 'Voortijdig gestopt'];

describe('Resultaten in its default view, on 15 June 2026 (issue 15)', async () => {
  vi.useFakeTimers({ now: new Date(2026, 5, 15, 9, 30), toFake: ['Date'] });
  vi.resetModules();
  await import('../../../src-renderer/ui/i18n');
  const { ResultsScreen } = await import('../../../src-renderer/features/results/ResultsScreen');
  const html = renderToStaticMarkup(<ResultsScreen />);
  afterAll(() => vi.useRealTimers());

  it('is this year with today as peildatum', () => {
    expect(html).toContain('<option value="2026" selected="">Jaar 2026</option>');
    expect(html).toContain('value="2026-01-01"');
    expect(html).toContain('value="2026-12-31"');
    expect(html).toContain('value="2026-06-15"');
  });

  it('counts no start after today: two started, one still ongoing', () => {
    expect(tableRows(html, 'Per soort traject')).toEqual([
      ['Soort', ...cohortHeadings],
      ['Werkervaringsplaats', '2', '1', '1', '1', '0'],
    ]);
  });

  it('shows per benefit type the discussed and the cohort, a rate beside its cohort and ongoing', () => {
    expect(tableRows(html, 'Per uitkering')).toEqual([
      ['Uitkering', 'Besproken', ...cohortHeadings],
      ['Participatiewet (bijstand)', '2', '2', '1', '1', '1', '0'],
      // Discussed this year; the start lies after today.
      ['Wajong', '1', '0', '0', '0', '0', '0'],
    ]);
  });

  it('shows per start year the cohort only', () => {
    expect(tableRows(html, 'Per startjaar')).toEqual([
      ['Startjaar', ...cohortHeadings],
      ['2026', '2', '1', '1', '1', '0'],
    ]);
  });
});
