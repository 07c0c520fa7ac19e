import { describe, expect, it } from 'vitest';
import { breakdown, computeFigures } from '../../../src-shared/figures';
import { figureRecord } from './cases';

/**
 * A run reuses the typed arrays of the one before (src-shared/figures, `runMarks`). Its own file,
 * so this module starts with empty buffers: a run with fewer people but more records than the
 * first must still grow the buffer of discussed places.
 */

const year2019 = { from: '2019-01-01', to: '2019-12-31' };
const R = '2021-06-30';

describe('the buffers a run reuses', () => {
  it('grow for more discussed places, also when the people fit', () => {
    const fourPeople = ['a', 'b', 'c', 'd'].map((key) =>
      figureRecord({ key, discussedOn: '2019-03-01' }),
    );
    expect(computeFigures(fourPeople, year2019, R).discussed).toBe(4);

    // Two people, each discussed for three kinds of placement: six places in the breakdown.
    const kinds = ['work-experience', 'trial-placement', 'other'] as const;
    const twoPeople = ['x', 'y'].flatMap((person) =>
      kinds.map((kind) =>
        figureRecord({
          key: `${person}-${kind}`,
          candidateKey: person,
          kind,
          discussedOn: '2019-03-01',
          notStartedReason: 'withdrew',
        }),
      ),
    );
    const rows = breakdown(twoPeople, year2019, R, 'kind');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.figures.discussed, row.group).toBe(2);
      expect(row.figures.notStarted, row.group).toMatchObject({ withdrew: 2, waiting: 0 });
    }
  });
});
