import { describe, expect, it } from 'vitest';
import type { MeetingAgenda, RunningItem } from '../../../src-shared/domain/meeting';
import { dispatch } from '../../../src-main/handlers';
import {
  bodyLines,
  handlers,
  pageCount,
  pageTexts,
  pdfOf,
  pdfText,
  renderPng,
} from './document-helpers';

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
    latestEvaluation: {
      date: '2026-10-14',
      notes: 'Gaat met plezier naar het werk; wil de uren uitbreiden na de kerst.',
    },
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
      latestEvaluation: { date: '2026-11-02', notes: null },
    }),
    running('Nguyễn Thị Minh Khai', {
      employer: null,
      role: 'Gastvrouw restaurant',
      latestEvaluation: null,
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
    },
    {
      candidateId: 'c-n2',
      displayName: 'Ł. K.',
      named: false,
      discussedOn: '2026-11-09',
      hoursAvailable: null,
      motivation: null,
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
      'Evaluatie: Gaat met plezier naar het werk; wil de uren uitbreiden na de kerst.',
      'Behaald Op tijd aanwezig zijn en afmelden volgens de afspraken',
      'Bezig Zelfstandig de ochtendronde met de koffiekar lopen',
      'Open Bestellingen controleren aan de hand van de lijst',
      '1.2 J. de V.',
      'Bakkerij Ten Hove · Hulp in de bakkerij',
      'Gestart op 5 oktober 2026 · laatste evaluatie 2 november 2026',
      '1.3 Nguyễn Thị Minh Khai',
      'Gastvrouw restaurant',
      'nog geen evaluatie',
      '2 Nieuwe kandidaten (2)',
      '2.1 Søren Weiß',
      'Besproken op 20 oktober 2026 · 20 uur per week beschikbaar',
      'Motivatie: Wil graag buiten werken, het liefst in het groenonderhoud.',
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
          latestEvaluation: {
            date: '2026-10-14',
            notes: 'Lange notitie over de voortgang en de afspraken. '.repeat(i % 7 === 0 ? 90 : 3),
          },
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
