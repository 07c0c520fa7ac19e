import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeRecordsFileSchema } from '../../../src-shared/exchange';
import { validateTrajectories } from '../../../src-shared/exchange/generated/trajectories-validator';
import { validRecordsFile } from '../../../src-shared/exchange/records-fast-path';
import { errorsOf, expectIssue, fixtureJson, parseJson, parsedFile } from './helpers';
import type { Raw } from './helpers';
import { propertySettings } from '../property-settings';

/**
 * The fast path for valid files with records (generated validator + one pass) beside zod: it
 * accepts only what zod accepts, outputs exactly what zod outputs, and leaves every refusal, with
 * its Dutch messages, to zod.
 */

const NAME = 'partner.json';
const RECORD_FIXTURES = [
  'stichting-de-linde-2019-records.json',
  'stichting-de-linde-2019-records-newer.json',
  'stichting-de-linde-2019-records-older.json',
  'stichting-de-linde-2020-records.json',
] as const;
const PROPERTY = propertySettings(300);
const RUNS = PROPERTY.numRuns;
const TIMEOUT = 60_000;

/** A fixture as it arrives in a file (JSON: no undefined values, absent keys stay absent). */
function asRead(value: unknown): Raw {
  return JSON.parse(JSON.stringify(value)) as Raw;
}

function records(fixture: string = RECORD_FIXTURES[0]): Raw & { trajectories: Raw[] } {
  return fixtureJson(fixture) as Raw & { trajectories: Raw[] };
}

describe('the fast path for files with records', () => {
  it('reads each valid sample file, with the same output as zod, key order included', () => {
    for (const fixture of RECORD_FIXTURES) {
      const raw = asRead(records(fixture));
      const fast = validRecordsFile(raw);
      const zod = exchangeRecordsFileSchema.parse(raw);
      expect(fast, fixture).toStrictEqual(zod);
      expect(JSON.stringify(fast), fixture).toBe(JSON.stringify(zod));
    }
  });

  const reversed = (value: Raw): Raw => Object.fromEntries(Object.entries(value).reverse());
  const without = (value: Raw, keys: string[]): Raw =>
    Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
  const outflow = { contractType: 'permanent', instruments: ['job-coaching'], inSector: true };
  const unusualRecords: [string, (t: Raw) => Raw][] = [
    ['an unknown key', (t) => ({ ...t, futureField: 'x' })],
    [
      'an unknown key in learningGoals',
      (t) => ({ ...t, learningGoals: { total: 2, achieved: 1, futureCount: 3 } }),
    ],
    ['an unknown key in outflow', (t) => ({ ...t, outflow: { ...outflow, futureFlag: true } })],
    [
      'an unknown key in followUp',
      (t) => ({ ...t, followUp: { months6: null, months12: null, x: 1 } }),
    ],
    ['the keys in another order', (t) => reversed(t)],
    ['the keys of outflow in another order', (t) => ({ ...t, outflow: reversed(outflow) })],
    [
      'only one of the optional keys',
      (t) => without(t, ['notStartedReason', 'programme', 'outflow']),
    ],
    ['ref as its last key', (t) => ({ ...without(t, ['ref']), ref: t.ref })],
    ['an unknown key and no learning goals', (t) => ({ ...t, learningGoals: null, x: 1 })],
    [
      'an unknown key and none of the optional keys',
      (t) => ({ ...without(t, ['notStartedReason', 'programme', 'outflow', 'followUp']), x: 1 }),
    ],
  ];

  it.each(unusualRecords)(
    'outputs a record with %s as zod does: the format’s keys in its order',
    (_name, change) => {
      const file = records();
      file.trajectories[1] = change(file.trajectories[1] as Raw);
      const raw = asRead(file);
      const zod = exchangeRecordsFileSchema.parse(raw);
      const fast = validRecordsFile(raw);
      expect(fast).toStrictEqual(zod);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
    },
  );

  // What an exporter writes is already zod's output: it is kept as read, which spares a copy of
  // every record (the import's speed rests on it). Each record below has the format's keys in its
  // order, some optional keys absent as in older files, nested objects filled or null.
  it('keeps a record that already has the format’s keys in its order, instead of copying it', () => {
    const file = records('stichting-de-linde-2019-records-newer.json');
    const formatted = exchangeRecordsFileSchema.parse(file).trajectories as unknown as Raw[];
    const withEverything = (t: Raw): Raw => ({
      ...t,
      notStartedReason: null,
      programme: 'Zorg en welzijn',
      outflow,
      followUp: { months6: 'employed', months12: null },
    });
    file.trajectories = [
      withEverything(formatted[6] as Raw),
      { ...formatted[0], learningGoals: null },
      without(withEverything(formatted[10] as Raw), ['notStartedReason']),
      without(withEverything(formatted[2] as Raw), ['notStartedReason', 'programme', 'outflow']),
      without(formatted[1] as Raw, ['notStartedReason', 'programme', 'outflow', 'followUp']),
    ];
    const raw = asRead(file);
    const fast = validRecordsFile(raw);
    expect(fast).toStrictEqual(exchangeRecordsFileSchema.parse(raw));
    (raw.trajectories as Raw[]).forEach((record, i) =>
      expect(fast?.trajectories[i], `record ${i}`).toBe(record),
    );
  });

  // Each of these passes the generated check of the JSON Schema (without its date format), and
  // zod refuses it.
  const beyondTheSchema: [string, string, (t: Raw, all: Raw[]) => void, string][] = [
    [
      'a date that is not in the calendar',
      'endedOn',
      (t) => (t.endedOn = '2019-02-30'),
      'geen bestaande datum',
    ],
    [
      'an end before the start',
      'endedOn',
      (t) => (t.endedOn = '1999-01-01'),
      'ligt vóór de startdatum',
    ],
    ['a ref an earlier record has', 'ref', (t, all) => (t.ref = all[0]?.ref), 'komt al voor'],
    [
      'more goals achieved than there are',
      'learningGoals.achieved',
      (t) => (t.learningGoals = { total: 2, achieved: 3 }),
      'is groter dan total',
    ],
    [
      'a count beyond the safe integers',
      'learningGoals.total',
      (t) => (t.learningGoals = { total: 1e20, achieved: 0 }),
      'geheel getal',
    ],
  ];

  it.each(beyondTheSchema)(
    'leaves %s, which the generated check lets through, to zod and its message',
    (_name, field, change, text) => {
      const file = records();
      const index = file.trajectories.findIndex((t, i) => i > 0 && t.status === 'completed');
      const record = file.trajectories[index] as Raw;
      change(record, file.trajectories);
      expect(validateTrajectories(asRead(file).trajectories)).toBe(true);
      expect(validRecordsFile(asRead(file))).toBeNull();
      const errors = errorsOf(parseJson(NAME, file));
      expect(errors).toHaveLength(1);
      expect(expectIssue(errors, NAME, String(record.ref), field).message).toContain(text);
    },
  );

  it('leaves a name of 200 characters that are not all UTF-16 units to zod, which accepts it', () => {
    const file = records();
    const record = file.trajectories[0] as Raw;
    // 150 characters outside the BMP: 300 UTF-16 units, which the fast check counts.
    record.employer = '😀'.repeat(150);
    expect(validRecordsFile(asRead(file))).toBeNull();
    const read = parsedFile(parseJson(NAME, file));
    expect(read.trajectories?.[0]?.employer).toBe('😀'.repeat(150));
  });

  it(
    'accepts a changed file only when zod accepts it, with the same output',
    () => {
      const base = records();
      const refs = base.trajectories.map((t) => t.ref);
      const fields = [
        ...Object.keys(base.trajectories[0] as Raw),
        'notStartedReason',
        'programme',
        'outflow',
        'followUp',
        'futureField',
      ];
      const values = fc.oneof(
        fc.constantFrom(
          undefined,
          null,
          '',
          ' ',
          'a b',
          '2019-02-28',
          '2019-02-30',
          '1899-12-31',
          '2100-12-31',
          '2100-13-01',
          '2019-5-1',
          'completed',
          'stopped',
          'ongoing',
          'discussed',
          'health',
          'paid-work',
          'work-experience',
          'x'.repeat(201),
          '😀'.repeat(150),
          0,
          -1,
          1.5,
          169,
          1e20,
          true,
          [],
          {},
          { total: 3, achieved: 2 },
          { total: 2, achieved: 3 },
          { total: 1e20, achieved: 0 },
          { contractType: 'permanent', instruments: ['none'], inSector: true },
          { contractType: 'permanent', instruments: Array(7).fill('none'), inSector: true },
          { months6: null, months12: 'employed' },
        ),
        fc.constantFrom(...refs),
      );
      const change = fc.record({
        index: fc.nat({ max: base.trajectories.length - 1 }),
        field: fc.constantFrom(...fields),
        value: values,
      });
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
          const file = records();
          for (const { index, field, value } of changes) {
            (file.trajectories[index] as Raw)[field] = structuredClone(value);
          }
          const raw = asRead(file);
          const fast = validRecordsFile(raw);
          const zod = exchangeRecordsFileSchema.safeParse(raw);
          if (!zod.success) refused++;
          if (fast === null) return;
          accepted++;
          expect(zod.success).toBe(true);
          expect(fast).toStrictEqual(zod.data);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        }),
        PROPERTY,
      );
      // Both answers occur, so the comparison above is not vacuous. About 9 % of the changed files
      // are accepted and 91 % refused; these bounds stay four standard deviations below at 300
      // cases, so a random seed does not make the test flaky.
      expect(accepted).toBeGreaterThan(RUNS / 50);
      expect(refused).toBeGreaterThan(RUNS / 3);
    },
    TIMEOUT,
  );
});
