import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../src-shared/exchange';
import { fixtureJson, fixtureText } from './helpers';
import type { Raw } from './helpers';
import {
  exchangeJsonSchema as schema,
  schemaAccepts as valid,
  schemaValidate as validate,
} from './json-schema-validator';
import { inputA, inputB } from './sample-data';

/** The JSON Schema partners get: the app's exports must pass it, broken files must not. */
describe('wep-regional-export-v1.schema.json', () => {
  it('is draft 2020-12 with Dutch and English descriptions', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      description: expect.stringMatching(/Regionaal uitwisselbestand.*Regional exchange file/s),
    });
  });

  it('accepts the app’s exports of both levels', async () => {
    for (const input of [
      inputA(),
      inputA({ level: 'counts' }),
      inputB(),
      inputB({ level: 'records' }),
      inputA({
        include: { ageBand: false, benefit: false, hoursPerWeek: false, learningGoals: false },
      }),
    ]) {
      const file = await buildExport(input);
      expect(valid(file), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('accepts unknown keys (forward compatible)', () => {
    const file = fixtureJson('stichting-de-linde-2019-records.json');
    file.futureKey = { a: 1 };
    ((file.trajectories as Raw[])[0] as Raw).futureField = 'x';
    expect(valid(file)).toBe(true);
  });

  it('refuses the broken sample files', () => {
    for (const name of [
      'invalid-rules.json',
      'invalid-counts.json',
      'invalid-newer-version.json',
      'invalid-not-an-exchange-file.json',
    ]) {
      expect(valid(JSON.parse(fixtureText(name))), name).toBe(false);
    }
  });

  it('refuses each rule it can express', () => {
    const broken: ((file: Raw, t: Raw) => void)[] = [
      (_f, t) => Object.assign(t, { status: 'completed', endedOn: null }),
      (_f, t) => Object.assign(t, { status: 'stopped', endedOn: null, stopReason: 'health' }),
      (_f, t) => Object.assign(t, { status: 'ongoing', startedOn: null, endedOn: null }),
      (_f, t) => Object.assign(t, { status: 'ongoing', endedOn: '2019-05-01' }),
      (_f, t) => Object.assign(t, { status: 'discussed', startedOn: '2019-05-01', endedOn: null }),
      (_f, t) => Object.assign(t, { status: 'completed', stopReason: 'health' }),
      (_f, t) => Object.assign(t, { kind: 'internship' }),
      (_f, t) => Object.assign(t, { discussedOn: '2019-02-30' }),
      (_f, t) => Object.assign(t, { learningGoals: { total: -1, achieved: 0 } }),
      (_f, t) => delete t.candidateRef,
      (f) => Object.assign(f.summary as Raw, { started: 1.5 }),
      (f) => Object.assign(f, { format: 'other' }),
      (f) => Object.assign(f, { version: 2 }),
      (f) => Object.assign(f, { trajectories: null }),
    ];
    for (const [i, breakIt] of broken.entries()) {
      const file = fixtureJson('stichting-de-linde-2019-records.json');
      const t = (file.trajectories as Raw[]).find((r) => r.status === 'completed') as Raw;
      breakIt(file, t);
      expect(valid(file), `case ${i}`).toBe(false);
    }
  });

  it('tells the levels apart by trajectories, and refuses unknown codes in the counts', () => {
    const counts = fixtureJson('zorggroep-oost-2019-counts.json');
    expect(valid(counts)).toBe(true);
    // With a list it is a file with records (its extra figures are then unknown keys).
    expect(valid({ ...counts, trajectories: [] })).toBe(true);
    expect(valid({ ...counts, trajectories: null })).toBe(false);
    const incomplete = { ...(counts.summary as Raw) };
    delete incomplete.employerStarts;
    expect(valid({ ...counts, summary: incomplete })).toBe(false);
    const unknownCode = fixtureJson('zorggroep-oost-2019-counts.json');
    ((unknownCode.summary as Raw).outcomes as Raw).emigrated = 1;
    expect(valid(unknownCode)).toBe(false);
  });
});
