import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_EXCHANGE_BYTES,
  MAX_REPORTED_ISSUES,
  exchangeFileV1Schema,
  isRecordsFile,
  parseExchangeFile,
} from '../../../src-shared/exchange';
import {
  errorsOf,
  expectIssue,
  fixtureJson,
  fixtureText,
  messages,
  parseJson,
  parseText,
  parsedFile,
} from './helpers';
import type { Raw } from './helpers';

const RECORDS = 'stichting-de-linde-2019-records.json';
const COUNTS = 'zorggroep-oost-2019-counts.json';
const NAME = 'partner.json';

/** The records fixture with its first trajectory (a completed one) changed. */
function recordsWith(patch: Raw, index = 0) {
  const file = fixtureJson(RECORDS);
  const trajectories = file.trajectories as Raw[];
  const target = trajectories[index] as Raw;
  Object.assign(target, patch);
  return { file, ref: target.ref as string };
}

/** A completed record of the fixture, as the base for rule tests. */
function completedIndex(): number {
  const trajectories = fixtureJson(RECORDS).trajectories as Raw[];
  return trajectories.findIndex((t) => t.status === 'completed');
}

function refuse(value: unknown): ReturnType<typeof errorsOf> {
  return errorsOf(parseJson(NAME, value));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseExchangeFile: valid files', () => {
  it('reads the app’s own exports of both levels without errors or warnings', () => {
    for (const name of [
      RECORDS,
      'stichting-de-linde-2019-records-newer.json',
      'stichting-de-linde-2020-records.json',
      'stichting-de-linde-2019-counts.json',
      COUNTS,
    ]) {
      const result = parseText(name, fixtureText(name));
      expect(result, name).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('tells the levels apart by the presence of trajectories', () => {
    expect(isRecordsFile(parsedFile(parseText(RECORDS, fixtureText(RECORDS))))).toBe(true);
    const counts = parsedFile(parseText(COUNTS, fixtureText(COUNTS)));
    expect(isRecordsFile(counts)).toBe(false);
    expect(counts).not.toHaveProperty('trajectories');
  });

  it('ignores unknown keys everywhere and strips them from the result', () => {
    const { file } = recordsWith({ internalNote: 'x', future: { a: 1 } });
    file.futureTopLevel = [1, 2, 3];
    (file.organisation as Raw).website = 'https://example.org';
    (file.summary as Raw).placementRate = 0.5;
    const parsed = parsedFile(parseJson(NAME, file));
    expect(parsed).not.toHaveProperty('futureTopLevel');
    expect(parsed.organisation).not.toHaveProperty('website');
    expect(parsed.summary).not.toHaveProperty('placementRate');
    if (!isRecordsFile(parsed)) throw new Error('records expected');
    expect(parsed.trajectories[0]).not.toHaveProperty('internalNote');
    expect(Object.keys(parsed.trajectories[0] ?? {})).toEqual([
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
  });

  it('accepts a UTF-8 byte order mark and counts-only codes that are left out as 0', () => {
    const file = fixtureJson(COUNTS);
    const summary = file.summary as { outcomes: Raw; stopReasons: Raw };
    delete summary.outcomes.education;
    delete summary.stopReasons.health;
    const parsed = parsedFile(parseText(NAME, `\uFEFF${JSON.stringify(file)}`));
    if (isRecordsFile(parsed)) throw new Error('counts expected');
    expect(parsed.summary.outcomes.education).toBe(0);
    expect(parsed.summary.stopReasons.health).toBe(0);
  });

  it('lets __proto__ and constructor keys change nothing', () => {
    const text = fixtureText(RECORDS)
      .replace(
        '"format": "wep-regional-export",',
        '"__proto__": { "polluted": true, "format": "other" }, "constructor": { "prototype": { "polluted": true } }, "format": "wep-regional-export",',
      )
      .replace(
        '"ref":',
        '"__proto__": { "status": "stopped", "isAdmin": true }, "constructor": "x", "ref":',
      );
    const result = parseText(NAME, text);
    const parsed = parsedFile(result);
    expect(result.ok && result.warnings).toEqual([]);
    expect(({} as Raw).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    if (!isRecordsFile(parsed)) throw new Error('records expected');
    const first = parsed.trajectories[0] as Raw;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(first.isAdmin).toBeUndefined();
    expect(Object.keys(first)).not.toContain('__proto__');
    expect(parsed).toEqual(parsedFile(parseText(NAME, fixtureText(RECORDS))));
  });
});

describe('parseExchangeFile: dangerous keys, however they are written', () => {
  // In a list of counts per code an unknown key is an error, so a key that was not dropped shows.
  const withOutcomeKey = (key: string) =>
    fixtureText(COUNTS).replace('"outcomes": {', `"outcomes": { ${key}: 1,`);

  it.each([
    ['__proto__', '"__proto__"'],
    ['constructor', '"constructor"'],
    ['prototype, spelled with \\u escapes', '"\\u0070rototyp\\u0065"'],
    ['__proto__, spelled with \\u escapes', '"\\u005f\\u005fproto\\u005f\\u005f"'],
  ])('drops %s before anything reads it', (_name, key) => {
    const text = withOutcomeKey(key);
    expect(text).toContain(`${key}: 1`);
    expect(parseText(NAME, text)).toEqual(parseText(NAME, fixtureText(COUNTS)));
  });

  it('keeps other keys spelled with \\u escapes, and so refuses an unknown one', () => {
    const [issue] = errorsOf(parseText(NAME, withOutcomeKey('"\\u0070romoted"')));
    expect(issue?.message).toContain('bevat een onbekende code "promoted"');
  });
});

describe('parseExchangeFile: refused before or while reading', () => {
  it('refuses a file over 50 MB without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseExchangeFile('groot.json', fixtureText(RECORDS), MAX_EXCHANGE_BYTES + 1);
    expect(parse).not.toHaveBeenCalled();
    const [issue] = errorsOf(result);
    expect(issue).toMatchObject({ file: 'groot.json', record: null, field: null });
    expect(issue?.message).toMatch(
      /^Bestand "groot\.json" is 50 MB groot; .*hoogstens 50 MB.*niet gelezen\.$/,
    );
  });

  it('reads a file of exactly 50 MB', () => {
    expect(parseExchangeFile(RECORDS, fixtureText(RECORDS), MAX_EXCHANGE_BYTES).ok).toBe(true);
  });

  it('reports invalid JSON with line and column, in Dutch', () => {
    const [issue] = errorsOf(
      parseText('kapot.json', '{\n  "format": "wep-regional-export",\n  "version": 1,,\n}'),
    );
    expect(issue?.message).toBe(
      'Bestand "kapot.json" is geen geldige JSON: fout op regel 3, kolom 16.',
    );
    const [cut] = errorsOf(parseText('half.json', fixtureText(RECORDS).slice(0, 500)));
    expect(cut?.message).toMatch(/^Bestand "half\.json" is geen geldige JSON/);
  });

  it('reports text that is not UTF-8, and an empty file', () => {
    const [latin1] = errorsOf(parseText('latin1.json', '{"name": "Caf\uFFFD"}'));
    expect(latin1?.message).toBe(
      'Bestand "latin1.json" is geen geldige UTF-8-tekst: regel 1, kolom 14 bevat een onleesbaar teken. Sla het op als UTF-8 en probeer het opnieuw.',
    );
    const utf16 = Buffer.from(fixtureText(COUNTS), 'utf16le').toString('utf8');
    const [wide] = errorsOf(parseText('utf16.json', utf16));
    expect(wide?.message).toMatch(/^Bestand "utf16\.json" is geen UTF-8-tekst: .*UTF-16/);
    const [empty] = errorsOf(parseText('leeg.json', '  \n'));
    expect(empty?.message).toBe('Bestand "leeg.json" is leeg.');
  });

  it('refuses JSON that is not an object', () => {
    const [issue] = errorsOf(parseText(NAME, '[1, 2]'));
    expect(issue?.message).toMatch(
      /^Bestand "partner\.json" bevat geen regionaal uitwisselbestand/,
    );
  });
});

describe('parseExchangeFile: the importer rules of DOMAIN.md', () => {
  it('wrong format', () => {
    const errors = errorsOf(parseText(NAME, fixtureText('invalid-not-an-exchange-file.json')));
    const issue = expectIssue(errors, NAME, null, 'format');
    expect(issue.message).toContain('"instap-backup"');
    expect(issue.message).toContain('geen regionaal uitwisselbestand');
    expect(errors).toHaveLength(1);
  });

  it('a newer version: made by a newer version of the app', () => {
    const errors = errorsOf(parseText(NAME, fixtureText('invalid-newer-version.json')));
    expect(errors).toHaveLength(1);
    const issue = expectIssue(errors, NAME, null, 'version');
    expect(issue.message).toContain('gemaakt met een nieuwere versie van de app');
    expect(issue.message).toContain('formaatversie 2');
  });

  it('a version it does not know otherwise', () => {
    for (const version of [0, '1', 1.5, null]) {
      const file = fixtureJson(COUNTS);
      file.version = version;
      const issue = expectIssue(refuse(file), NAME, null, 'version');
      expect(issue.message).toContain('onbekend');
      expect(issue.message).not.toContain('nieuwere');
    }
  });

  it('invalid dates: not YYYY-MM-DD, or no such day', () => {
    const { file, ref } = recordsWith({ discussedOn: '2019-02-29', startedOn: '1-3-2019' });
    const errors = refuse(file);
    expect(expectIssue(errors, NAME, ref, 'discussedOn').message).toContain(
      'is geen bestaande datum in de vorm JJJJ-MM-DD: "2019-02-29"',
    );
    expectIssue(errors, NAME, ref, 'startedOn');
    const period = fixtureJson(COUNTS);
    (period.period as Raw).referenceDate = '2020-13-01';
    expectIssue(refuse(period), NAME, null, 'period.referenceDate');
    const leap = recordsWith({ discussedOn: '2016-02-29' }).file;
    expect(parseJson(NAME, leap).ok).toBe(true);
  });

  it('a period that ends before it starts', () => {
    const file = fixtureJson(COUNTS);
    (file.period as Raw).to = '2018-12-31';
    expect(expectIssue(refuse(file), NAME, null, 'period.to').message).toContain(
      'vóór het begin van de periode',
    );
  });

  it('endedOn before startedOn', () => {
    const { file, ref } = recordsWith(
      { startedOn: '2019-05-01', endedOn: '2019-04-30' },
      completedIndex(),
    );
    const issue = expectIssue(refuse(file), NAME, ref, 'endedOn');
    expect(issue.message).toContain('de einddatum 2019-04-30 ligt vóór de startdatum 2019-05-01');
  });

  it('status completed or stopped without endedOn', () => {
    for (const status of ['completed', 'stopped']) {
      const { file, ref } = recordsWith({ status, endedOn: null }, completedIndex());
      const issue = expectIssue(refuse(file), NAME, ref, 'endedOn');
      expect(issue.message).toContain(`bij status "${status}" hoort een einddatum`);
    }
  });

  it('status ongoing with startedOn null', () => {
    const { file, ref } = recordsWith(
      { status: 'ongoing', startedOn: null, endedOn: null },
      completedIndex(),
    );
    const issue = expectIssue(refuse(file), NAME, ref, 'startedOn');
    expect(issue.message).toContain('bij status "ongoing" hoort een startdatum');
  });

  it('status ongoing with an endedOn', () => {
    const { file, ref } = recordsWith({ status: 'ongoing' }, completedIndex());
    const issue = expectIssue(refuse(file), NAME, ref, 'endedOn');
    expect(issue.message).toContain('moet null zijn bij status "ongoing"');
  });

  it('status discussed with a startedOn', () => {
    const { file, ref } = recordsWith(
      { status: 'discussed', endedOn: null, outcome: null },
      completedIndex(),
    );
    const issue = expectIssue(refuse(file), NAME, ref, 'startedOn');
    expect(issue.message).toContain('moet null zijn bij status "discussed"');
  });

  it('stopReason set unless status is stopped', () => {
    for (const status of ['completed', 'ongoing', 'discussed']) {
      const patch: Raw = { status, stopReason: 'health' };
      if (status !== 'completed') patch.endedOn = null;
      if (status === 'discussed') patch.startedOn = null;
      const { file, ref } = recordsWith(patch, completedIndex());
      const errors = refuse(file);
      expect(errors, messages(errors).join('\n')).toHaveLength(1);
      const issue = expectIssue(errors, NAME, ref, 'stopReason');
      expect(issue.message).toContain(`moet null zijn bij status "${status}"`);
    }
  });

  it('an unknown code, in a record or in the counts', () => {
    const { file, ref } = recordsWith({
      kind: 'internship',
      benefit: 'bijstand',
      ageBand: '18-26',
      status: 'finished',
      stopReason: 'moved',
      outcome: 'job',
    });
    const errors = refuse(file);
    for (const field of ['kind', 'benefit', 'ageBand', 'status', 'stopReason', 'outcome']) {
      expect(expectIssue(errors, NAME, ref, field).message).toContain('onbekende code');
    }
    expect(expectIssue(errors, NAME, ref, 'kind').message).toContain(
      'bevat een onbekende code "internship"; bekend zijn "work-experience", "trial-placement", "work-study", "other".',
    );
    const counts = errorsOf(parseText(NAME, fixtureText('invalid-counts.json')));
    expect(expectIssue(counts, NAME, null, 'summary.outcomes').message).toContain('"emigrated"');
  });

  it('a duplicate ref', () => {
    const file = fixtureJson(RECORDS);
    const trajectories = file.trajectories as Raw[];
    const ref = (trajectories[2] as Raw).ref as string;
    (trajectories[7] as Raw).ref = ref;
    const errors = refuse(file);
    expect(errors).toHaveLength(1);
    const issue = expectIssue(errors, NAME, ref, 'ref');
    expect(issue.message).toContain('het 8e in de lijst');
    expect(issue.message).toContain('komt al voor bij het 3e traject');
  });

  it('counts that are negative or not integers', () => {
    const errors = errorsOf(parseText(NAME, fixtureText('invalid-counts.json')));
    expect(expectIssue(errors, NAME, null, 'summary.started').message).toContain(
      'mag niet negatief zijn, maar is -4',
    );
    expect(expectIssue(errors, NAME, null, 'summary.completed').message).toContain(
      'moet een geheel getal zijn, niet 2.5',
    );
    expect(expectIssue(errors, NAME, null, 'summary.employerStarts[1].started').message).toContain(
      'niet "3"',
    );
    const { file, ref } = recordsWith({ learningGoals: { total: 4.5, achieved: -1 } });
    const goals = refuse(file);
    expectIssue(goals, NAME, ref, 'learningGoals.total');
    expectIssue(goals, NAME, ref, 'learningGoals.achieved');
  });

  it('missing keys and wrong types, named by field', () => {
    const { file, ref } = recordsWith({ employer: 12, hoursPerWeek: '16' });
    delete ((file.trajectories as Raw[])[0] as Raw).candidateRef;
    delete (file.organisation as Raw).name;
    const errors = refuse(file);
    expect(expectIssue(errors, NAME, ref, 'candidateRef').message).toMatch(/: ontbreekt\.$/);
    expect(expectIssue(errors, NAME, ref, 'employer').message).toContain(
      'moet een tekst of null zijn, niet 12',
    );
    expectIssue(errors, NAME, ref, 'hoursPerWeek');
    expectIssue(errors, NAME, null, 'organisation.name');
  });

  it('names a record without a valid ref by its index', () => {
    const file = fixtureJson(RECORDS);
    const trajectories = file.trajectories as Raw[];
    (trajectories[4] as Raw).ref = '';
    trajectories.push('geen traject' as unknown as Raw);
    const errors = refuse(file);
    expect(expectIssue(errors, NAME, '#4', 'ref').message).toContain(
      'traject #4 (het 5e in de lijst, zonder geldige ref)',
    );
    expect(expectIssue(errors, NAME, `#${trajectories.length - 1}`, null).message).toContain(
      'moet een object zijn, niet "geen traject"',
    );
  });

  it('collects every error of a file, not just the first', () => {
    const errors = errorsOf(parseText(NAME, fixtureText('invalid-rules.json')));
    const where = errors.map((e) => `${e.record ?? ''} ${e.field ?? ''}`);
    expect(where).toEqual(
      expect.arrayContaining([
        ' summary.completedToPaidWork',
        ' summary.stopped',
        't-ended-before-start endedOn',
        't-completed-no-end endedOn',
        't-stopped-no-end endedOn',
        't-ongoing-no-start startedOn',
        't-ongoing-with-end endedOn',
        't-discussed-with-start startedOn',
        't-reason-not-stopped stopReason',
        't-unknown-code kind',
        't-unknown-code benefit',
        't-bad-date discussedOn',
        't-bad-date startedOn',
        't-ok-01 ref',
        't-negative-goals learningGoals.achieved',
      ]),
    );
    for (const issue of errors) expectIssue(errors, NAME, issue.record, issue.field);
  });

  it('caps the errors at 200, with a last line saying how many more', () => {
    const file = fixtureJson(RECORDS);
    const trajectories = file.trajectories as Raw[];
    const many: Raw[] = [];
    for (let i = 0; i < 150; i++) {
      many.push({ ...(trajectories[0] as Raw), ref: `t-${i}`, kind: 'x', status: 'y' });
    }
    file.trajectories = many;
    const errors = refuse(file);
    expect(errors).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(errors.at(-1)?.message).toBe(`En nog 100 fouten in bestand "${NAME}".`);
  });
});

describe('parseExchangeFile: warnings', () => {
  it('a summary that differs from the records is a warning, not an error', () => {
    const file = fixtureJson(RECORDS);
    (file.summary as Raw).started = 15;
    (file.summary as Raw).ongoing = 7;
    const result = parseJson(NAME, file);
    if (!result.ok) throw new Error(messages(result.errors).join('\n'));
    expect(result.warnings).toHaveLength(2);
    const started = expectIssue(result.warnings, NAME, null, 'summary.started');
    expect(started.message).toContain('de samenvatting zegt 15, maar uit de trajecten volgt 14');
    expectIssue(result.warnings, NAME, null, 'summary.ongoing');
  });

  it('a counts-only summary whose counts do not add up is a warning', () => {
    const file = fixtureJson(COUNTS);
    (file.summary as Raw).ongoing = 5;
    const result = parseJson(NAME, file);
    if (!result.ok) throw new Error(messages(result.errors).join('\n'));
    expectIssue(result.warnings, NAME, null, 'summary.started');
  });

  it('a record outside the file’s period is a warning', () => {
    const { file, ref } = recordsWith(
      {
        discussedOn: '2018-03-01',
        startedOn: '2018-04-02',
        endedOn: '2018-09-28',
      },
      completedIndex(),
    );
    const result = parseJson(NAME, file);
    if (!result.ok) throw new Error(messages(result.errors).join('\n'));
    expect(expectIssue(result.warnings, NAME, ref, null).message).toContain(
      'niet besproken of gestart in de periode 2019-01-01 t/m 2019-12-31',
    );
  });
});

describe('exchangeFileV1Schema on its own', () => {
  it('accepts both levels and enforces the rules between fields too', () => {
    expect(exchangeFileV1Schema.safeParse(fixtureJson(RECORDS)).success).toBe(true);
    expect(exchangeFileV1Schema.safeParse(fixtureJson(COUNTS)).success).toBe(true);
    const { file } = recordsWith({ status: 'ongoing' }, completedIndex());
    expect(exchangeFileV1Schema.safeParse(file).success).toBe(false);
    const duplicate = fixtureJson(RECORDS);
    const trajectories = duplicate.trajectories as Raw[];
    (trajectories[1] as Raw).ref = (trajectories[0] as Raw).ref;
    expect(exchangeFileV1Schema.safeParse(duplicate).success).toBe(false);
  });
});
