import { describe, expect, it } from 'vitest';
import {
  attentionFor,
  type AgendaPlacement,
  type MeetingAgenda,
  type RunningItem,
} from '../../../src-shared/domain/meeting';
import { sampleDataset, sampleToday } from '../../../src-shared/sample';
import { dispatch } from '../../../src-main/handlers';
import { buildAgenda } from '../../../src-renderer/features/meeting/meeting-agenda';
import {
  bodyLines,
  handlers,
  pageCount,
  pageTexts,
  pdfOf,
  pdfText,
  renderPng,
} from './document-helpers';
import { pdfWords } from './pdf-tools';

function running(name: string, change: Partial<RunningItem> = {}): RunningItem {
  return {
    candidateId: `c-${name}`,
    trajectoryId: `t-${name}`,
    displayName: name,
    named: true,
    employer: 'Zorgcentrum De Linde',
    role: 'Medewerker facilitaire dienst',
    startedOn: '2026-09-01',
    plannedEndOn: '2027-03-01',
    meetingLine: 'Wil na de kerst meer uren werken; wie heeft een plek in de ochtend?',
    latestEvaluationOn: '2026-10-14',
    goalCounts: { achieved: 1, inProgress: 1, open: 1 },
    goals: [
      { text: 'Op tijd aanwezig zijn en afmelden volgens de afspraken', status: 'achieved' },
      { text: 'Zelfstandig de ochtendronde met de koffiekar lopen', status: 'in-progress' },
      { text: 'Bestellingen controleren aan de hand van de lijst', status: 'open' },
    ],
    attention: [],
    ...change,
  };
}

function place(employer: string, role: string, change: Partial<AgendaPlacement> = {}) {
  return { employer, role, location: null, hoursPerWeek: null, availableFrom: null, ...change };
}

const agenda: MeetingAgenda = {
  meetingDate: '2026-11-23',
  running: [
    running('Fatma Çelik'),
    running('J. de V.', {
      named: false,
      employer: 'Bakkerij Ten Hove',
      role: 'Hulp in de bakkerij',
      startedOn: '2026-10-05',
      plannedEndOn: null,
      meetingLine: null,
      latestEvaluationOn: '2026-11-02',
      goalCounts: { achieved: 0, inProgress: 2, open: 1 },
      goals: [],
      attention: ['end-passed', 'evaluation-late'],
    }),
    running('Nguyễn Thị Minh Khai', {
      employer: null,
      role: 'Gastvrouw restaurant',
      meetingLine: null,
      latestEvaluationOn: null,
      goalCounts: { achieved: 0, inProgress: 0, open: 0 },
      goals: [],
    }),
  ],
  newCandidates: [
    {
      candidateId: 'c-n1',
      displayName: 'Søren Weiß',
      named: true,
      discussedOn: '2026-10-20',
      hoursAvailable: 20,
      motivation: 'Wil graag buiten werken, het liefst in het groenonderhoud.',
      meetingLine: 'Heeft een rijbewijs en kan dus ook op andere locaties werken.',
    },
    {
      candidateId: 'c-n2',
      displayName: 'Ł. K.',
      named: false,
      discussedOn: '2026-11-09',
      hoursAvailable: null,
      motivation: null,
      meetingLine: null,
    },
  ],
  openPlacements: [
    place('Bakkerij Ten Hove', 'Hulp in de bakkerij', { hoursPerWeek: 16 }),
    place('Zorgcentrum De Linde', 'Gastvrouw/gastheer restaurant', {
      location: 'Locatie Kampen',
      hoursPerWeek: 20,
      availableFrom: '2026-12-01',
    }),
    place('Zorgcentrum De Linde', 'Medewerker facilitaire dienst'),
  ],
};

const request = { organisation: 'Stichting De Brug', region: 'Zwolle', agenda };

const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

// PDFs and poppler take a while on a busy two-core machine.
describe('pdf:meeting-agenda', { timeout: 60_000 }, () => {
  it('prints every section with what the screen shows, names as given', async () => {
    const file = pdfOf(await dispatch(handlers, 'pdf:meeting-agenda', request));
    expect(file.fileName).toBe('agenda-overleg-2026-11-23.pdf');
    expect(await pageCount(file.bytes)).toBe(2);
    const text = squeeze(await pdfText(file.bytes));
    for (const expected of [
      'Regio Zwolle',
      // This organisation's contribution to the meeting (issue 16, point 12).
      'Inbreng Stichting De Brug',
      'voor het regionaal overleg werkervaringsplaatsen',
      'Overleg van maandag 23 november 2026',
      '1 Lopende trajecten (3)',
      '1.1 Fatma Çelik',
      'Zorgcentrum De Linde · Medewerker facilitaire dienst',
      'Gestart op 1 september 2026, gepland tot 1 maart 2027 · laatste evaluatie 14 oktober 2026',
      'Leerdoelen: 1 behaald, 1 in ontwikkeling, 1 open',
      'Voor het overleg: Wil na de kerst meer uren werken; wie heeft een plek in de ochtend?',
      'Behaald Op tijd aanwezig zijn en afmelden volgens de afspraken',
      'In ontwikkeling Zelfstandig de ochtendronde met de koffiekar lopen',
      'Open Bestellingen controleren aan de hand van de lijst',
      '1.2 J. de V.',
      'Aandacht: einddatum verstreken · evaluatie te laat',
      'Bakkerij Ten Hove · Hulp in de bakkerij',
      'Gestart op 5 oktober 2026 · laatste evaluatie 2 november 2026',
      'Leerdoelen: 0 behaald, 2 in ontwikkeling, 1 open',
      '1.3 Nguyễn Thị Minh Khai',
      'Gastvrouw restaurant',
      'nog geen evaluatie',
      'Nog geen leerdoelen',
      '2 Besproken, nog geen plek (2)',
      '2.1 Søren Weiß',
      'Besproken op 20 oktober 2026 · 20 uur per week beschikbaar',
      'Motivatie: Wil graag buiten werken, het liefst in het groenonderhoud.',
      'Voor het overleg: Heeft een rijbewijs en kan dus ook op andere locaties werken.',
      '2.2 Ł. K.',
      'Besproken op 9 november 2026',
      // The open placements per employer, and room for the agreements.
      '3 Openstaande plekken (3)',
      'Bakkerij Ten Hove\n',
      'Hulp in de bakkerij · 16 uur per week',
      'Zorgcentrum De Linde\n',
      'Gastvrouw/gastheer restaurant · Locatie Kampen · 20 uur per week · vanaf 1 december 2026',
      'Medewerker facilitaire dienst\n',
      '4 Afspraken',
      'Afspraak Wie Wanneer',
      'pagina 2 van 2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain(
      '3 kandidaten in een lopend traject, 1 vraagt aandacht · 2 besproken, nog geen plek · ' +
        '3 openstaande plekken bij 2 werkgevers',
    );
    expect(text).not.toContain('Bezig');
    expect(text).not.toContain('Nieuwe kandidaten');
    // Fatma's placement needs no attention: no flag beside her name.
    expect(text).not.toMatch(/1\.1 Fatma Çelik\s+Aandacht/);
    // No section heading is the last thing on a page: it goes with its first item.
    for (const page of await pageTexts(file.bytes)) {
      const body = bodyLines(page, [/Overleg van 23 november 2026$/, /pagina \d+ van \d+$/]);
      expect(body[body.length - 1]).not.toMatch(/^\d\s+\S/);
    }
    await renderPng(file.bytes, 'meeting-agenda');
  });

  it('says so when a section is empty, and leaves the region out when there is none', async () => {
    const file = pdfOf(
      await dispatch(handlers, 'pdf:meeting-agenda', {
        organisation: 'Stichting De Brug',
        region: null,
        agenda: { meetingDate: '2026-01-05', running: [], newCandidates: [], openPlacements: [] },
      }),
    );
    const text = squeeze(await pdfText(file.bytes));
    expect(text).toContain('Niemand in een lopend traject op deze datum.');
    expect(text).toContain('Niemand besproken in de drie maanden voor deze datum');
    expect(text).toContain('Geen openstaande plekken vastgelegd bij de werkgevers.');
    expect(text).toContain('maandag 5 januari 2026');
    expect(text).not.toContain('Regio');
  });

  it('flows a long agenda over numbered pages with no empty page', async () => {
    const long: MeetingAgenda = {
      meetingDate: '2026-11-23',
      running: Array.from({ length: 45 }, (_, i) =>
        running(`Kandidaat ${String(i + 1).padStart(2, '0')}`, {
          meetingLine: 'Een regel voor het overleg. '.repeat(i % 7 === 0 ? 7 : 2).trim(),
          goals: Array.from({ length: i % 10 === 0 ? 60 : 4 }, (_, g) => ({
            text: `Leerdoel ${g + 1} van kandidaat ${i + 1}`,
            status: 'in-progress' as const,
          })),
        }),
      ),
      newCandidates: Array.from({ length: 30 }, (_, i) => ({
        candidateId: `n${i}`,
        displayName: `Nieuw ${String(i + 1).padStart(2, '0')}`,
        named: true,
        discussedOn: '2026-11-01',
        hoursAvailable: 24,
        motivation: 'Wil werken. '.repeat(20),
        meetingLine: null,
      })),
      // 60 employers, some with long names without a space, a few places each.
      openPlacements: Array.from({ length: 60 }, (_, e) =>
        Array.from({ length: 1 + (e % 4) }, (_, p) =>
          place(
            e % 7 === 3 ? `Zorgcentrum${'Ĳsselvechtdal'.repeat(12)}${e}` : `Werkgever ${e + 1}`,
            `Functie ${p + 1} ${'met een lange omschrijving '.repeat(e % 5)}`.trim(),
            { hoursPerWeek: 24, availableFrom: '2027-01-04', location: `Locatie ${p + 1}` },
          ),
        ),
      ).flat(),
    };
    const file = pdfOf(
      await dispatch(handlers, 'pdf:meeting-agenda', { ...request, agenda: long }),
    );
    const pages = await pageTexts(file.bytes);
    expect(pages.length).toBeGreaterThan(5);
    const runningLines = [
      /^Regio Zwolle · Inbreng Stichting De Brug\s+Overleg van/,
      /pagina \d+ van \d+$/,
    ];
    pages.forEach((page, index) => {
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      expect(bodyLines(page, runningLines).length).toBeGreaterThan(0);
    });
    const all = pages.join('\n');
    for (let i = 1; i <= 45; i++) expect(all).toContain(`Kandidaat ${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 30; i++) expect(all).toContain(`Nieuw ${String(i).padStart(2, '0')}`);
    for (let e = 1; e <= 60; e++) {
      if ((e - 1) % 7 !== 3) expect(all).toMatch(new RegExp(`Werkgever ${e}\\n`));
    }
    expect(all).toContain('4 Afspraken');
    // No section heading is the last thing on a page (issue 16): it goes with what follows.
    pages.forEach((page) => {
      const body = bodyLines(page, runningLines);
      expect(body[body.length - 1]).not.toMatch(/^\d\s+\S/);
    });
    // The 60 goals of a long item all arrive, also those flowing onto the next page.
    for (let g = 1; g <= 60; g++) expect(all).toContain(`Leerdoel ${g} van kandidaat 1\n`);
  });

  it('refuses a bad request with a bad-request envelope', async () => {
    const cases: unknown[] = [
      { ...request, agenda: { ...agenda, meetingDate: '23-11-2026' } },
      { ...request, organisation: '' },
      { ...request, agenda: { ...agenda, running: [{ ...running('X'), bsn: '123456782' }] } },
      // No place for evaluation notes, nor a meeting line longer than one line allows.
      {
        ...request,
        agenda: {
          ...agenda,
          running: [
            { ...running('X'), latestEvaluation: { date: '2026-10-14', notes: 'Notitie' } },
          ],
        },
      },
      {
        ...request,
        agenda: { ...agenda, running: [running('X', { meetingLine: 'x'.repeat(201) })] },
      },
      {
        ...request,
        agenda: {
          ...agenda,
          running: [running('X', { goals: [{ text: 'a', status: 'done' }] } as never)],
        },
      },
      { ...request, extra: 1 },
    ];
    for (const payload of cases) {
      const result = await dispatch(handlers, 'pdf:meeting-agenda', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });
});

describe("what needs the meeting's attention (issue 16, point 12)", () => {
  const on = '2026-11-23';
  const flags = (plannedEndOn: string | null, latestEvaluationOn: string | null) =>
    attentionFor({ startedOn: '2026-06-01', plannedEndOn, latestEvaluationOn }, on, 6);

  it('flags a passed end, an end within two weeks and a late evaluation, from the dates', () => {
    expect(flags('2026-11-22', '2026-11-01')).toEqual(['end-passed']);
    expect(flags('2026-11-23', '2026-11-01')).toEqual(['ends-soon']);
    expect(flags('2026-12-07', '2026-11-01')).toEqual(['ends-soon']);
    expect(flags('2026-12-08', '2026-11-01')).toEqual([]);
    expect(flags(null, '2026-11-01')).toEqual([]);
    // Six weeks (the setting) after the latest evaluation, or after the start without one.
    expect(flags(null, '2026-10-12')).toEqual(['evaluation-late']);
    expect(flags(null, '2026-10-13')).toEqual([]);
    expect(flags(null, null)).toEqual(['evaluation-late']);
    expect(
      attentionFor(
        { startedOn: '2026-11-02', plannedEndOn: '2026-11-01', latestEvaluationOn: null },
        on,
        6,
      ),
    ).toEqual(['end-passed']);
  });

  it('puts the flags, the waiting candidates and the open places of current employers on the agenda', () => {
    const dataset = sampleDataset();
    const [employer, gone] = dataset.employers;
    if (!employer || !gone) throw new Error('the sample set lacks employers');
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const open = (id: string, employerId: string, status: 'open' | 'filled' | 'withdrawn') => ({
      id,
      employerId,
      location: null,
      role: `Plek ${id}`,
      hoursPerWeek: 16,
      availableFrom: null,
      status,
      ...stamp,
    });
    const waiting = dataset.candidates.find(
      (c) =>
        c.discussedOn !== null &&
        c.discussedOn <= sampleToday &&
        c.discussedOn >= '2026-09-01' &&
        !dataset.trajectories.some((t) => t.candidateId === c.id),
    );
    if (!waiting) throw new Error('the sample set lacks a waiting candidate');
    const closed = { ...waiting, id: 'closed', notStartedReason: 'withdrew' as const };
    const agenda = buildAgenda(sampleToday, {
      candidates: [...dataset.candidates, closed],
      trajectories: dataset.trajectories,
      employers: dataset.employers.map((e) =>
        e === gone ? { ...e, deletedAt: '2026-02-01T00:00:00.000Z' } : e,
      ),
      goals: dataset.learningGoals,
      evaluations: dataset.evaluations,
      openPlacements: [
        open('a', employer.id, 'open'),
        open('b', employer.id, 'filled'),
        open('c', gone.id, 'open'),
      ],
      organisationName: 'Stichting Werkkracht Zwolle',
      evaluationWeeks: 6,
    });
    expect(agenda.openPlacements).toEqual([
      {
        employer: employer.name,
        location: null,
        role: 'Plek a',
        hoursPerWeek: 16,
        availableFrom: null,
      },
    ]);
    expect(agenda.newCandidates.map((c) => c.candidateId)).toContain(waiting.id);
    expect(agenda.newCandidates.map((c) => c.candidateId)).not.toContain('closed');
    for (const item of agenda.running) {
      expect(item.attention).toEqual(attentionFor(item, sampleToday, 6));
    }
  });
});

describe('the agenda of the sample data', { timeout: 60_000 }, () => {
  /** Every run of white space as one space, as `pdfWords` gives the document. */
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('shows no evaluation, coaching or closing note; the line for the meeting only with consent', async () => {
    const dataset = sampleDataset();
    const running = new Set(
      dataset.trajectories.filter((t) => t.status === 'ongoing').map((t) => t.candidateId),
    );
    const consenting = dataset.candidates.find((c) => running.has(c.id) && c.consentToShare);
    const withheld = dataset.candidates.find((c) => running.has(c.id) && !c.consentToShare);
    if (!consenting || !withheld) throw new Error('the sample set lacks a running candidate');
    const shared = 'Zoekt na de zomer een vaste plek in de thuiszorg.';
    // Written while there was consent, which was later withdrawn: it must stay off the agenda.
    const notShared = 'Wil eigenlijk liever niet in de keuken werken.';
    const candidates = dataset.candidates.map((c) =>
      c === consenting
        ? { ...c, meetingLine: shared }
        : c === withheld
          ? { ...c, meetingLine: notShared }
          : c,
    );
    const agenda = buildAgenda(sampleToday, {
      candidates,
      trajectories: dataset.trajectories,
      employers: dataset.employers,
      goals: dataset.learningGoals,
      evaluations: dataset.evaluations,
      openPlacements: [],
      organisationName: 'Stichting Werkkracht Zwolle',
      evaluationWeeks: 6,
    });
    // Named candidates with evaluations are on it, so a printed note would show.
    const evaluated = new Set(
      dataset.evaluations.filter((e) => e.date <= sampleToday).map((e) => e.trajectoryId),
    );
    const named = agenda.running.filter((item) => item.named && evaluated.has(item.trajectoryId));
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(agenda.running.some((item) => !item.named)).toBe(true);

    const file = pdfOf(
      await dispatch(handlers, 'pdf:meeting-agenda', {
        organisation: 'Stichting Werkkracht Zwolle',
        region: 'Zwolle',
        agenda,
      }),
    );
    await renderPng(file.bytes, 'meeting-agenda-sample');
    const printed = await pdfWords(file.bytes);
    const screen = JSON.stringify(agenda);
    const notes = [
      ...dataset.evaluations.flatMap((e) => [e.notes, ...e.progress.map((p) => p.remark)]),
      ...dataset.coachingEntries.map((entry) => entry.note),
      ...dataset.trajectories.map((t) => t.closingNote),
      ...dataset.profiles.flatMap((p) => [p.brings, p.needs, p.asks, p.offers, p.matchingNote]),
    ].filter((note): note is string => note !== null && note.length >= 12);
    expect(notes.length).toBeGreaterThan(1000);
    expect(notes.filter((note) => printed.includes(flat(note)))).toEqual([]);
    expect(notes.filter((note) => screen.includes(JSON.stringify(note)))).toEqual([]);

    expect(printed).toContain(`Voor het overleg: ${shared}`);
    expect(printed).toContain(flat(consenting.firstName));
    expect(printed).not.toContain(notShared);
    expect(screen).not.toContain(notShared);
  });
});
