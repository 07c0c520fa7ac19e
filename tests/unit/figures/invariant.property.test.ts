import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benefits,
  outcomes,
  statuses,
  stopReasons,
  trajectoryKinds,
} from '../../../src-shared/domain/codes';
import { computeFigures, type FigureRecord } from '../../../src-shared/figures';
import { propertySettings } from '../property-settings';

/** A real day of 2017–2022 as `YYYY-MM-DD`. */
const day = fc
  .date({
    min: new Date('2017-01-01T00:00:00Z'),
    max: new Date('2022-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Mostly real days, sometimes nothing or something that is not a date at all. */
const maybeDay = fc.oneof(
  { weight: 6, arbitrary: day },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('2019-02-29', '2019-13-01', '', '20190301', '2019-1-5') },
);

/** Any record the figures may meet, valid or not (status and dates need not agree). */
const record: fc.Arbitrary<FigureRecord> = fc.record({
  key: fc.string({ maxLength: 6 }),
  candidateKey: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
  kind: fc.constantFrom(...trajectoryKinds),
  employer: fc.option(fc.constantFrom('De Linde', ' de linde ', 'IJsselheem', '', '  '), {
    nil: null,
  }),
  benefit: fc.option(fc.constantFrom(...benefits), { nil: null }),
  discussedOn: maybeDay,
  startedOn: maybeDay,
  endedOn: maybeDay,
  status: fc.constantFrom(...statuses),
  stopReason: fc.option(fc.constantFrom(...stopReasons), { nil: null }),
  outcome: fc.option(fc.constantFrom(...outcomes), { nil: null }),
});

describe('started = completed + ongoing + stopped (fast-check)', () => {
  it('holds, with every count a non-negative integer, for any records, period and reference', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        day,
        day,
        day,
        (records, a, b, reference) => {
          const period = a <= b ? { from: a, to: b } : { from: b, to: a };
          const f = computeFigures(records, period, reference);
          expect(f.started).toBe(f.completed + f.ongoing + f.stopped);
          const counts = [
            f.discussed,
            f.started,
            f.employers,
            f.completed,
            f.completedToPaidWork,
            f.ongoing,
            f.stopped,
            ...Object.values(f.outcomes),
            ...Object.values(f.stopReasons),
          ];
          for (const count of counts) {
            expect(Number.isInteger(count)).toBe(true);
            expect(count).toBeGreaterThanOrEqual(0);
          }
          expect(f.completedToPaidWork).toBeLessThanOrEqual(f.completed);
          expect(f.employers).toBeLessThanOrEqual(f.started);
          const outcomeSum = Object.values(f.outcomes).reduce((s, n) => s + n, 0);
          expect(outcomeSum).toBe(f.completed + f.stopped);
          const reasonSum = Object.values(f.stopReasons).reduce((s, n) => s + n, 0);
          expect(reasonSum).toBe(f.stopped);
          expect(f.averageDurationDays === null).toBe(f.completed + f.stopped === 0);
        },
      ),
      propertySettings(500),
    );
  });
});
