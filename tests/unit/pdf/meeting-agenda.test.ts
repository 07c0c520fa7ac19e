import { describe, expect, it } from 'vitest';
import type { MeetingAgenda, RunningItem } from '../../../src-shared/domain/meeting';
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
    ...change,
  };
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
};

const request = { organisation: 'Stichting De Brug', region: 'Zwolle', agenda };

const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

// PDFs and poppler take a while on a busy two-core machine.
describe('pdf:meeting-agenda', { timeout: 60_000 }, () => {
  it('prints both sections with what the screen shows, names as given', async () => {
    const file = pdfOf(await dispatch(handlers, 'pdf:meeting-agenda', request));
    expect(file.fileName).toBe('agenda-overleg-2026-11-23.pdf');
    expect(await pageCount(file.bytes)).toBe(1);
    const text = squeeze(await pdfText(file.bytes));
    for (const expected of [
      'Regio Zwolle',
      'Stichting De Brug',
      'Agenda regionaal overleg',
      'Overleg van maandag 23 november 2026',
      '3 kandidaten in een lopend traject · 2 nieuwe kandidaten',
      '1 Lopende trajecten (3)',
      '1.1 Fatma Çelik',
      'Zorgcentrum De Linde · Medewerker facilitaire dienst',
      'Gestart op 1 september 2026, gepland tot 1 maart 2027 · laatste evaluatie 14 oktober 2026',
      'Leerdoelen: 1 behaald, 1 bezig, 1 open',
      'Voor het overleg: Wil na de kerst meer uren werken; wie heeft een plek in de ochtend?',
      'Behaald Op tijd aanwezig zijn en afmelden volgens de afspraken',
      'Bezig Zelfstandig de ochtendronde met de koffiekar lopen',
      'Open Bestellingen controleren aan de hand van de lijst',
      '1.2 J. de V.',
      'Bakkerij Ten Hove · Hulp in de bakkerij',
      'Gestart op 5 oktober 2026 · laatste evaluatie 2 november 2026',
      'Leerdoelen: 0 behaald, 2 bezig, 1 open',
      '1.3 Nguyễn Thị Minh Khai',
      'Gastvrouw restaurant',
      'nog geen evaluatie',
      'Nog geen leerdoelen',
      '2 Nieuwe kandidaten (2)',
      '2.1 Søren Weiß',
      'Besproken op 20 oktober 2026 · 20 uur per week beschikbaar',
      'Motivatie: Wil graag buiten werken, het liefst in het groenonderhoud.',
      'Voor het overleg: Heeft een rijbewijs en kan dus ook op andere locaties werken.',
      '2.2 Ł. K.',
      'Besproken op 9 november 2026',
      'pagina 1 van 1',
    ]) {
      expect(text).toContain(expected);
    }
    await renderPng(file.bytes, 'meeting-agenda');
  });

  it('says so when a section is empty, and leaves the region out when there is none', async () => {
    const file = pdfOf(
      await dispatch(handlers, 'pdf:meeting-agenda', {
        organisation: 'Stichting De Brug',
        region: null,
        agenda: { meetingDate: '2026-01-05', running: [], newCandidates: [] },
      }),
    );
    const text = squeeze(await pdfText(file.bytes));
    expect(text).toContain('Niemand in een lopend traject op deze datum.');
    expect(text).toContain('Geen nieuwe kandidaten besproken');
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
    };
    const file = pdfOf(
      await dispatch(handlers, 'pdf:meeting-agenda', { ...request, agenda: long }),
    );
    const pages = await pageTexts(file.bytes);
    expect(pages.length).toBeGreaterThan(5);
    const runningLines = [/^Regio Zwolle · Stichting De Brug\s+Overleg van/, /pagina \d+ van \d+$/];
    pages.forEach((page, index) => {
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      expect(bodyLines(page, runningLines).length).toBeGreaterThan(0);
    });
    const all = pages.join('\n');
    for (let i = 1; i <= 45; i++) expect(all).toContain(`Kandidaat ${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 30; i++) expect(all).toContain(`Nieuw ${String(i).padStart(2, '0')}`);
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
      organisationName: 'Stichting Werkkracht Zwolle',
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
