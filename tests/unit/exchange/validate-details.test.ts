import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES, isRecordsFile, parseExchangeFile } from '../../../src-shared/exchange';
import {
  errorsOf,
  fixtureJson,
  fixtureText,
  messages,
  parseJson,
  parseText,
  parsedFile,
} from './helpers';
import type { Raw } from './helpers';

/**
 * parseExchangeFile, message by message: the exact Dutch a coach reads, the order of the issues,
 * and the details of reading text and JSON that the importer rules in validate.test.ts take for
 * granted.
 */

const RECORDS = 'stichting-de-linde-2019-records.json';
const COUNTS = 'zorggroep-oost-2019-counts.json';
const NAME = 'partner.json';

const fileMessage = (text: string) => messages(errorsOf(parseText(NAME, text)));

function recordsFile(): Raw & { trajectories: Raw[]; summary: Raw } {
  return fixtureJson(RECORDS) as Raw & { trajectories: Raw[]; summary: Raw };
}

function countsFile(): Raw & { summary: Raw } {
  return fixtureJson(COUNTS) as Raw & { summary: Raw };
}

function warningsOf(value: unknown): string[] {
  const result = parseJson(NAME, value);
  if (!result.ok) throw new Error(messages(result.errors).join('\n'));
  return messages(result.warnings);
}

describe('reading the text', () => {
  it('gives the size of a file that is too large to one decimal', () => {
    const result = parseExchangeFile('groot.json', '{}', MAX_EXCHANGE_BYTES + 123_456);
    expect(messages(errorsOf(result))).toEqual([
      'Bestand "groot.json" is 50,1 MB groot; een uitwisselbestand mag hoogstens 50 MB zijn en dit bestand is daarom niet gelezen.',
    ]);
  });

  it('finds a nul character or an unreadable one in the very first place', () => {
    expect(fileMessage('\u0000{}')).toEqual([
      'Bestand "partner.json" is geen UTF-8-tekst: regel 1 bevat nul-tekens (misschien is het als UTF-16 opgeslagen). Sla het op als UTF-8 en probeer het opnieuw.',
    ]);
    expect(fileMessage('\uFFFD{}')).toEqual([
      'Bestand "partner.json" is geen geldige UTF-8-tekst: regel 1, kolom 1 bevat een onleesbaar teken. Sla het op als UTF-8 en probeer het opnieuw.',
    ]);
  });

  it('drops a byte order mark only at the start', () => {
    const file = countsFile();
    (file.organisation as Raw).name = 'Zorggroep\uFEFFOost';
    const parsed = parsedFile(parseText(NAME, JSON.stringify(file)));
    expect(parsed.organisation.name).toBe('Zorggroep\uFEFFOost');
  });
});

describe('reading the JSON', () => {
  it.each([
    ['a text cut off inside a value', '{"format":', 'het houdt halverwege op (onvolledig bestand)'],
    [
      'a text cut off after a value',
      '{"format": 1',
      'het houdt halverwege op (onvolledig bestand)',
    ],
    [
      'a text cut off, then white space',
      '{"format": 1\n\n',
      'het houdt halverwege op (onvolledig bestand)',
    ],
    ['something after the object, behind white space', '   {"a": 1}x', 'fout op regel 1, kolom 12'],
    ['a line break inside a text', '{"format": "wep-\n"}', 'fout op regel 1, kolom 17'],
    ['a line break before the error', '{\n"format": "wep-\n"}', 'fout op regel 2, kolom 16'],
  ])('%s', (_, text, detail) => {
    expect(fileMessage(text)).toEqual([`Bestand "partner.json" is geen geldige JSON: ${detail}.`]);
  });

  it('says plainly that it cannot read a text that is no JSON at all', () => {
    expect(fileMessage('xyz')).toEqual([
      'Bestand "partner.json" is geen geldige JSON en kan niet worden gelezen.',
    ]);
  });
});

describe('issues in a file', () => {
  it('come in the order of the file: its own fields first, then records by their place', () => {
    const file = recordsFile();
    file.summary.started = 'veertien';
    // Record 3 has a wrong code (found by the schema), record 1 breaks a rule between fields.
    (file.trajectories[2] as Raw).kind = 'stage';
    Object.assign(file.trajectories[0] as Raw, { status: 'ongoing', endedOn: '2019-06-28' });
    const refs = file.trajectories.map((t) => t.ref as string);
    expect(messages(errorsOf(parseJson(NAME, file)))).toEqual([
      'In bestand "partner.json", veld "summary.started": moet een geheel getal zijn, niet "veertien".',
      `In bestand "partner.json", traject "${refs[0]}" (het 1e in de lijst), veld "endedOn": moet null zijn bij status "ongoing", maar is 2019-06-28; een beëindigd traject heeft status "completed" of "stopped".`,
      `In bestand "partner.json", traject "${refs[2]}" (het 3e in de lijst), veld "kind": bevat een onbekende code "stage"; bekend zijn "work-experience", "trial-placement", "work-study", "other".`,
    ]);
  });

  it('name a record that is no object by its place, and read on', () => {
    const file = recordsFile();
    file.trajectories.unshift(null as unknown as Raw, 7 as unknown as Raw);
    expect(messages(errorsOf(parseJson(NAME, file)))).toEqual([
      'In bestand "partner.json", traject #0 (het 1e in de lijst, zonder geldige ref): moet een object zijn, niet null.',
      'In bestand "partner.json", traject #1 (het 2e in de lijst, zonder geldige ref): moet een object zijn, niet 7.',
    ]);
  });

  it('apply no rule to a status that is no known code, nor to a reason for stopping that is missing', () => {
    for (const status of ['gestopt', 5]) {
      const file = recordsFile();
      Object.assign(file.trajectories[0] as Raw, { status, stopReason: 'health' });
      const errors = errorsOf(parseJson(NAME, file));
      expect(errors.map((e) => e.field)).toEqual(['status']);
    }
    const file = recordsFile();
    const completed = file.trajectories.find((t) => t.status === 'completed') as Raw;
    delete completed.stopReason;
    const errors = errorsOf(parseJson(NAME, file));
    expect(errors.map((e) => [e.field, e.message.split(': ')[1]])).toEqual([
      ['stopReason', 'ontbreekt.'],
    ]);
  });

  it('warn about a record discussed after the period, naming it without a field', () => {
    const file = recordsFile();
    const discussed = file.trajectories.findIndex((t) => t.status === 'discussed');
    const record = file.trajectories[discussed] as Raw;
    record.discussedOn = '2020-02-04';
    expect(warningsOf(file)).toContain(
      `In bestand "partner.json", traject "${String(record.ref)}" (het ${discussed + 1}e in de lijst): is niet besproken of gestart in de periode 2019-01-01 t/m 2019-12-31 van het bestand; het telt alleen mee in cijfers over een andere periode.`,
    );
  });
});

describe('warnings about the counts of a counts-only file', () => {
  it('names each count that is more than the count it is part of', () => {
    const file = countsFile();
    Object.assign(file.summary, {
      started: 7,
      notStarted: { withdrew: 3, waiting: 7 },
      sustained6Months: { due: 3, employed: 1 },
      sustained12Months: { due: 4, employed: 0 },
      toPaidWorkInSector: 3,
    });
    expect(warningsOf(file)).toEqual([
      'In bestand "partner.json", veld "summary.started": is 7, maar afgerond (3) + lopend (2) + gestopt (1) is 6; de cijfers van dit bestand kloppen niet met elkaar.',
      'In bestand "partner.json", veld "summary.notStarted": is 10, meer dan besproken (9); de cijfers van dit bestand kloppen niet met elkaar.',
      'In bestand "partner.json", veld "summary.sustained6Months.due": is 3, meer dan afgerond naar betaald werk (2); de cijfers van dit bestand kloppen niet met elkaar.',
      'In bestand "partner.json", veld "summary.sustained12Months.due": is 4, meer dan afgerond naar betaald werk (2); de cijfers van dit bestand kloppen niet met elkaar.',
      'In bestand "partner.json", veld "summary.toPaidWorkInSector": is 3, meer dan afgerond naar betaald werk (2); de cijfers van dit bestand kloppen niet met elkaar.',
    ]);
  });

  it('accepts parts equal to their whole, and parts that are not there', () => {
    const file = countsFile();
    Object.assign(file.summary, {
      notStarted: { waiting: 9 },
      sustained6Months: { due: 2, employed: 2 },
      sustained12Months: { due: 2, employed: 1 },
      toPaidWorkInSector: 2,
    });
    expect(warningsOf(file)).toEqual([]);
    for (const key of [
      'notStarted',
      'sustained6Months',
      'sustained12Months',
      'toPaidWorkInSector',
    ]) {
      delete file.summary[key];
    }
    expect(warningsOf(file)).toEqual([]);
    const parsed = parsedFile(parseJson(NAME, file));
    if (isRecordsFile(parsed)) throw new Error('counts expected');
    expect(parsed.summary.notStarted).toBeUndefined();
  });
});

it('reads the sample files as they are (the base of every case above)', () => {
  expect(parseText(RECORDS, fixtureText(RECORDS))).toMatchObject({ ok: true, warnings: [] });
  expect(parseText(COUNTS, fixtureText(COUNTS))).toMatchObject({ ok: true, warnings: [] });
});
