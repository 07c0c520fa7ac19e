import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  exchangeCountsFileSchema,
  exchangeRecordsFileSchema,
} from '../../../src-shared/exchange';
import { fitsLength, showValue } from '../../../src-shared/exchange/schema';
import { errorsOf, fixtureJson, fixtureText, parseJson, parseText } from './helpers';
import type { Raw } from './helpers';

/**
 * Every message of the exchange format's schema, word for word, as the coach reads it after
 * "In bestand …, veld …: ". Each case breaks one thing in a valid sample file.
 */

const NAME = 'partner.json';
const RECORDS = 'stichting-de-linde-2019-records.json';
const COUNTS = 'zorggroep-oost-2019-counts.json';

type Change = (file: Raw & { summary: Raw; trajectories?: Raw[] }) => void;

/** [field, what the message says] of each issue of the changed file. */
function issuesAfter(fixture: string, change: Change): [string | null, string][] {
  const file = fixtureJson(fixture) as Raw & { summary: Raw; trajectories?: Raw[] };
  change(file);
  return errorsOf(parseJson(NAME, file)).map((issue) => [
    issue.field,
    issue.message.slice(issue.message.indexOf(': ') + 2),
  ]);
}

const record = (file: { trajectories?: Raw[] }): Raw => file.trajectories?.[0] as Raw;
const organisation = (file: Raw) => file.organisation as Raw;
const period = (file: Raw) => file.period as Raw;

const UNKNOWN_OUTCOME =
  'bevat een onbekende code "promoted"; bekend zijn "paid-work", "education", "volunteering", "benefit", "unknown".';

describe('messages about the file and its counts', () => {
  it.each<[string, Change, [string, string][]]>([
    [
      'a time that is no time',
      (f) => void (f.exportedAt = '1 juni'),
      [['exportedAt', 'moet een tijdstip zijn zoals "2026-11-23T10:15:00.000Z", niet "1 juni".']],
    ],
    ['no time', (f) => void delete f.exportedAt, [['exportedAt', 'ontbreekt.']]],
    [
      'a generator that is a number',
      (f) => void (f.generator = 5),
      [['generator', 'moet een tekst zijn, niet 5.']],
    ],
    [
      'an organisation that is text',
      (f) => void (f.organisation = 'Oost'),
      [['organisation', 'moet een object met id, name en region zijn, niet "Oost".']],
    ],
    [
      'a blank organisation id',
      (f) => void (organisation(f).id = '  '),
      [['organisation.id', 'mag niet leeg zijn.']],
    ],
    [
      'a region that is a list',
      (f) => void (organisation(f).region = []),
      [['organisation.region', 'moet een tekst zijn, niet een lijst.']],
    ],
    [
      'a period that is null',
      (f) => void (f.period = null),
      [['period', 'moet een object met from, to en referenceDate zijn, niet null.']],
    ],
    [
      'a period that ends before it starts',
      (f) => void (period(f).to = '2018-12-31'),
      [['period.to', 'ligt vóór het begin van de periode (2019-01-01).']],
    ],
    [
      'a date without its zeros',
      (f) => void (period(f).from = '2019-1-1'),
      [['period.from', 'is geen bestaande datum in de vorm JJJJ-MM-DD: "2019-1-1".']],
    ],
    [
      'a date that is a number',
      (f) => void (period(f).referenceDate = 2020),
      [['period.referenceDate', 'moet een datum in de vorm JJJJ-MM-DD zijn, niet 2020.']],
    ],
    [
      'a long text shown short',
      (f) => void (period(f).from = 'x'.repeat(100)),
      [['period.from', `is geen bestaande datum in de vorm JJJJ-MM-DD: "${'x'.repeat(56)}….`]],
    ],
    [
      'a summary that is text',
      (f) => void ((f as Raw).summary = 'goed'),
      [['summary', 'moet een object met de cijfers zijn, niet "goed".']],
    ],
    [
      'starts per employer that are no list',
      (f) => void (f.summary.employerStarts = {}),
      [['summary.employerStarts', 'moet een lijst zijn, niet een object.']],
    ],
    [
      'a start per employer that is text',
      (f) => void (f.summary.employerStarts = ['De Brug']),
      [
        [
          'summary.employerStarts[0]',
          'moet een object met employer en started zijn, niet "De Brug".',
        ],
      ],
    ],
    [
      'outcomes that are a list',
      (f) => void (f.summary.outcomes = []),
      [['summary.outcomes', 'moet een object met een aantal per code zijn, niet een lijst.']],
    ],
    [
      'an unknown outcome',
      (f) => void ((f.summary.outcomes as Raw).promoted = 1),
      [['summary.outcomes', UNKNOWN_OUTCOME]],
    ],
    [
      'a count below zero',
      (f) => void ((f.summary.outcomes as Raw)['paid-work'] = -1),
      [['summary.outcomes.paid-work', 'mag niet negatief zijn, maar is -1.']],
    ],
    [
      'a count with a fraction',
      (f) => void (f.summary.discussed = 1.5),
      [['summary.discussed', 'moet een geheel getal zijn, niet 1.5.']],
    ],
    [
      'an average that is text',
      (f) => void (f.summary.averageDurationDays = 'lang'),
      [['summary.averageDurationDays', 'moet een getal of null zijn, niet "lang".']],
    ],
    [
      'an average below zero',
      (f) => void (f.summary.averageDurationDays = -1),
      [['summary.averageDurationDays', 'mag niet negatief zijn, maar is -1.']],
    ],
    [
      'follow-ups that are a number',
      (f) => void (f.summary.sustained6Months = 3),
      [['summary.sustained6Months', 'moet een object met due en employed zijn, niet 3.']],
    ],
    [
      'more at work than asked',
      (f) => void (f.summary.sustained12Months = { due: 2, employed: 3 }),
      [
        [
          'summary.sustained12Months.employed',
          'is groter dan due; er kunnen niet meer mensen aan het werk zijn dan er nagevraagd zijn.',
        ],
      ],
    ],
    [
      'an organisation id that is a number',
      (f) => void (organisation(f).id = 5),
      [['organisation.id', 'moet een tekst zijn, niet 5.']],
    ],
    [
      'a count that is a word',
      (f) => void (f.summary.discussed = 'veel'),
      [['summary.discussed', 'moet een geheel getal zijn, niet "veel".']],
    ],
    [
      'someone at work where none was asked',
      (f) => void (f.summary.sustained6Months = { due: 0, employed: 1 }),
      [
        [
          'summary.sustained6Months.employed',
          'is groter dan due; er kunnen niet meer mensen aan het werk zijn dan er nagevraagd zijn.',
        ],
      ],
    ],
    [
      'follow-ups due below zero: said once',
      (f) => void (f.summary.sustained6Months = { due: -1, employed: 1 }),
      [['summary.sustained6Months.due', 'mag niet negatief zijn, maar is -1.']],
    ],
    [
      'two unknown outcomes',
      (f) => Object.assign(f.summary.outcomes as Raw, { promoted: 1, fired: 1 }),
      [
        [
          'summary.outcomes',
          'bevat een onbekende code "promoted", "fired"; bekend zijn "paid-work", "education", "volunteering", "benefit", "unknown".',
        ],
      ],
    ],
  ])('%s', (_, change, expected) => {
    expect(issuesAfter(COUNTS, change)).toEqual(expected);
  });

  it('a count too large for a number', () => {
    const text = fixtureText(COUNTS).replace('"discussed": 9', '"discussed": 1e400');
    expect(errorsOf(parseText(NAME, text)).map((issue) => issue.message)).toEqual([
      'In bestand "partner.json", veld "summary.discussed": moet een geheel getal zijn, niet Infinity.',
    ]);
  });
});

describe('messages about a record', () => {
  const known = (codes: string) => `bekend zijn ${codes} en null.`;
  it.each<[string, Change, [string, string][]]>([
    ['an empty ref', (f) => void (record(f).ref = ''), [['ref', 'mag niet leeg zijn.']]],
    [
      'a ref with a space',
      (f) => void (record(f).ref = 'Jan Jansen'),
      [
        [
          'ref',
          'bevat andere tekens dan letters, cijfers, - en _; een pseudoniem bevat bijvoorbeeld geen spatie.',
        ],
      ],
    ],
    [
      'a ref of 101 characters',
      (f) => void (record(f).ref = 'r'.repeat(101)),
      [['ref', 'is langer dan 100 tekens; een pseudoniem is 1 tot 100 tekens.']],
    ],
    [
      'a candidateRef that is a number',
      (f) => void (record(f).candidateRef = 5),
      [['candidateRef', 'moet een tekst zijn, niet 5.']],
    ],
    [
      'an unknown benefit',
      (f) => void (record(f).benefit = 'bijstand'),
      [
        [
          'benefit',
          `bevat een onbekende code "bijstand"; ${known('"social-assistance", "unemployment", "wajong", "wia", "none", "other", "unknown"')}`,
        ],
      ],
    ],
    [
      'an unknown reason for not starting',
      (f) => void (record(f).notStartedReason = 'ziek'),
      [
        [
          'notStartedReason',
          `bevat een onbekende code "ziek"; ${known('"no-placement", "withdrew", "found-work", "not-selected", "health", "other"')}`,
        ],
      ],
    ],
    [
      'hours that are text',
      (f) => void (record(f).hoursPerWeek = 'veel'),
      [['hoursPerWeek', 'moet een aantal uren of null zijn, niet "veel".']],
    ],
    [
      'more hours than a week has',
      (f) => void (record(f).hoursPerWeek = 169),
      [['hoursPerWeek', 'kan niet meer dan 168 uur per week zijn: 169.']],
    ],
    [
      'hours below zero',
      (f) => void (record(f).hoursPerWeek = -2),
      [['hoursPerWeek', 'mag niet negatief zijn, maar is -2.']],
    ],
    [
      'learning goals that are a number',
      (f) => void (record(f).learningGoals = 5),
      [['learningGoals', 'moet een object met total en achieved, of null zijn, niet 5.']],
    ],
    [
      'an employer that is a number',
      (f) => void (record(f).employer = 5),
      [['employer', 'moet een tekst of null zijn, niet 5.']],
    ],
    [
      'a programme that is a number',
      (f) => void (record(f).programme = 5),
      [['programme', 'moet een tekst of null zijn, niet 5.']],
    ],
    [
      'an outflow that is text',
      (f) => void (record(f).outflow = 'vast'),
      [
        [
          'outflow',
          'moet een object met contractType, instruments en inSector, of null zijn, niet "vast".',
        ],
      ],
    ],
    [
      'an outflow with seven instruments and a word for in the sector',
      (f) => {
        record(f).outflow = {
          contractType: 'permanent',
          instruments: Array(7).fill('none'),
          inSector: 'ja',
        };
      },
      [
        ['outflow.instruments', 'heeft meer dan 6 instrumenten.'],
        ['outflow.inSector', 'moet true of false zijn, niet "ja".'],
      ],
    ],
    [
      'instruments that are no list',
      (f) => {
        record(f).outflow = { contractType: 'permanent', instruments: 'geen', inSector: true };
      },
      [['outflow.instruments', 'moet een lijst zijn, niet "geen".']],
    ],
    [
      'a follow-up that is a list',
      (f) => void (record(f).followUp = []),
      [['followUp', 'moet een object met months6 en months12, of null zijn, niet een lijst.']],
    ],
    [
      'records that are no list',
      (f) => void (f.trajectories = {} as unknown as Raw[]),
      [['trajectories', 'moet een lijst zijn, niet een object.']],
    ],
    ['a ref of spaces only', (f) => void (record(f).ref = '   '), [['ref', 'mag niet leeg zijn.']]],
    [
      'a ref of 100 characters with a space',
      (f) => void (record(f).ref = `a b${'c'.repeat(97)}`),
      [
        [
          'ref',
          'bevat andere tekens dan letters, cijfers, - en _; een pseudoniem bevat bijvoorbeeld geen spatie.',
        ],
      ],
    ],
    [
      'a start date that is a number',
      (f) => void (record(f).startedOn = 5),
      [['startedOn', 'moet een datum in de vorm JJJJ-MM-DD of null zijn, niet 5.']],
    ],
  ])('%s', (_, change, expected) => {
    expect(issuesAfter(RECORDS, change)).toEqual(expected);
  });

  it('names a record by its place when its ref is no pseudonym, and never calls two of them duplicates', () => {
    const file = fixtureJson(RECORDS);
    const [first, second] = file.trajectories as Raw[];
    Object.assign(first as Raw, { ref: ['t-1'] });
    Object.assign(second as Raw, { ref: ['t-1'] });
    expect(errorsOf(parseJson(NAME, file)).map((i) => [i.record, i.field])).toEqual([
      ['#0', 'ref'],
      ['#1', 'ref'],
    ]);
  });
});

describe('the schemas used on their own (the export’s last check)', () => {
  const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('name the format and version a file must have', () => {
    const file = fixtureJson(COUNTS);
    expect(
      messagesOf(exchangeCountsFileSchema.safeParse({ ...file, format: 'csv', version: 2 })),
    ).toEqual(['moet "wep-regional-export" zijn, niet "csv"', 'moet 1 zijn, niet 2']);
  });

  it('refuses records in a counts-only file', () => {
    const file = fixtureJson(COUNTS);
    expect(messagesOf(exchangeCountsFileSchema.safeParse({ ...file, trajectories: [] }))).toEqual([
      'hoort niet in een bestand met alleen totalen',
    ]);
  });

  it('checks the rules between fields and unique refs in a records file', () => {
    const file = fixtureJson(RECORDS);
    const trajectories = file.trajectories as Raw[];
    const first = trajectories[0] as Raw;
    Object.assign(trajectories[1] as Raw, { ref: first.ref });
    Object.assign(first, { endedOn: '2019-06-28' });
    const completed = trajectories.findIndex((t) => t.status === 'completed');
    Object.assign(trajectories[completed] as Raw, { stopReason: 'health' });
    const result = exchangeRecordsFileSchema.safeParse(file);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'trajectories.0.endedOn',
        'moet null zijn bij status "ongoing", maar is 2019-06-28; een beëindigd traject heeft status "completed" of "stopped"',
      ],
      [
        `trajectories.${completed}.stopReason`,
        'moet null zijn bij status "completed"; alleen een traject met status "stopped" heeft een reden van stoppen',
      ],
      [
        'trajectories.1.ref',
        `"${String(first.ref)}" komt al voor bij het 1e traject in de lijst; elke ref moet uniek zijn`,
      ],
    ]);
  });
});

describe('what the rules between dates allow', () => {
  it('a period of one day, and a placement that starts and ends on the same day', () => {
    const counts = fixtureJson(COUNTS);
    Object.assign(counts.period as Raw, { from: '2019-06-28', to: '2019-06-28' });
    expect(parseJson(NAME, counts).ok).toBe(true);
    const records = fixtureJson(RECORDS);
    const completed = (records.trajectories as Raw[]).find((t) => t.status === 'completed') as Raw;
    completed.endedOn = completed.startedOn;
    expect(parseJson(NAME, records).ok).toBe(true);
  });
});

describe('showValue and fitsLength', () => {
  it('shows a value short, and never a whole object', () => {
    expect(showValue(undefined)).toBe('niets');
    expect(showValue(null)).toBe('null');
    expect(showValue([1])).toBe('een lijst');
    expect(showValue({ a: 1 })).toBe('een object');
    expect(showValue('x'.repeat(58))).toBe(`"${'x'.repeat(58)}"`); // 60 characters: whole
    expect(showValue('x'.repeat(59))).toBe(`"${'x'.repeat(56)}…`);
  });

  it('counts characters as JSON Schema does: a pair of surrogates is one', () => {
    const emoji = '\u{1F600}';
    expect(fitsLength(emoji.repeat(MAX_NAME_LENGTH), MAX_NAME_LENGTH)).toBe(true);
    expect(fitsLength(emoji.repeat(MAX_NAME_LENGTH + 1), MAX_NAME_LENGTH)).toBe(false);
    expect(fitsLength(`${'x'.repeat(MAX_NAME_LENGTH - 1)}${emoji}`, MAX_NAME_LENGTH)).toBe(true);
    expect(fitsLength(`${'x'.repeat(MAX_NAME_LENGTH)}${emoji}`, MAX_NAME_LENGTH)).toBe(false);
    // A lone high surrogate at the end is one character of its own.
    expect(fitsLength(`${'x'.repeat(MAX_NAME_LENGTH - 1)}\uD83D`, MAX_NAME_LENGTH)).toBe(true);
    expect(fitsLength(`${'x'.repeat(MAX_NAME_LENGTH)}\uD83D`, MAX_NAME_LENGTH)).toBe(false);
    expect(fitsLength('x'.repeat(2 * MAX_NAME_LENGTH + 1), MAX_NAME_LENGTH)).toBe(false);
    // The first and the last high surrogate; and a character above all surrogates.
    expect(fitsLength('\u{10000}'.repeat(MAX_NAME_LENGTH), MAX_NAME_LENGTH)).toBe(true);
    expect(fitsLength('\u{10FFFF}'.repeat(MAX_NAME_LENGTH), MAX_NAME_LENGTH)).toBe(true);
    expect(fitsLength('\uFB01'.repeat(MAX_NAME_LENGTH + 1), MAX_NAME_LENGTH)).toBe(false);
    // Low surrogates without a high one before them: each a character of its own.
    expect(fitsLength('\uDC00'.repeat(MAX_NAME_LENGTH + 1), MAX_NAME_LENGTH)).toBe(false);
    expect(fitsLength('x\uDC00'.repeat(101), MAX_NAME_LENGTH)).toBe(false);
  });
});
