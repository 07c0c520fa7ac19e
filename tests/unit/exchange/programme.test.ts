import { describe, expect, it } from 'vitest';
import {
  buildExport,
  countsSummaryToFigures,
  createPseudonymiser,
  isRecordsFile,
  mergeExports,
  regionalFigures,
} from '../../../src-shared/exchange';
import type { ExchangeFileV1, ExportSource } from '../../../src-shared/exchange';
import { computeFigures } from '../../../src-shared/figures';
import type { FigureRecord } from '../../../src-shared/figures';
import { exchangeFile, exportSource, figureRecord } from '../figures/cases';
import { fixtureText, parseText, parsedFile } from './helpers';
import { schemaAccepts, schemaValidate } from './json-schema-validator';

/**
 * The exchange format keeps version 1 and gains the optional keys of "More of the programme"
 * (DOMAIN.md, issue 15 point 11): codes and a label, never the approval, municipality, trainings
 * or free text; an older file still imports, and a figure it does not carry is not supplied.
 */

const P = { from: '2019-01-01', to: '2019-12-31' };
const R = '2020-12-31';

const records: FigureRecord[] = [
  figureRecord({
    key: 'a',
    discussedOn: '2019-02-05',
    status: 'discussed',
    notStartedReason: 'not-selected',
  }),
  figureRecord({ key: 'b', discussedOn: '2019-02-05', status: 'discussed' }),
  figureRecord({
    key: 'c',
    employer: 'Zorgcentrum De Linde',
    discussedOn: '2019-02-05',
    startedOn: '2019-03-04',
    endedOn: '2019-09-27',
    status: 'completed',
    outcome: 'paid-work',
    programme: 'WEP Trein',
    outflow: { inSector: true },
    followUp: { months6: 'employed', months12: 'unknown' },
  }),
  figureRecord({
    key: 'd',
    employer: 'Kringloop Zwolle',
    discussedOn: '2019-04-09',
    startedOn: '2019-05-06',
    status: 'ongoing',
    programme: 'Leren en werken',
  }),
];

/** What the app holds beside the figures: none of it may leave. */
const privateFields = {
  benefitApproval: {
    agency: 'uwv',
    office: 'UWV Zwolle Kamperpoort',
    consultant: 'Petra Vos-Hendriks',
    approvedOn: '2019-02-20',
    fileNumber: 'WW-2019-88123',
  },
  municipality: 'Zwartewaterland',
  trainings: [{ name: 'Cursus tillen en verplaatsen', completedOn: '2019-04-01' }],
  closingNote: 'Heeft het naar haar zin; thuis spanningen.',
};

function sources(): ExportSource[] {
  return records.map((record) => ({
    ...exportSource(record),
    ...privateFields,
    outflow:
      record.key === 'c'
        ? { contractType: 'fixed-term', instruments: ['no-risk-policy'], inSector: true }
        : null,
  }));
}

const file = (level: 'counts' | 'records') =>
  exchangeFile('Stichting De Brug', records, level, P, R, sources());

/** A file as an Instap before issue 15 wrote it: without any of the optional keys. */
function withoutAddedKeys(exchange: ExchangeFileV1): ExchangeFileV1 {
  const copy = JSON.parse(JSON.stringify(exchange)) as Record<string, Record<string, unknown>> & {
    trajectories?: Record<string, unknown>[];
  };
  for (const key of ['notStarted', 'sustained6Months', 'sustained12Months', 'toPaidWorkInSector']) {
    delete copy.summary?.[key];
  }
  for (const t of copy.trajectories ?? []) {
    for (const key of ['notStartedReason', 'programme', 'outflow', 'followUp']) delete t[key];
  }
  return parsedFile(parseText('ouder.json', JSON.stringify(copy)));
}

describe('the optional keys of "More of the programme"', () => {
  it('go into both levels, read back the same, and pass the JSON Schema', async () => {
    const withRecords = await file('records');
    if (!isRecordsFile(withRecords)) throw new Error('records expected');
    expect(withRecords.trajectories.find((t) => t.programme === 'WEP Trein')).toMatchObject({
      outflow: { contractType: 'fixed-term', instruments: ['no-risk-policy'], inSector: true },
      followUp: { months6: 'employed', months12: 'unknown' },
    });
    expect(withRecords.trajectories.map((t) => t.notStartedReason).sort()).toEqual([
      'not-selected',
      null,
      null,
      null,
    ]);
    const counts = await file('counts');
    expect(counts.summary).toMatchObject({
      notStarted: { 'not-selected': 1, waiting: 1, withdrew: 0 },
      sustained6Months: { due: 1, employed: 1 },
      sustained12Months: { due: 1, employed: 0 },
      toPaidWorkInSector: 1,
    });
    for (const exchange of [withRecords, counts]) {
      const text = JSON.stringify(exchange);
      expect(parsedFile(parseText('nieuw.json', text))).toEqual(exchange);
      expect(schemaAccepts(exchange), JSON.stringify(schemaValidate.errors)).toBe(true);
    }
  });

  it('never hold the benefit approval, municipality, trainings or free text', async () => {
    for (const level of ['counts', 'records'] as const) {
      const text = JSON.stringify(await file(level));
      for (const value of [
        'UWV Zwolle Kamperpoort',
        'Petra Vos-Hendriks',
        'WW-2019-88123',
        '2019-02-20',
        'Zwartewaterland',
        'Cursus tillen',
        'spanningen',
        'benefitApproval',
        'municipality',
        'trainings',
      ]) {
        expect(text, `${level}: ${value}`).not.toContain(value);
      }
    }
  });

  it('export only the records of one programme when asked', async () => {
    const exchange = await buildExport({
      organisation: { id: 'org-brug', name: 'Stichting De Brug', region: 'Regio Zwolle' },
      period: P,
      referenceDate: R,
      level: 'records',
      include: { ageBand: false, benefit: true, hoursPerWeek: false, learningGoals: false },
      generator: 'Instap test',
      exportedAt: '2026-06-15T10:00:00.000Z',
      sources: sources(),
      pseudonymise: createPseudonymiser(new Uint8Array(32).fill(9)),
      filter: { programme: ' wep trein' },
    });
    if (!isRecordsFile(exchange)) throw new Error('records expected');
    expect(exchange.trajectories.map((t) => t.programme)).toEqual(['WEP Trein']);
    expect(exchange.summary).toMatchObject({ discussed: 1, started: 1, completedToPaidWork: 1 });
  });
});

describe('an older file without the optional keys', () => {
  it('still imports: the frozen files of an older Instap parse without errors', () => {
    for (const name of [
      'stichting-de-linde-2019-records-older.json',
      'zorggroep-oost-2019-counts-older.json',
    ]) {
      const result = parseText(name, fixtureText(name));
      expect(result.ok, name).toBe(true);
    }
  });

  it('supplies none of the added figures: they are null ("niet aangeleverd"), never 0', () => {
    const older = parsedFile(
      parseText(
        'zorggroep-oost-2019-counts-older.json',
        fixtureText('zorggroep-oost-2019-counts-older.json'),
      ),
    );
    if (isRecordsFile(older)) throw new Error('counts expected');
    expect(countsSummaryToFigures(older.summary)).toMatchObject({
      discussed: 9,
      notStarted: null,
      sustained6Months: null,
      sustained12Months: null,
      toPaidWorkInSector: null,
    });
  });

  it('makes a merged regional figure "not supplied" when one organisation lacks it', async () => {
    const newer = await file('records');
    const older = withoutAddedKeys(
      await exchangeFile('Zorggroep Oost', records, 'records', P, R, sources()),
    );
    const olderCounts = withoutAddedKeys(
      await exchangeFile('Werkplaats', records, 'counts', P, R, sources()),
    );

    const alone = regionalFigures(mergeExports([newer]), P, R);
    if (!alone.ok) throw new Error(alone.message);
    expect(alone.total.toPaidWorkInSector).toBe(1);
    expect(alone.total.notStarted).toEqual(computeFigures(records, P, R).notStarted);

    for (const lacking of [older, olderCounts]) {
      const result = regionalFigures(mergeExports([newer, lacking]), P, R);
      if (!result.ok) throw new Error(result.message);
      expect(result.total).toMatchObject({
        started: 4,
        notStarted: null,
        sustained6Months: null,
        sustained12Months: null,
        toPaidWorkInSector: null,
      });
      // Per organisation: the one that supplies it keeps its figure.
      const own = result.perOrganisation.find((o) => o.name === 'Stichting De Brug');
      expect(own?.figures.sustained6Months).toEqual({ due: 1, employed: 1 });
      const other = result.perOrganisation.find((o) => o.name !== 'Stichting De Brug');
      expect(other?.figures.sustained6Months).toBeNull();
    }
  });

  it('filters merged records by programme, and refuses counts-only files under a filter', async () => {
    const newer = await file('records');
    const result = regionalFigures(mergeExports([newer]), P, R, { programme: 'wep trein' });
    if (!result.ok) throw new Error(result.message);
    expect(result.total).toMatchObject({ started: 1, employers: 1, toPaidWorkInSector: 1 });
    const counts = await exchangeFile('Werkplaats', records, 'counts', P, R, sources());
    const refused = regionalFigures(mergeExports([newer, counts]), P, R, {
      programme: 'WEP Trein',
    });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining('niet per programma te filteren'),
    });
  });
});
