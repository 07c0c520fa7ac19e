import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { FigureRecord } from '../../../src-shared/figures';
import { figureRecord } from '../figures/cases';

/**
 * Issue 15 on Resultaten (points 5, 8, 9): the discussed who did not start per reason and
 * `waiting`, the outflow to paid work in the sector and still working after 6 and 12 months
 * (hidden while no follow-up moment has come), and the programme filter.
 */

let records: FigureRecord[] = [];

vi.mock('../../../src-renderer/features/results/use-figure-records', () => ({
  useFigureRecords: () => ({ records, names: new Map(), candidateOf: new Map() }),
}));
vi.mock('../../../src-renderer/features/results/InfographicButton', () => ({
  InfographicButton: () => null,
}));
vi.mock('../../../src-renderer/features/coaching/CoachingHoursSection', () => ({
  CoachingHoursSection: () => null,
}));

const paidWork = (key: string, endedOn: string, fields: Partial<FigureRecord> = {}) =>
  figureRecord({
    key,
    employer: 'Zorgcentrum De Linde',
    discussedOn: '2025-01-10',
    startedOn: '2025-01-13',
    endedOn,
    status: 'completed',
    outcome: 'paid-work',
    programme: 'WEP Trein',
    ...fields,
  });

function twentyTwentyFive(): FigureRecord[] {
  const discussed = (key: string, fields: Partial<FigureRecord>) =>
    figureRecord({ key, discussedOn: '2025-03-03', status: 'discussed', ...fields });
  return [
    // Ended 2025-05-30: the 6-month follow-up fell due on 2025-11-30, the 12-month one not yet.
    paidWork('sustained', '2025-05-30', {
      outflow: { inSector: true },
      followUp: { months6: 'employed', months12: null },
    }),
    paidWork('left', '2025-05-30', {
      outflow: { inSector: false },
      followUp: { months6: 'not-employed', months12: null },
    }),
    // Ended in October: no follow-up moment yet.
    paidWork('recent', '2025-10-31', { outflow: { inSector: true }, programme: 'Zorgpad' }),
    discussed('withdrew', { notStartedReason: 'withdrew' }),
    discussed('no-place-1', { notStartedReason: 'no-placement' }),
    discussed('no-place-2', { notStartedReason: 'no-placement' }),
    discussed('open', { notStartedReason: null }),
  ];
}

/** The bars of the panel titled `title` as [label, value] pairs. */
function bars(html: string, title: string): string[][] {
  const section = html.split('<section').find((part) => part.includes(`>${title}</h2>`)) ?? '';
  return [
    ...section.matchAll(/class="bar-label">(.*?)<\/span>.*?class="bar-value">(.*?)<\/span>/g),
  ].map(([, label, value]) => [label ?? '', value ?? '']);
}

describe('Resultaten with the figures of issue 15', async () => {
  vi.useFakeTimers({ now: new Date(2025, 11, 15, 10, 0), toFake: ['Date'] });
  vi.resetModules();
  await import('../../../src-renderer/ui/i18n');
  const { ResultsScreen } = await import('../../../src-renderer/features/results/ResultsScreen');
  const { useResults } = await import('../../../src-renderer/features/results/results-store');
  afterAll(() => vi.useRealTimers());
  const render = () => renderToStaticMarkup(<ResultsScreen />);
  records = twentyTwentyFive();

  it('counts the discussed who did not start per reason, and those still waiting', () => {
    expect(bars(render(), 'Besproken, niet gestart')).toEqual([
      ['Geen passende plek', '2'],
      ['Zag ervan af', '1'],
      ['Vond zelf werk', '0'],
      ['Niet geselecteerd', '0'],
      ['Gezondheid', '0'],
      ['Overig', '0'],
      ['Wacht nog', '1'],
    ]);
  });

  it('says how many went to paid work in the sector and are still working after 6 months', () => {
    const html = render();
    expect(html).toContain('2 van 3 naar betaald werk in de sector zorg en welzijn');
    expect(html).toContain('1 van 2 na 6 maanden nog aan het werk');
    // No 12-month follow-up has come yet: that line is not shown at all.
    expect(html).not.toContain('na 12 maanden');
  });

  it('filters every figure by programme, with the labels as choices', () => {
    expect(render()).toContain('<option value="Zorgpad">Zorgpad</option>');
    // A server render reads a zustand store's initial state (its server snapshot): the coach's
    // choice goes there for this render.
    const initial = useResults.getInitialState();
    Object.assign(initial, { programme: 'Zorgpad' });
    let html: string;
    try {
      html = render();
    } finally {
      Object.assign(initial, { programme: null });
    }
    expect(html).toContain('<option value="Zorgpad" selected="">Zorgpad</option>');
    expect(html).toContain('1 van 1 naar betaald werk in de sector zorg en welzijn');
    expect(html).not.toContain('na 6 maanden');
  });
});
