import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { breakdown, computeFigures, type FigureRecord } from '../../../src-shared/figures';
import {
  infographicRequestSchema,
  MAX_INFOGRAPHIC_RECORDS,
} from '../../../src-shared/ipc/infographic';
import { MAX_IMAGE_BYTES } from '../../../src-shared/images/check';
import { decodeWire, encodeWire, type Envelope } from '../../../src-shared/ipc/envelope';
import { createServiceHandlers, dispatch } from '../../../src-main/handlers';
import { MAX_BODY_BYTES, startWebHost } from '../../../src-main/web-host';
import { openSession } from '../../web-host-client';
import { makeInfographic, type InfographicInput } from '../../../src-main/pdf/infographic';
import { validFigureRecords } from '../../fixtures/figure-records';
import {
  wepTrein2019Period,
  wepTrein2019Records,
  wepTrein2019ReferenceDate,
} from '../../fixtures/wep-trein-2019';
import { jpegHeader } from './images-fixtures';
import { pdfPageSize, pdfPages, pdfText, pdfWords } from './pdf-tools';

const version = '9.8.7';
const period = wepTrein2019Period;
const referenceDate = wepTrein2019ReferenceDate;

function pilot(extra: Partial<InfographicInput> = {}): InfographicInput {
  return {
    title: { organisation: 'Stichting De Linde Zorg', region: 'Regio Zwolle', regional: false },
    period,
    referenceDate,
    records: wepTrein2019Records(),
    ...extra,
  };
}

/** A 1×1 PNG, made here so the test needs no image file. */
function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const pixels = deflateSync(Buffer.from([0, 0x1f, 0x6f, 0x6b]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** 60 employers, some with 200-character names without a space. */
const longName = (i: number) =>
  i % 7 === 3 ? `Zorgcentrum${i}${'Ĳsselvechtdal'.repeat(15)}`.slice(0, 200) : `Werkgever ${i + 1}`;

// PDFs and poppler take a while on a busy two-core machine.
describe('the infographic of the 2019 WEP Trein pilot', { timeout: 60_000 }, () => {
  it('is one A4 page with every headline figure, the organisation and the period', async () => {
    const { bytes, fileName } = await makeInfographic(pilot(), version);
    expect(fileName).toBe('infographic-2019.pdf');
    expect(await pdfPages(bytes)).toBe(1);
    const [width, height] = await pdfPageSize(bytes);
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);

    const text = await pdfText(bytes);
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Stichting De Linde Zorg');
    expect(words).toContain('Resultaten werkervaringsplaatsen 2019');
    // The peildatum in the heading, right under the title (issue 16, point 9).
    expect(words).toContain(
      'Resultaten werkervaringsplaatsen 2019 trajecten gestart van 1 januari 2019 – 31 december 2019 · stand op 31 december 2020',
    );
    expect(words).toContain('Peildatum 31 december 2020');
    expect(words).toContain(`Gemaakt met Instap ${version}`);
    // The headline figures, each on its tile (the line after the tile's label).
    const figures: [string, number][] = [
      ['Besproken', 40],
      ['Gestart', 14],
      ['Afgerond', 5],
      ['Naar betaald werk', 4],
    ];
    for (const [label, value] of figures) {
      expect(text).toMatch(new RegExp(`${label}[\\s\\S]{0,400}?\\n\\s*(\\S+\\s+)*${value}\\b`));
    }
    // The funnel says what each step counts; the duration in months.
    expect(words).toContain('besproken telt kandidaten, de andere stappen tellen trajecten');
    expect(words).toContain('Besproken kandidaten 40');
    expect(words).toContain('Gestarte trajecten 14');
    expect(words).toContain('Gemiddelde duur 6,0 maanden (182 dagen)');
    // Dutch labels of the codes; employers under a readable spelling.
    for (const label of [
      'Betaald werk',
      'Opleiding',
      'Uitkering',
      'Onbekend',
      'Werk gevonden',
      'Gezondheid',
      'Werkervaringsplaats',
      'Proefplaatsing',
      'Leerwerktraject',
    ]) {
      expect(words).toContain(label);
    }
    // Every participating employer by name, with its starts.
    for (const employer of [
      'Zorgcentrum De Linde (3)',
      'Kringloop De Ruil (2)',
      'Thuiszorg Vechtdal (2)',
      'Woonzorg Het Anker (2)',
      'Bakkerij Van der Veen (1)',
      'Gemeente Zwolle (1)',
      'Hotel De Koperen Kop (1)',
      'Ziekenhuis Isala (1)',
    ]) {
      expect(words).toContain(employer);
    }
    expect(words).toContain('Deelnemende werkgevers (8)');
    expect(words).not.toContain('paid-work');
    expect(words).not.toContain('zorgcentrum de linde');
  });

  it('breaks down per benefit type (with the discussed) and per start year (issue 15)', async () => {
    const { bytes } = await makeInfographic(pilot(), version);
    const words = await pdfWords(bytes);
    // Besproken, then the cohort: gestart, afgerond, naar betaald werk, lopend.
    expect(words).toContain('Per uitkering');
    expect(words).toContain('Uitkering Besproken Gestart Afgerond Betaald werk Lopend');
    for (const row of [
      'Participatiewet 26 6 2 2 1',
      'WW 11 3 2 2 1',
      'Wajong 1 2 1 0 1',
      'WIA 1 1 0 0 1',
      'Geen uitkering 1 1 0 0 1',
      'Onbekend 0 1 0 0 1',
    ]) {
      expect(words).toContain(row);
    }
    // The start year has no discussed: a discussion has no start (DOMAIN.md).
    expect(words).toContain('Per startjaar');
    expect(words).toContain('Startjaar Gestart Afgerond Betaald werk Lopend');
    expect(words).toContain('2019 14 5 4 6');
  });

  it('keeps ten start years and every benefit type on the page: older years share a row', async () => {
    const decade = (records: FigureRecord[]) =>
      records.map((r, i) => {
        const shift = (d: string | null) =>
          d === null ? null : `${Number(d.slice(0, 4)) + (i % 10) - 8}${d.slice(4)}`;
        return {
          ...r,
          discussedOn: shift(r.discussedOn),
          startedOn: shift(r.startedOn),
          endedOn: shift(r.endedOn),
        };
      });
    const tenYears = { from: '2011-01-01', to: '2020-12-31' };
    const local = decade(validFigureRecords(11, 2_000, { employers: 60, employerName: longName }));
    const title = { organisation: 'X'.repeat(200), region: 'R'.repeat(200), regional: false };
    const sheet = await makeInfographic(
      { title, period: tenYears, referenceDate, records: local, logo: tinyPng() },
      version,
    );
    expect(await pdfPages(sheet.bytes)).toBe(1);
    const words = await pdfWords(sheet.bytes);
    const years = breakdown(local, tenYears, referenceDate, 'startYear');
    expect(
      years
        .filter((row) => row.figures.started > 0)
        .map((row) => row.group)
        .sort(),
    ).toEqual(['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
    const n = (value: number) => value.toLocaleString('nl-NL');
    const started = (from: string, to: string) =>
      n(
        years
          .filter((row) => row.group >= from && row.group <= to)
          .reduce((sum, row) => sum + row.figures.started, 0),
      );
    // Three rows: 2011–2018 together, then 2019, 2020.
    expect(words).toContain(`2011–2018 ${started('2011', '2018')} `);
    for (const year of ['2019', '2020']) {
      expect(words).toContain(` ${year} ${started(year, year)} `);
    }
    // No row of its own for an older year.
    expect(words).not.toMatch(/(?<!–)\b201[1-8] \d/);
    const benefits = breakdown(local, tenYears, referenceDate, 'benefit');
    expect(benefits).toHaveLength(7);
    for (const label of [
      'Participatiewet',
      'WW',
      'Wajong',
      'WIA',
      'Geen uitkering',
      'Overig',
      'Onbekend',
    ]) {
      expect(words).toContain(label);
    }

    const region = local.map((r, i) => ({ ...r, key: `org-${i % 40}:${r.key}` }));
    const perOrganisation = Array.from({ length: 40 }, (_, o) => ({
      name: `Organisatie ${o + 1}`,
      figures: computeFigures(
        region.filter((r) => r.key.startsWith(`org-${o}:`)),
        tenYears,
        referenceDate,
      ),
    }));
    const regional = await makeInfographic(
      {
        title: { organisation: 'Stichting De Linde Zorg', region: 'Zwolle', regional: true },
        period: tenYears,
        referenceDate,
        records: region,
        perOrganisation,
        logo: tinyPng(),
      },
      version,
    );
    expect(await pdfPages(regional.bytes)).toBe(1);
    const regionalWords = await pdfWords(regional.bytes);
    // Three rows on the regional sheet too.
    expect(regionalWords).toContain(`2011–2018 ${started('2011', '2018')} `);
    expect(regionalWords).toContain(` 2019 ${started('2019', '2019')} `);
    expect(regionalWords).toContain('Uitkering Besproken Gestart Afgerond Betaald werk Lopend');
  });

  it('says the breakdowns are unknown where counts-only exports take part', async () => {
    const records = wepTrein2019Records();
    const own = computeFigures(records, period, referenceDate);
    const { bytes } = await makeInfographic(
      pilot({
        title: { organisation: 'Stichting De Linde Zorg', region: 'Zwolle', regional: true },
        total: { ...own, started: own.started + 5, ongoing: own.ongoing + 5 },
        perOrganisation: [{ name: 'Stichting De Linde Zorg', figures: own }],
      }),
      version,
    );
    expect(await pdfPages(bytes)).toBe(1);
    const words = await pdfWords(bytes);
    for (const title of ['Soort traject', 'Per uitkering', 'Per startjaar']) {
      expect(words).toContain(title);
    }
    // In three places; pdftotext sets the two columns' lines side by side.
    expect(words.match(/Niet beschikbaar: een of meer organisaties/g)).toHaveLength(3);
    expect(words.match(/totalen aan\./g)).toHaveLength(3);
    expect(words).not.toContain('Participatiewet');
    expect(words).not.toContain('Startjaar');
  });

  it('shows the same numbers as computeFigures, through the IPC handler table', async () => {
    const handlers = createServiceHandlers({
      transport: 'web',
      version,
      dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-infographic-')),
      canOpenFiles: false,
    });
    const envelope = await dispatch(handlers, 'pdf:infographic', {
      ...pilot(),
      logo: tinyPng(),
    });
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const { bytes, fileName } = envelope.value as { bytes: Uint8Array; fileName: string };
    expect(fileName).toBe('infographic-2019.pdf');
    expect(await pdfPages(bytes)).toBe(1);
    const f = computeFigures(wepTrein2019Records(), period, referenceDate);
    const words = await pdfWords(bytes);
    expect(words).toContain(`Besproken kandidaten ${f.discussed}`);
    expect(cohortBar(await pdfText(bytes))).toEqual({
      started: f.started,
      parts: [f.completed, f.ongoing, f.stopped],
    });
  });
});

/**
 * The cohort bar as a reader sees it: its title, and its legend on one line of the layout text
 * (the column beside it may share that line).
 */
function cohortBar(text: string): { started: number; parts: number[] } {
  const n = (value: string | undefined) => Number((value ?? '').replace(/\./g, ''));
  const title = /Wat er van de ([\d.]+) gestarte trajecten werd/.exec(text);
  const legend = /([\d.]+) afgerond +([\d.]+) nog lopend +([\d.]+) voortijdig gestopt/.exec(text);
  if (!title || !legend) throw new Error('no cohort bar on the sheet');
  return { started: n(title[1]), parts: [n(legend[1]), n(legend[2]), n(legend[3])] };
}

describe('what the sheet tells its reader (issue 16, points 7–10)', { timeout: 60_000 }, () => {
  it('shows the cohort as one bar of completed, ongoing and stopped that adds up to the started', async () => {
    const cases: InfographicInput[] = [
      pilot(),
      {
        ...pilot(),
        records: validFigureRecords(11, 2_000, { employers: 60, employerName: longName }),
      },
    ];
    for (const input of cases) {
      const { bytes } = await makeInfographic(input, version);
      const f = computeFigures(input.records, period, referenceDate);
      const bar = cohortBar(await pdfText(bytes));
      expect(bar).toEqual({ started: f.started, parts: [f.completed, f.ongoing, f.stopped] });
      expect(bar.parts.reduce((sum, n) => sum + n, 0)).toBe(bar.started);
    }
  });

  it('labels paid work so that 4 after completing and 5 in the outflow do not contradict', async () => {
    const words = await pdfWords((await makeInfographic(pilot(), version)).bytes);
    expect(words).toMatch(/Naar betaald werk .*na afronding \(80%\)/);
    expect(words).toContain('Uitstroom na het einde van het traject');
    expect(words).toContain('8 beëindigde trajecten: afgerond of voortijdig gestopt');
    expect(words).toContain('Betaald werk 5: 4 na afronding, 1 na voortijdig stoppen');
  });

  it('has a key message from the numbers, no jargon, no capital after a number, no zero rows', async () => {
    const { bytes } = await makeInfographic(pilot(), version);
    const words = await pdfWords(bytes);
    expect(words).toContain('4 van de 5 kandidaten die afrondden, gingen naar betaald werk.');
    expect(words).toContain(
      'Van de 14 gestarte trajecten liepen er op 31 december 2020 nog 6; 3 zijn voortijdig gestopt.',
    );
    expect(words).not.toMatch(/cohort/i);
    expect(words).not.toContain('verschillende');
    expect(words).not.toMatch(/\d (Lopend|Voortijdig|Werkgevers|Dagen)\b/);
    // Outcomes and reasons nobody had are left out.
    for (const zero of [
      'Vrijwilligerswerk',
      'Motivatie',
      'Persoonlijke omstandigheden',
      'Niet passend',
    ]) {
      expect(words).not.toContain(zero);
    }
    expect(words).not.toMatch(/Overig 0\b/);
  });

  it('adds who did not start and why, and who still works 6 and 12 months on (schema v7)', async () => {
    let closed = 0;
    let paid = 0;
    const records = wepTrein2019Records().map((r): FigureRecord => {
      if (r.status === 'discussed' && closed < 2) {
        closed += 1;
        return { ...r, notStartedReason: closed === 1 ? 'no-placement' : 'withdrew' };
      }
      if (r.status === 'completed' && r.outcome === 'paid-work') {
        paid += 1;
        return {
          ...r,
          outflow: { inSector: paid <= 3 },
          followUp: { months6: paid <= 2 ? 'employed' : 'not-employed', months12: null },
        };
      }
      return r;
    });
    const f = computeFigures(records, period, referenceDate);
    expect(f.sustained6Months.due).toBe(4);
    const { bytes } = await makeInfographic(pilot({ records }), version);
    expect(await pdfPages(bytes)).toBe(1);
    const words = await pdfWords(bytes);
    const notStarted = Object.values(f.notStarted).reduce((sum, n) => sum + n, 0);
    expect(words).toContain(`Besproken, niet gestart: ${notStarted} kandidaten`);
    expect(words).toContain('geen passende plek 1 · zag ervan af 1');
    expect(words).toContain(`nog geen besluit ${f.notStarted.waiting}`);
    expect(words).toContain(
      `Nog aan het werk: na 6 maanden 2 van 4, na 12 maanden ${f.sustained12Months.employed} van ${f.sustained12Months.due}`,
    );
    expect(words).toContain('Naar betaald werk in zorg en welzijn: 3 van 4');

    // A partner's file without them: "niet aangeleverd", never 0.
    const own = computeFigures(records, period, referenceDate);
    const regional = await makeInfographic(
      pilot({
        title: { organisation: 'Stichting De Linde Zorg', region: 'Zwolle', regional: true },
        total: { ...own, notStarted: null, sustained6Months: null, toPaidWorkInSector: null },
        perOrganisation: [{ name: 'Stichting De Linde Zorg', figures: own }],
      }),
      version,
    );
    const regionalWords = await pdfWords(regional.bytes);
    expect(regionalWords).toContain('Besproken, niet gestart: niet aangeleverd');
    expect(regionalWords).toContain('na 6 maanden niet aangeleverd, na 12 maanden');
    expect(regionalWords).toContain('Naar betaald werk in zorg en welzijn: niet aangeleverd');
  });

  it('shows the trend: earlier start years in the table, on the same peildatum', async () => {
    const words = await pdfWords((await makeInfographic(pilot(), version)).bytes);
    expect(words).toContain('Per startjaar, met eerdere jaren');
    expect(words).toContain('Startjaar Gestart Afgerond Betaald werk Lopend Gestopt');
    const earlier = computeFigures(
      wepTrein2019Records(),
      { from: '2018-01-01', to: '2018-12-31' },
      referenceDate,
    );
    expect(earlier.started).toBe(2);
    expect(words).toContain(
      `2018 ${earlier.started} ${earlier.completed} ${earlier.completedToPaidWork} ${earlier.ongoing} ${earlier.stopped}`,
    );
    expect(words).toContain('2019 14 5 4 6 3');
  });
});

describe('over the web host', { timeout: 60_000 }, () => {
  it('serves pdf:infographic from the same handler table, logo bytes and all', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-web-'));
    const rendererFolder = path.join(folder, 'renderer');
    mkdirSync(rendererFolder);
    writeFileSync(path.join(rendererFolder, 'index.html'), '<html><head></head></html>');
    const host = await startWebHost({
      port: 0,
      dataFolder: path.join(folder, 'data'),
      rendererFolder,
    });
    try {
      const session = await openSession(host);
      const response = await fetch(`${host.url}api/pdf:infographic`, {
        method: 'POST',
        headers: { ...session.headers, 'Content-Type': 'application/json' },
        body: encodeWire({ ...pilot(), logo: tinyPng() }),
      });
      expect(response.status).toBe(200);
      const envelope = decodeWire(await response.text()) as Envelope<{
        bytes: Uint8Array;
        fileName: string;
      }>;
      expect(envelope.ok).toBe(true);
      if (!envelope.ok) return;
      expect(envelope.value.fileName).toBe('infographic-2019.pdf');
      expect(await pdfPages(envelope.value.bytes)).toBe(1);

      const refused = await fetch(`${host.url}api/pdf:infographic`, {
        method: 'POST',
        headers: { ...session.headers, 'Content-Type': 'application/json' },
        body: encodeWire({ ...pilot(), logo: 'https://example.com/logo.png' }),
      });
      expect(refused.status).toBe(400);
      const failure = decodeWire(await refused.text()) as Envelope<never>;
      expect(failure.ok ? [] : failure.error.issues).toEqual([
        'logo: moet de bytes van een PNG- of JPEG-afbeelding zijn',
      ]);
    } finally {
      await host.close();
    }
  });
});

describe('one page whatever the data', { timeout: 60_000 }, () => {
  it('holds 60 employers with 200-character names without spaces: six lines and the rest counted', async () => {
    const records = validFigureRecords(11, 2_000, { employers: 60, employerName: longName });
    const title = { organisation: 'X'.repeat(200), region: 'R'.repeat(200), regional: false };
    const { bytes } = await makeInfographic(
      { title, period, referenceDate, records, logo: tinyPng() },
      version,
    );
    expect(await pdfPages(bytes)).toBe(1);
    const f = computeFigures(records, period, referenceDate);
    expect(f.employers).toBe(60);
    const words = await pdfWords(bytes);
    expect(words).toMatch(/\+ \d+ andere werkgevers/);
    expect(words).toContain(`Deelnemende werkgevers (${f.employers})`);
    expect(words).toContain('XXXXXXXXXX…');
    expect(words).toContain('Zorgcentrum');
  });

  it('holds a region of 40 organisations with long names: the table sums up the rest', async () => {
    const records = validFigureRecords(12, 5_000, {
      employers: 60,
      employerName: longName,
      organisations: 40,
    });
    const perOrganisation = Array.from({ length: 40 }, (_, o) => ({
      name: o === 1 ? 'Ö'.repeat(200) : `Organisatie ${o + 1}`,
      figures: computeFigures(
        records.filter((r) => r.key.startsWith(`org-${o}:`)),
        period,
        referenceDate,
      ),
    }));
    const { bytes, fileName } = await makeInfographic(
      {
        title: { organisation: 'Stichting De Linde Zorg', region: 'Zwolle', regional: true },
        period,
        referenceDate,
        records,
        perOrganisation,
        logo: tinyPng(),
      },
      version,
    );
    expect(fileName).toBe('infographic-regio-2019.pdf');
    expect(await pdfPages(bytes)).toBe(1);
    const words = await pdfWords(bytes);
    expect(words).toContain('Regio Zwolle');
    expect(words).toContain('40 organisaties · samengesteld door Stichting De Linde Zorg');
    expect(words).toContain('Per organisatie');
    expect(words).toContain('+ 36 andere organisaties');
    expect(words).toContain('Organisatie 1 ');
    const total = computeFigures(records, period, referenceDate);
    const n = (value: number) => value.toLocaleString('nl-NL');
    expect(words).toContain(
      `Totaal ${n(total.started)} ${n(total.completed)} ${n(total.completedToPaidWork)} ${n(total.ongoing)} ${n(total.stopped)}`,
    );
    expect(total.employers).toBe(60);
    expect(words).toMatch(/\+ \d+ andere werkgevers/);
  });

  it('keeps six-digit figures on their tiles', async () => {
    const base = computeFigures(wepTrein2019Records(), period, referenceDate);
    const big = {
      ...base,
      discussed: 199_999,
      started: 188_888,
      employers: 123_456,
      completed: 100_000,
      completedToPaidWork: 99_999,
      ongoing: 77_777,
      stopped: 11_111,
    };
    const { bytes } = await makeInfographic(pilot({ total: big }), version);
    expect(await pdfPages(bytes)).toBe(1);
    const words = await pdfWords(bytes);
    expect(words).toContain('199.999');
    expect(words).toContain('Gestarte trajecten 188.888');
  });

  it('does not crash on characters the font lacks, nor on control characters', async () => {
    const records = wepTrein2019Records().map((r, i) =>
      i === 0 ? { ...r, employer: '漢字 🙂 Zorg\u0000\u0007\u202e' } : r,
    );
    const { bytes } = await makeInfographic(
      pilot({
        records,
        title: { organisation: '漢字 🙂 Stichting\nDe\tLinde', region: '\u200b', regional: false },
      }),
      version,
    );
    expect(await pdfPages(bytes)).toBe(1);
    expect(await pdfWords(bytes)).toContain('Stichting De Linde');
  });

  it('leaves out a logo pdfkit cannot read rather than failing', async () => {
    const broken = tinyPng().slice(0, 40);
    const { bytes } = await makeInfographic(pilot({ logo: broken }), version);
    expect(await pdfPages(bytes)).toBe(1);
  });

  it('says so when nobody was discussed or started', async () => {
    const { bytes } = await makeInfographic(
      pilot({ period: { from: '2030-01-01', to: '2030-12-31' } }),
      version,
    );
    expect(await pdfPages(bytes)).toBe(1);
    const words = await pdfWords(bytes);
    expect(words).toContain('In deze periode is geen traject gestart.');
    expect(words).toContain('Geen werkgevers in deze periode.');
    expect(cohortBar(await pdfText(bytes))).toEqual({ started: 0, parts: [0, 0, 0] });
  });
});

describe('the request of pdf:infographic', () => {
  const valid = () => ({ ...pilot(), logo: null });

  it('fits in one web host body with every record it accepts and the largest logo', () => {
    // Keys as the regional import makes them (organisation UUID + ref), long employer names.
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const sample = 10_000;
    const records = validFigureRecords(5, sample, {
      employers: 300,
      employerName: (i) => `Stichting Zorg en Welzijn Regio IJssel-Vecht, locatie ${i}`,
    }).map((r) => ({
      ...r,
      key: JSON.stringify([uuid, `t-${r.key}-${uuid}`]),
      candidateKey: JSON.stringify([uuid, `c-${r.candidateKey}-${uuid}`]),
    }));
    expect(infographicRequestSchema.safeParse({ ...valid(), records }).success).toBe(true);
    const logo = new Uint8Array(MAX_IMAGE_BYTES);
    const bytes = (value: unknown) => Buffer.byteLength(encodeWire(value));
    const frame = bytes({ ...valid(), records: [], logo });
    // Each record adds its own text to the body: the largest request, from the sample's average.
    const perRecord = (bytes({ ...valid(), records, logo }) - frame) / sample;
    expect(frame + perRecord * MAX_INFOGRAPHIC_RECORDS).toBeLessThan(MAX_BODY_BYTES);
  });

  it('accepts the records of the app and rejects anything else, strictly', () => {
    expect(infographicRequestSchema.safeParse(valid()).success).toBe(true);
    expect(infographicRequestSchema.safeParse({ ...valid(), extra: 1 }).success).toBe(false);
    const records: unknown[] = [...wepTrein2019Records()];
    records[0] = { ...(records[0] as FigureRecord), status: 'archived' };
    expect(infographicRequestSchema.safeParse({ ...valid(), records }).success).toBe(false);
    records[0] = { ...(records[0] as FigureRecord), status: 'completed', note: 'x' };
    expect(infographicRequestSchema.safeParse({ ...valid(), records }).success).toBe(false);
    const backwards = { ...valid(), period: { from: '2019-12-31', to: '2019-01-01' } };
    expect(infographicRequestSchema.safeParse(backwards).success).toBe(false);
  });

  it('takes no URL or file path: the logo must be PNG or JPEG bytes', () => {
    for (const logo of [
      'https://example.com/logo.png',
      '/etc/passwd',
      'data:image/png;base64,iVBORw0KGgo=',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      new Uint8Array(2 * 1024 * 1024).fill(0xff),
    ]) {
      expect(infographicRequestSchema.safeParse({ ...valid(), logo }).success).toBe(false);
    }
    expect(infographicRequestSchema.safeParse({ ...valid(), logo: tinyPng() }).success).toBe(true);
    expect(
      infographicRequestSchema.safeParse({ ...valid(), logo: jpegHeader(640, 480) }).success,
    ).toBe(true);
  });
});
