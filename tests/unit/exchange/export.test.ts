import { describe, expect, it, vi } from 'vitest';
import type { FollowUp, Outflow } from '../../../src-shared/domain/outflow';
import { employerInputSchema, locationSchema } from '../../../src-shared/domain/employer';
import { emptySettings, settingsSchema } from '../../../src-shared/domain/settings';
import {
  ExchangeExportError,
  MAX_NAME_LENGTH,
  ageBandAt,
  buildExport,
  createPseudonymiser,
  isPseudonym,
  isRecordsFile,
} from '../../../src-shared/exchange';
import type { ExchangeFileV1, ExchangeRecordsFileV1 } from '../../../src-shared/exchange';
import { parseJson, parsedFile } from './helpers';
import {
  inputA,
  inputB,
  organisationB,
  personalStrings,
  secretA,
  secretB,
  sourcesA,
  sourcesB,
  year2019,
} from './sample-data';

function records(file: ExchangeFileV1): ExchangeRecordsFileV1 {
  if (!isRecordsFile(file)) throw new Error('expected a file with records');
  return file;
}

/** Every key used anywhere in a JSON value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keysIn(item, into);
    }
  }
  return into;
}

const headerKeys = ['format', 'version', 'exportedAt', 'generator', 'organisation', 'period'];
const countKeys = [
  'discussed',
  'started',
  'employers',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
];

describe('buildExport', () => {
  it('with records: the worked example of DOMAIN.md, keys in the documented order', async () => {
    const file = records(await buildExport(inputA()));
    expect(Object.keys(file)).toEqual([...headerKeys, 'summary', 'trajectories']);
    expect(Object.keys(file.organisation)).toEqual(['id', 'name', 'region']);
    expect(Object.keys(file.period)).toEqual(['from', 'to', 'referenceDate']);
    expect(file.summary).toEqual({
      discussed: 40,
      started: 14,
      employers: 8,
      completed: 5,
      completedToPaidWork: 4,
      ongoing: 6,
      stopped: 3,
    });
    expect(Object.keys(file.summary)).toEqual(countKeys);
    for (const t of file.trajectories) {
      expect(Object.keys(t)).toEqual([
        'ref',
        'candidateRef',
        'kind',
        'employer',
        'benefit',
        'ageBand',
        'discussedOn',
        'startedOn',
        'endedOn',
        'status',
        'stopReason',
        'outcome',
        'hoursPerWeek',
        'learningGoals',
        'notStartedReason',
        'programme',
        'outflow',
        'followUp',
      ]);
    }
  });

  it('holds exactly the records discussed or started in the period', async () => {
    const file = records(await buildExport(inputA()));
    const inP = (d: string | null) => d !== null && d >= year2019.from && d <= year2019.to;
    const expected = sourcesA().filter((s) => inP(s.discussedOn) || inP(s.startedOn));
    expect(file.trajectories).toHaveLength(expected.length);
    // A candidate discussed but not started: status discussed, startedOn null.
    const discussedOnly = file.trajectories.filter((t) => t.status === 'discussed');
    expect(discussedOnly).toHaveLength(25);
    for (const t of discussedOnly) expect(t.startedOn).toBeNull();
    // A blank employer leaves as null, names trimmed.
    for (const t of file.trajectories) {
      if (t.employer !== null) expect(t.employer).toBe(t.employer.trim());
    }
  });

  it('counts only: no trajectories, every figure plus employerStarts', async () => {
    const file = await buildExport(inputA({ level: 'counts' }));
    expect(isRecordsFile(file)).toBe(false);
    expect(Object.keys(file)).toEqual([...headerKeys, 'summary']);
    expect(Object.keys(file.summary)).toEqual([
      ...countKeys,
      'outcomes',
      'stopReasons',
      'averageDurationDays',
      'notStarted',
      'sustained6Months',
      'sustained12Months',
      'toPaidWorkInSector',
      'employerStarts',
    ]);
    expect(file.summary).toMatchObject({
      discussed: 40,
      started: 14,
      employers: 8,
      completed: 5,
      completedToPaidWork: 4,
      ongoing: 6,
      stopped: 3,
      outcomes: { 'paid-work': 5, education: 1, volunteering: 0, benefit: 1, unknown: 1 },
      stopReasons: {
        'found-work': 1,
        health: 1,
        motivation: 0,
        personal: 0,
        'not-suitable': 0,
        other: 1,
      },
    });
    if (isRecordsFile(file)) throw new Error('counts expected');
    const starts = file.summary.employerStarts;
    expect(starts.reduce((n, e) => n + e.started, 0)).toBe(13); // one cohort record has no employer
    expect(starts).toHaveLength(8);
    // Spellings of one employer are one entry, under the first spelling seen.
    expect(starts[0]).toEqual({ employer: 'Zorgcentrum De Linde', started: 3 });
  });

  it('lets no name, birth date, contact detail, note or internal id leave, at either level', async () => {
    // With how many personal strings each input holds: the check is not vacuous.
    for (const [input, personal] of [
      [inputA(), 421],
      [inputA({ level: 'counts' }), 421],
      [inputB({ level: 'records' }), 95],
      [inputB(), 95],
    ] as const) {
      const json = JSON.stringify(await buildExport(input));
      const secrets = personalStrings(input.sources);
      expect(secrets).toHaveLength(personal);
      for (const s of secrets) expect(json).not.toContain(s);
      for (const word of ['rugklachten', 'medicatie', '@', 'Begeleider', 'Vechtstraat']) {
        expect(json).not.toContain(word);
      }
      const allowed = new Set([
        ...headerKeys,
        'summary',
        'trajectories',
        'id',
        'name',
        'region',
        'from',
        'to',
        'referenceDate',
        ...countKeys,
        'outcomes',
        'stopReasons',
        'averageDurationDays',
        'employerStarts',
        'employer',
        'paid-work',
        'education',
        'volunteering',
        'benefit',
        'unknown',
        'found-work',
        'health',
        'motivation',
        'personal',
        'not-suitable',
        'other',
        'ref',
        'candidateRef',
        'kind',
        'ageBand',
        'discussedOn',
        'startedOn',
        'endedOn',
        'status',
        'stopReason',
        'outcome',
        'hoursPerWeek',
        'learningGoals',
        'total',
        'achieved',
        // More of the programme: codes, counts and a label only.
        'notStartedReason',
        'programme',
        'outflow',
        'followUp',
        'contractType',
        'instruments',
        'inSector',
        'months6',
        'months12',
        'notStarted',
        'no-placement',
        'withdrew',
        'not-selected',
        'waiting',
        'sustained6Months',
        'sustained12Months',
        'due',
        'employed',
        'toPaidWorkInSector',
      ]);
      for (const key of keysIn(JSON.parse(json))) expect(allowed).toContain(key);
    }
  });

  it('leaves out what the coach chose to leave out', async () => {
    const file = records(
      await buildExport(
        inputA({
          include: { ageBand: false, benefit: false, hoursPerWeek: false, learningGoals: false },
        }),
      ),
    );
    for (const t of file.trajectories) {
      expect(t).toMatchObject({
        ageBand: null,
        benefit: null,
        hoursPerWeek: null,
        learningGoals: null,
      });
    }
    const full = records(await buildExport(inputA()));
    expect(full.trajectories.some((t) => t.benefit !== null)).toBe(true);
    expect(full.trajectories.some((t) => t.learningGoals !== null)).toBe(true);
    expect(new Set(full.trajectories.map((t) => t.ageBand))).toEqual(
      new Set(['<27', '27-44', '45+', 'unknown']),
    );
  });

  it('computes the age band on the reference date', () => {
    expect(ageBandAt(null, '2020-12-31')).toBe('unknown');
    expect(ageBandAt('1994-01-01', '2020-12-31')).toBe('<27'); // 26
    expect(ageBandAt('1993-12-31', '2020-12-31')).toBe('27-44'); // 27 that day
    expect(ageBandAt('1976-01-01', '2020-12-31')).toBe('27-44'); // 44
    expect(ageBandAt('1975-12-31', '2020-12-31')).toBe('45+'); // 45 that day
    expect(ageBandAt('1975-12-31', '2020-12-30')).toBe('27-44');
  });

  it('round trip: what it exports, the importer reads back unchanged and without warnings', async () => {
    for (const input of [
      inputA(),
      inputA({ level: 'counts' }),
      inputB(),
      inputB({ level: 'records' }),
    ]) {
      const file = await buildExport(input);
      const result = parseJson('rondje.json', file);
      expect(result).toMatchObject({ ok: true, warnings: [] });
      expect(parsedFile(result)).toEqual(file);
    }
  });

  it('refuses records that partners would refuse, naming them internally', async () => {
    const sources = sourcesB().map((s) =>
      s.trajectoryId === 'traject_b-01' ? { ...s, endedOn: '2019-01-31' } : s,
    );
    const error = await buildExport(inputB({ sources })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExchangeExportError);
    const { problems, message, name } = error as ExchangeExportError;
    expect(name).toBe('ExchangeExportError');
    expect(message).toBe(
      'Eén traject voldoet niet aan de regels van het uitwisselformaat (bijvoorbeeld een einddatum vóór de startdatum). Pas het eerst aan; partners zouden het bestand anders weigeren.',
    );
    expect(problems).toEqual([
      {
        trajectoryId: 'traject_b-01',
        field: 'endedOn',
        message: 'de einddatum 2019-01-31 ligt vóór de startdatum 2019-03-01',
      },
    ]);
  });
});

describe('buildExport and the rules of the format', () => {
  it('refuses a reason for stopping on a placement that did not stop', async () => {
    const sources = sourcesB().map((s) =>
      s.trajectoryId === 'traject_b-01' ? { ...s, stopReason: 'health' as const } : s,
    );
    const error = await buildExport(inputB({ sources })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExchangeExportError);
    expect((error as ExchangeExportError).problems).toEqual([
      {
        trajectoryId: 'traject_b-01',
        field: 'stopReason',
        message:
          'moet null zijn bij status "completed"; alleen een traject met status "stopped" heeft een reden van stoppen',
      },
    ]);
  });

  it('exports outflow and follow-up only for an outcome of paid work', async () => {
    const outflow: Outflow = { contractType: 'permanent', instruments: [], inSector: true };
    const followUp: FollowUp = { months6: 'employed', months12: null };
    // b-01 ended in paid work, b-03 in volunteering: the same details on both.
    const sources = sourcesB().map((s) =>
      s.trajectoryId === 'traject_b-01' || s.trajectoryId === 'traject_b-03'
        ? { ...s, outflow, followUp }
        : s,
    );
    const file = records(await buildExport(inputB({ sources, level: 'records' })));
    const byOutcome = (outcome: string) => file.trajectories.filter((t) => t.outcome === outcome);
    expect(byOutcome('volunteering')).toMatchObject([{ outflow: null, followUp: null }]);
    expect(byOutcome('paid-work').filter((t) => t.outflow !== null)).toEqual([
      expect.objectContaining({ outflow, followUp }),
    ]);
  });

  it('lets nothing leave that the importer would refuse, even where the records are fine', async () => {
    // The organisation's name is the coach's own setting, not a record: the last check catches it.
    const organisation = { ...organisationB, name: 'O'.repeat(MAX_NAME_LENGTH + 1) };
    for (const level of ['counts', 'records'] as const) {
      await expect(buildExport(inputB({ organisation, level }))).rejects.toThrow(
        new Error(
          'De export voldoet niet aan het uitwisselformaat (organisation.name: is langer dan 200 tekens; een naam in een uitwisselbestand is hoogstens 200 tekens).',
        ),
      );
    }
  });
});

describe('buildExport and the limits of the format', () => {
  it('refuses a mistyped year and an over-long employer name, naming them internally, never cutting', async () => {
    const sources = sourcesB().map((s) =>
      s.trajectoryId === 'traject_b-06'
        ? { ...s, endedOn: '2201-01-29' } // 2021 mistyped
        : s.trajectoryId === 'traject_b-03'
          ? { ...s, employer: 'K'.repeat(MAX_NAME_LENGTH + 1) }
          : s,
    );
    for (const level of ['counts', 'records'] as const) {
      const error = await buildExport(inputB({ sources, level })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExchangeExportError);
      const { problems, message } = error as ExchangeExportError;
      expect(message).toBe(
        '2 trajecten voldoen niet aan de regels van het uitwisselformaat (bijvoorbeeld een einddatum vóór de startdatum). Pas ze eerst aan; partners zouden het bestand anders weigeren.',
      );
      expect(problems).toEqual([
        {
          trajectoryId: 'traject_b-03',
          field: 'employer',
          message: 'de naam van de werkgever is langer dan 200 tekens',
        },
        {
          trajectoryId: 'traject_b-06',
          field: 'endedOn',
          message: 'de datum ligt niet tussen 1900-01-01 en 2100-12-31',
        },
      ]);
    }
  });

  it('exports names of up to 200 characters and dates from 1900 to 2100 as they are', async () => {
    const name = 'K'.repeat(MAX_NAME_LENGTH);
    const sources = sourcesB().map((s) =>
      s.trajectoryId === 'traject_b-06'
        ? { ...s, endedOn: '2100-12-31' }
        : s.trajectoryId === 'traject_b-03'
          ? { ...s, employer: name }
          : s,
    );
    const file = records(await buildExport(inputB({ sources, level: 'records' })));
    expect(file.trajectories.map((t) => t.employer)).toContain(name);
    expect(file.trajectories.map((t) => t.endedOn)).toContain('2100-12-31');
    for (const t of file.trajectories) {
      expect(isPseudonym(t.ref) && isPseudonym(t.candidateRef)).toBe(true);
    }
  });

  it('never meets a name the app accepts that the format refuses: the app’s limits are lower', () => {
    const over = 'x'.repeat(MAX_NAME_LENGTH + 1);
    expect(employerInputSchema.safeParse({ name: over, locations: [] }).success).toBe(false);
    expect(locationSchema.safeParse({ id: 'l-1', name: over }).success).toBe(false);
    for (const field of ['organisationName', 'region'] as const) {
      expect(
        settingsSchema.safeParse({ ...emptySettings, organisationName: 'Org', [field]: over }),
      ).toMatchObject({ success: false });
    }
  });
});

describe('createPseudonymiser', () => {
  it('is stable for one secret, differs per secret, kind and id, and has the documented form', async () => {
    const a = createPseudonymiser(secretA);
    const again = createPseudonymiser(Uint8Array.from(secretA));
    const b = createPseudonymiser(secretB);
    const ref = await a('trajectory', 'traject_t-01');
    expect(ref).toMatch(/^t-[0-9a-f]{24}$/);
    expect(await a('candidate', 'kandidaat_c-01')).toMatch(/^c-[0-9a-f]{24}$/);
    expect(await a('trajectory', 'traject_t-01')).toBe(ref);
    expect(await again('trajectory', 'traject_t-01')).toBe(ref);
    expect(await b('trajectory', 'traject_t-01')).not.toBe(ref);
    expect((await a('candidate', 'traject_t-01')).slice(2)).not.toBe(ref.slice(2));
    expect(await a('trajectory', 'traject_t-02')).not.toBe(ref);
  });

  it('gives the same refs in two exports of one installation, and other refs elsewhere', async () => {
    const first = records(await buildExport(inputA()));
    const second = records(
      await buildExport(inputA({ pseudonymise: createPseudonymiser(secretA) })),
    );
    expect(second.trajectories.map((t) => t.ref)).toEqual(first.trajectories.map((t) => t.ref));
    const other = records(
      await buildExport(inputA({ pseudonymise: createPseudonymiser(secretB) })),
    );
    const refs = new Set(first.trajectories.map((t) => t.ref));
    for (const t of other.trajectories) expect(refs.has(t.ref)).toBe(false);
    // One candidate, one candidateRef: c-12 has two trajectories in the period.
    const candidates = new Set(first.trajectories.map((t) => t.candidateRef));
    expect(candidates.size).toBe(first.trajectories.length - 1);
    expect(refs.size).toBe(first.trajectories.length);
  });

  it('refuses a secret shorter than 16 bytes', async () => {
    for (const length of [0, 8, 15]) {
      expect(() => createPseudonymiser(new Uint8Array(length))).toThrow(
        new RangeError('The pseudonym secret must be at least 16 bytes.'),
      );
    }
    expect(await createPseudonymiser(new Uint8Array(16))('trajectory', 't')).toMatch(/^t-/);
  });

  it('says so where Web Crypto is missing', () => {
    vi.stubGlobal('crypto', undefined);
    try {
      expect(() => createPseudonymiser(secretA)).toThrow(
        new Error('Web Crypto (crypto.subtle) is not available.'),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps its key to itself: not extractable, and not changed by wiping the secret', async () => {
    const sign = vi.spyOn(crypto.subtle, 'sign');
    try {
      const secret = Uint8Array.from(secretA);
      const pseudonymise = createPseudonymiser(secret);
      secret.fill(0);
      expect(await pseudonymise('trajectory', 'traject_t-01')).toBe(
        await createPseudonymiser(secretA)('trajectory', 'traject_t-01'),
      );
      const key = sign.mock.calls[0]?.[1];
      expect(key).toMatchObject({ extractable: false, usages: ['sign'], type: 'secret' });
      expect(key?.algorithm).toEqual({ name: 'HMAC', hash: { name: 'SHA-256' }, length: 256 });
    } finally {
      sign.mockRestore();
    }
  });
});
