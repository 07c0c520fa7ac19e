import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { pdfPages, pdfWords } from '../pdf/pdf-tools';

/**
 * The CLI as a user runs it: subprocesses of the `instap` bin (and once through tsx directly, as
 * `npm run cli` does), on the sample exchange files. Each start costs about a second, so all of
 * them run up front, two at a time; argument handling beyond that is tested in-process.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join('tests', 'fixtures', 'exchange');
const fixture = (name: string) => path.join(fixtures, name);
const out = mkdtempSync(path.join(os.tmpdir(), 'instap-cli-'));
const year = ['--from', '2019-01-01', '--to', '2019-12-31', '--reference', '2020-12-31'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function spawn(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: root, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const bin = (...args: string[]) => spawn(process.execPath, ['bin/instap.js', ...args]);
const tsx = (...args: string[]) =>
  spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['src-main/cli/cli.ts', ...args]);

/** Run as subprocesses, two at a time, before the tests look at them. */
const jobs = {
  jsonViaTsx: () =>
    tsx('figures', fixture('stichting-de-linde-2019-records.json'), ...year, '--json'),
  jsonRegional: () =>
    bin(
      'figures',
      fixture('stichting-de-linde-2019-records.json'),
      fixture('stichting-de-linde-2019-records-newer.json'),
      fixture('zorggroep-oost-2019-counts.json'),
      ...year,
      '--json',
    ),
  validateGood: () =>
    bin(
      'validate',
      fixture('stichting-de-linde-2019-records.json'),
      fixture('stichting-de-linde-2019-counts.json'),
      fixture('zorggroep-oost-2019-counts.json'),
    ),
  validateBad: () =>
    bin(
      'validate',
      fixture('stichting-de-linde-2019-records.json'),
      fixture('invalid-rules.json'),
      fixture('invalid-newer-version.json'),
    ),
  infographicOne: () =>
    bin(
      'infographic',
      fixture('stichting-de-linde-2019-records.json'),
      ...year,
      '--out',
      path.join(out, 'de-linde.pdf'),
    ),
  infographicRegion: () =>
    bin(
      'infographic',
      fixture('stichting-de-linde-2019-records-newer.json'),
      fixture('zorggroep-oost-2019-counts.json'),
      ...year,
      '--out',
      path.join(out, 'regio.pdf'),
    ),
  badDate: () =>
    bin(
      'figures',
      fixture('zorggroep-oost-2019-counts.json'),
      '--from',
      '2019-02-30',
      '--to',
      '2019-12-31',
    ),
};

/** The same entry point in-process: quick, for the rest of the argument handling. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

const results = {} as Record<keyof typeof jobs, Run>;

beforeAll(async () => {
  const queue = Object.entries(jobs) as [keyof typeof jobs, () => Promise<Run>][];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results[job[0]] = await job[1]();
  };
  await Promise.all([worker(), worker()]);
}, 120_000);

const figureKeys = [
  'discussed',
  'started',
  'employers',
  'completed',
  'completedToPaidWork',
  'ongoing',
  'stopped',
  'outcomes',
  'stopReasons',
  'averageDurationDays',
  'notStarted',
  'sustained6Months',
  'sustained12Months',
  'toPaidWorkInSector',
];

describe('instap figures', () => {
  it('--json prints exactly one object with the figure names of DOMAIN.md', () => {
    const { code, stdout, stderr } = results.jsonViaTsx;
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const figures = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(figures)).toEqual(figureKeys);
    expect(figures).toMatchObject({
      discussed: 40,
      started: 14,
      employers: 8,
      completed: 5,
      completedToPaidWork: 4,
      ongoing: 6,
      stopped: 3,
      averageDurationDays: 182.1,
    });
    expect(Object.keys(figures.outcomes as object)).toEqual([
      'paid-work',
      'education',
      'volunteering',
      'benefit',
      'unknown',
    ]);
    expect(Object.keys(figures.stopReasons as object)).toEqual([
      'found-work',
      'health',
      'motivation',
      'personal',
      'not-suitable',
      'other',
    ]);
  });

  it('merges the exports (the newest wins) and adds the organisations', () => {
    const { code, stdout } = results.jsonRegional;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      discussed: 49,
      started: 20,
      employers: 10,
      completed: 8,
      completedToPaidWork: 6,
      ongoing: 7,
      stopped: 5,
    });
  });

  it('--json has the added figures, and null for those a partner does not supply', async () => {
    const { code, stdout } = results.jsonViaTsx;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      notStarted: { 'no-placement': 0, waiting: 25 },
      sustained6Months: { due: 4, employed: 0 },
      toPaidWorkInSector: 0,
    });
    const older = await run(
      'figures',
      fixture('stichting-de-linde-2019-records.json'),
      fixture('zorggroep-oost-2019-counts-older.json'),
      ...year,
      '--json',
    );
    expect(older.code).toBe(0);
    expect(JSON.parse(older.stdout)).toMatchObject({
      discussed: 49,
      notStarted: null,
      sustained6Months: null,
      sustained12Months: null,
      toPaidWorkInSector: null,
    });
    const text = await run(
      'figures',
      fixture('stichting-de-linde-2019-records.json'),
      fixture('zorggroep-oost-2019-counts-older.json'),
      ...year,
    );
    expect(text.stdout).toMatch(/Na 6 maanden\s+niet aangeleverd/);
  });

  it('--programme counts the records of one programme, and refuses counts-only files', async () => {
    const none = await run(
      'figures',
      fixture('stichting-de-linde-2019-records.json'),
      ...year,
      '--programme',
      'WEP Trein',
      '--json',
    );
    expect(JSON.parse(none.stdout)).toMatchObject({ discussed: 0, started: 0 });
    const refused = await run(
      'figures',
      fixture('zorggroep-oost-2019-counts.json'),
      ...year,
      '--programme',
      'WEP Trein',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('niet per programma te filteren');
  });

  it('prints a Dutch table with the region and each organisation', async () => {
    const { code, stdout } = await run(
      'figures',
      fixture('stichting-de-linde-2019-records-newer.json'),
      fixture('zorggroep-oost-2019-counts.json'),
      ...year,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Resultaten werkervaringsplaatsen: Regio Zwolle (2 organisaties)');
    expect(stdout).toContain(
      'Periode 1 januari 2019 – 31 december 2019, peildatum 31 december 2020',
    );
    expect(stdout).toMatch(/Besproken\s+49\n/);
    expect(stdout).toMatch(
      /Naar betaald werk\s+6 {2}\(75% van 8 afgerond; cohort 20, waarvan 7 lopend\)/,
    );
    expect(stdout).toMatch(/Zorggroep Oost\s+6\s+3\s+2\s+2\s+1\s+totalen/);
  });
});

describe('instap validate', () => {
  it('exits 0 when every file is valid', () => {
    const { code, stdout, stderr } = results.validateGood;
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.match(/^Geldig: /gm)).toHaveLength(3);
  });

  it('exits 1 naming file, record and field in Dutch', () => {
    const { code, stdout, stderr } = results.validateBad;
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Geldig: tests/fixtures/exchange/stichting-de-linde-2019-records.json',
    );
    expect(stderr).toContain(
      'In bestand "tests/fixtures/exchange/invalid-rules.json", traject "t-ended-before-start" (het 2e in de lijst), veld "endedOn": de einddatum 2019-04-30 ligt vóór de startdatum 2019-05-01.',
    );
    expect(stderr).toContain('gemaakt met een nieuwere versie van de app');
    expect(stderr).toContain('2 van 3 bestanden ongeldig.');
  });
});

describe('instap infographic', () => {
  it('writes the one-page infographic of one organisation', async () => {
    const { code, stdout } = results.infographicOne;
    expect(code).toBe(0);
    expect(stdout).toContain('Infographic geschreven naar');
    const pdf = path.join(out, 'de-linde.pdf');
    expect(await pdfPages(pdf)).toBe(1);
    const words = await pdfWords(pdf);
    expect(words).toContain('Stichting De Linde Zorg · Regio Zwolle');
    expect(words).toContain('1 januari 2019 – 31 december 2019');
    expect(words).toContain('Besproken kandidaten 40');
    expect(words).not.toContain('Per organisatie');
  });

  it('writes "Regio …" with a table per organisation when several are merged', async () => {
    expect(results.infographicRegion.code).toBe(0);
    const pdf = path.join(out, 'regio.pdf');
    expect(await pdfPages(pdf)).toBe(1);
    const words = await pdfWords(pdf);
    expect(words).toMatch(/^\s*Regio Zwolle Resultaten werkervaringsplaatsen/);
    expect(words).toContain('Per organisatie');
    expect(words).toContain('Stichting De Linde Zorg 14 5 4 5 4');
    expect(words).toContain('Zorggroep Oost 6 3 2 2 1');
    expect(words).toContain('Totaal 20 8 6 7 5');
  });
});

describe('wrong use', () => {
  it('exits 2 with a Dutch message on a date that does not exist', () => {
    expect(results.badDate).toMatchObject({ code: 2, stdout: '' });
    expect(results.badDate.stderr).toContain(
      '--from "2019-02-30" is geen bestaande datum in de vorm JJJJ-MM-DD',
    );
  });

  it('answers --help and no arguments with Dutch usage, exit 0', async () => {
    for (const argv of [[], ['--help'], ['-h']]) {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toContain('Gebruik:');
      expect(stdout).toContain('Afsluitcodes:');
    }
    expect((await run('figures', '--help')).stdout).toContain('Gebruik: instap figures');
  });

  it('exits 2 on an unknown command, a missing period, files or --out, a period backwards', async () => {
    const file = fixture('zorggroep-oost-2019-counts.json');
    const cases: [string[], string][] = [
      [['bogus'], 'Onbekende opdracht "bogus"'],
      [['figures', file, '--fromm', 'x'], 'Onbekende optie "--fromm" bij "figures"'],
      [['--bogus'], 'Onbekende optie "--bogus"'],
      [['figures', file], 'Geef de periode met --from en --to'],
      [['figures', ...year], 'Geef ten minste één uitwisselbestand'],
      [['figures', file, '--from'], 'Optie --from bij "figures" heeft een waarde nodig'],
      [['figures', file, ...year, '--json=ja'], 'Optie --json bij "figures" neemt geen waarde'],
      [['figures', file, '--from', '2019-12-31', '--to', '2019-01-01'], 'na haar einde'],
      [['figures', file, '--from', '1-1-2019', '--to', '2019-12-31'], 'geen bestaande datum'],
      [['infographic', file, ...year], 'Geef met --out aan waar de PDF moet komen'],
      [['validate', file, '--json'], 'Onbekende optie "--json" bij "validate"'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result, argv.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toContain(message);
    }
  });

  it('exits 1 on a missing file, a file over 50 MB (unread) or figures that cannot be made', async () => {
    const big = path.join(out, 'groot.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024 + 1); // sparse: nothing to read but its size
    closeSync(fd);
    const missing = await run('validate', path.join(out, 'weg.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
    const tooBig = await run('figures', big, ...year);
    expect(tooBig.code).toBe(1);
    expect(tooBig.stderr).toContain('mag hoogstens 50 MB zijn');
    const otherPeriod = await run(
      'figures',
      fixture('zorggroep-oost-2019-counts.json'),
      '--from',
      '2018-01-01',
      '--to',
      '2019-12-31',
      '--reference',
      '2020-12-31',
    );
    expect(otherPeriod.code).toBe(1);
    expect(otherPeriod.stderr).toContain('Totalen zonder trajecten gelden alleen');
    const noFolder = await run(
      'infographic',
      fixture('zorggroep-oost-2019-counts.json'),
      ...year,
      '--out',
      path.join(out, 'nergens', 'x.pdf'),
    );
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('bestaat niet');
  });
});
