import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../src-renderer/ui/i18n';
import { emptyFigures, type SuppliedFigures } from '../../../src-shared/figures';
import { AddedFiguresTable } from '../../../src-renderer/features/regional/AddedFiguresTable';

/**
 * Regio (issue 15, point 11 on screen): a figure a partner's file lacks reads "niet aangeleverd",
 * never 0.
 */

function cells(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
    .slice(1)
    .map(([, row]) =>
      [...(row ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) =>
        (cell ?? '').replace(/<[^>]+>/g, ''),
      ),
    );
}

describe('the added figures on Regio', () => {
  const own: SuppliedFigures = {
    ...emptyFigures(),
    completedToPaidWork: 4,
    toPaidWorkInSector: 3,
    notStarted: { ...emptyFigures().notStarted, 'no-placement': 2, withdrew: 1, waiting: 5 },
    sustained6Months: { due: 3, employed: 2 },
    sustained12Months: { due: 0, employed: 0 },
  };
  const olderPartner: SuppliedFigures = {
    ...emptyFigures(),
    completedToPaidWork: 2,
    notStarted: null,
    sustained6Months: null,
    sustained12Months: null,
    toPaidWorkInSector: null,
  };
  const html = renderToStaticMarkup(
    <AddedFiguresTable
      firstColumn="Organisatie"
      rows={[
        { key: 'own', label: 'Stichting De Brug', figures: own },
        { key: 'partner', label: 'Zorggroep Oost', figures: olderPartner },
        { key: 'zero', label: 'Werkkracht', figures: emptyFigures() },
      ]}
    />,
  );

  it('shows what a file supplies, and "—" for a follow-up whose moment has not come', () => {
    expect(cells(html)[0]).toEqual(['Stichting De Brug', '3', '5', '3 van 4', '2 van 3', '—']);
  });

  it('says "niet aangeleverd" where a partner’s file lacks a figure, never 0', () => {
    expect(cells(html)[1]).toEqual(['Zorggroep Oost', ...Array(5).fill('niet aangeleverd')]);
  });

  it('keeps a supplied 0 a 0', () => {
    expect(cells(html)[2]).toEqual(['Werkkracht', '0', '0', '0 van 0', '—', '—']);
  });
});
