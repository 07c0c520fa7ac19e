import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES } from '../../../src-shared/exchange';
import { pdfPages, pdfWords } from '../pdf/pdf-tools';
import {
  LARGE_ORGANISATION,
  LARGE_PERIOD,
  LARGE_REFERENCE_DATE,
  largeExchangeFile,
  type LargeFile,
} from './large-exchange-file';

/**
 * A valid exchange file at the size limit (200,000 records, just under 50 MB) goes the whole way:
 * `instap validate`, `instap figures`, `instap infographic`, and the Regio screen's import and
 * figures. Spreading its records into one call (push, Math.max) threw a RangeError. Each runs in
 * a process of its own, on a main thread as a user's does: a test worker's stack is four times as
 * large and hides the error. Every figure is compared with a tally made while generating the file.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-large-'));
const file = path.join(folder, 'zorgnetwerk-groot-2019.json');
const pdf = path.join(folder, 'infographic.pdf');
const year = ['--from', '2019-01-01', '--to', '2019-12-31', '--reference', LARGE_REFERENCE_DATE];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function node(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const jobs = {
  validate: () => node(['bin/instap.js', 'validate', file]),
  figures: () => node(['bin/instap.js', 'figures', file, ...year, '--json']),
  infographic: () => node(['bin/instap.js', 'infographic', file, ...year, '--out', pdf]),
  regioScreen: () =>
    node([
      '--import',
      'tsx',
      'tests/unit/regional/regio-screen-run.ts',
      file,
      LARGE_PERIOD.from,
      LARGE_PERIOD.to,
      LARGE_REFERENCE_DATE,
    ]),
};

let large: LargeFile;
const results = {} as Record<keyof typeof jobs, Run>;

beforeAll(async () => {
  large = largeExchangeFile();
  writeFileSync(file, large.text);
  // One at a time: each takes a core and 600 MB, beside the other tests of the suite.
  for (const [name, job] of Object.entries(jobs) as [keyof typeof jobs, () => Promise<Run>][]) {
    results[name] = await job();
  }
}, 300_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('an exchange file of 200,000 records, just under 50 MB', () => {
  it('is that file', () => {
    expect(large.records).toBe(200_000);
    expect(large.bytes).toBeLessThanOrEqual(MAX_EXCHANGE_BYTES);
    // The records themselves fill it: little of it is padding.
    expect(large.text.trimEnd().length).toBeGreaterThan(MAX_EXCHANGE_BYTES - 100 * 1024);
  });

  it('is valid for `instap validate`', () => {
    const { code, stdout, stderr } = results.validate;
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: `Geldig: ${file} (Zorgnetwerk Groot, met 200000 trajecten, 2019-01-01 t/m 2019-12-31, peildatum 2020-12-31)\n`,
      stderr: '',
    });
  });

  it('gives its figures with `instap figures`', () => {
    const { code, stdout, stderr } = results.figures;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual(large.figures);
  });

  it('gives its one-page infographic with `instap infographic`, every figure on it', async () => {
    const { code, stderr } = results.infographic;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(await pdfPages(pdf)).toBe(1);
    const words = await pdfWords(pdf);
    const n = (value: number) => value.toLocaleString('nl-NL');
    const f = large.figures;
    for (const phrase of [
      'Zorgnetwerk Groot · Regio Zwolle',
      `Besproken kandidaten ${n(f.discussed)}`,
      `Gestarte trajecten ${n(f.started)}`,
      // The cohort bar: completed, ongoing and stopped add up to the started.
      `${n(f.completed)} afgerond ${n(f.ongoing)} nog lopend ${n(f.stopped)} voortijdig gestopt`,
      `${n(f.completedToPaidWork)} van de ${n(f.completed)} kandidaten die afrondden, gingen naar betaald werk.`,
      `Van de ${n(f.started)} gestarte trajecten liepen er op`,
      `na afronding (${Math.round((f.completedToPaidWork / f.completed) * 100)}%)`,
      `Deelnemende werkgevers (${n(f.employers)})`,
      `(${n(Math.round(f.averageDurationDays ?? 0))} dagen)`,
      `Betaald werk ${n(f.outcomes['paid-work'])}`,
      `Vrijwilligerswerk ${n(f.outcomes.volunteering)}`,
      `Werk gevonden ${n(f.stopReasons['found-work'])}`,
      `Motivatie ${n(f.stopReasons.motivation)}`,
    ]) {
      expect(words).toContain(phrase);
    }
    // Employers by name on a few lines, the rest counted.
    expect(words).toMatch(/\+ [\d.]+ andere werkgevers/);
    // Employers under their mixed-case spelling, though some records write them in capitals.
    expect(words).toMatch(/Zorg \d+ \([\d.]+\)/);
    expect(words).not.toMatch(/ZORG \d/);
  });

  it('is imported by the Regio screen, which shows its figures', () => {
    const { code, stdout, stderr } = results.regioScreen;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { imported, region } = JSON.parse(stdout) as {
      imported: unknown;
      region: { ok: boolean; total: unknown; warnings: unknown; perOrganisation: unknown[] };
    };
    expect(imported).toEqual({
      ok: true,
      imported: [{ fileName: path.basename(file), organisation: LARGE_ORGANISATION.name }],
    });
    expect(region).toMatchObject({ ok: true, total: large.figures, warnings: [] });
    expect(region.perOrganisation).toEqual([
      expect.objectContaining({ name: 'Eigen organisatie', source: 'records' }),
      {
        organisationId: LARGE_ORGANISATION.id,
        name: LARGE_ORGANISATION.name,
        source: 'records',
        figures: large.figures,
      },
    ]);
  });
});
