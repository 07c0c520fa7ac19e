import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serialiseBackup } from '../../../src-shared/domain/backup';
import {
  blankReportForm,
  type CoachingEntryInput,
  type ProgressReportForm,
} from '../../../src-shared/domain/coaching';
import { openDatabase } from '../../../src-renderer/db/database';
import { createBackup } from '../../../src-renderer/features/backup/backup-repository';
import { loadInstallation } from '../../../src-renderer/data/installation';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import {
  addCoachingEntry,
  removeCoachingEntry,
  saveProfile,
  updateCoachingEntry,
} from '../../../src-renderer/data/coaching-repository';
import { buildProgressReport } from '../../../src-renderer/features/coaching/progress-report';
import { findOrCreateEmployer } from '../../../src-renderer/data/employer-repository';
import { anonymise } from '../../../src-renderer/data/privacy-repository';
import { saveSettings } from '../../../src-renderer/data/settings-repository';
import {
  buildUpSteps,
  createTrajectory,
  learningGoals,
  saveEvaluation,
  updateTrajectoryExtras,
} from '../../../src-renderer/data/trajectory-repository';
import { saveAttendanceWeek } from '../../../src-renderer/data/attendance-repository';
import { emptySettings } from '../../../src-shared/domain/settings';
import { dispatch } from '../../../src-main/handlers';
import {
  bodyLines,
  handlers,
  pageCount,
  pageTexts,
  pdfOf,
  pdfText,
  renderPng,
} from '../pdf/document-helpers';

let counter = 0;
const INTERNAL = 'Vertelde over schulden thuis, spreekt met maatschappelijk werk';

async function seeded() {
  const db = await openDatabase(`instap-coaching-${counter++}`);
  // As the app opens it: a backup needs the installation's pseudonym secret.
  await loadInstallation(db);
  await saveSettings(db, {
    ...emptySettings,
    organisationName: 'Stichting De Brug',
    place: 'Zwolle',
    coachName: 'Sanne Bakker',
  });
  const candidate = await createCandidate(db, {
    firstName: 'Fatma',
    lastName: 'Çelik',
    birthDate: '1990-03-03',
  });
  const employer = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
  const trajectory = await createTrajectory(db, {
    candidateId: candidate.id,
    kind: 'work-experience',
    employerId: employer.id,
    locationId: null,
    workplaceSupervisor: 'Henk Jansen',
    coach: 'Sanne Bakker',
    startedOn: '2026-02-02',
    plannedEndOn: '2026-08-02',
    hoursPerWeek: 16,
    role: 'Medewerker facilitaire dienst',
    status: 'ongoing',
    endedOn: null,
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  });
  const goals = [];
  for (const text of [
    'Op tijd aanwezig zijn en afmelden volgens de afspraken',
    'Zelfstandig de ochtendronde met de koffiekar lopen',
    'Bestellingen controleren aan de hand van de lijst',
  ]) {
    goals.push(await learningGoals.add(db, trajectory.id, { text, status: 'open' }));
  }
  const [g1, g2, g3] = goals.map((goal) => goal.id) as [string, string, string];
  for (const [text, reachedOn] of [
    ['Week 1–2: drie ochtenden meelopen', '2026-02-13'],
    ['Maand 2: vaste dagdelen met een eigen takenpakket', '2026-04-01'],
    ['Maand 3: uitbreiden naar 16 uur per week', '2026-05-04'],
    ['Maand 4–6: zelfstandig meedraaien op het rooster', null],
  ] as const) {
    await buildUpSteps.add(db, trajectory.id, { text, reachedOn });
  }
  await saveEvaluation(db, trajectory.id, {
    date: '2026-02-27',
    notes: 'Evaluatieverslag dat in de rapportage niet hoort',
    progress: [
      { goalId: g1, status: 'in-progress', remark: null },
      { goalId: g2, status: 'open', remark: null },
      { goalId: g3, status: 'open', remark: null },
    ],
  });
  await saveEvaluation(db, trajectory.id, {
    date: '2026-04-15',
    notes: null,
    progress: [
      { goalId: g1, status: 'achieved', remark: 'Al zes weken geen keer te laat' },
      { goalId: g2, status: 'in-progress', remark: 'Loopt de ronde met hulp' },
      { goalId: g3, status: 'open', remark: null },
    ],
  });
  const contact = (change: Partial<CoachingEntryInput>): CoachingEntryInput => ({
    trajectoryId: trajectory.id,
    date: '2026-03-10',
    kind: 'work-floor',
    minutes: 45,
    note: null,
    internal: false,
    goalId: null,
    ...change,
  });
  await addCoachingEntry(db, contact({ date: '2026-02-20', minutes: 30, note: 'Vóór de periode' }));
  await addCoachingEntry(
    db,
    contact({ date: '2026-03-02', note: 'Rondgang met de praktijkbegeleider', goalId: g2 }),
  );
  await addCoachingEntry(
    db,
    contact({
      date: '2026-03-24',
      kind: 'three-way',
      minutes: 60,
      note: 'Uitbreiding uren besproken',
    }),
  );
  await addCoachingEntry(
    db,
    contact({ date: '2026-04-09', kind: 'phone', minutes: 15, note: INTERNAL, internal: true }),
  );
  await addCoachingEntry(
    db,
    contact({ date: '2026-05-29', kind: 'authority', minutes: 30, note: 'Overleg klantmanager' }),
  );
  await saveProfile(db, trajectory.id, {
    brings: 'Nauwkeurig, houdt van structuur',
    needs: 'Vaste werktijden',
    asks: 'Zelfstandig werken',
    offers: 'Vaste praktijkbegeleider',
    matchingNote: 'Past goed bij het vaste ritme',
  });
  return { db, candidate, trajectory, goals };
}

const form: ProgressReportForm = {
  ...blankReportForm({ from: '2026-03-01', to: '2026-05-31' }, 'interim'),
  conclusion:
    'Fatma heeft zich in deze periode sterk ontwikkeld. Ze komt op tijd en werkt steeds zelfstandiger.',
  nextSteps: 'Uren uitbreiden naar 20 per week.\n\nSollicitatietraining in juni.',
};

describe('progress report (voortgangsrapportage)', { timeout: 60_000 }, () => {
  it('has the goals, hours and conclusion of the period, and never an internal note', async () => {
    const { db, trajectory } = await seeded();
    const report = await buildProgressReport(db, trajectory.id, form);
    expect(report.contacts).toHaveLength(4);
    expect(JSON.stringify(report)).not.toContain(INTERNAL);
    expect(JSON.stringify(report)).not.toContain('Evaluatieverslag');
    expect(report.goals.map((goal) => [goal.statusBefore, goal.status])).toEqual([
      ['in-progress', 'achieved'],
      ['open', 'in-progress'],
      ['open', 'open'],
    ]);
    expect(report.minutesSinceStart).toBe(30 + 45 + 60 + 15 + 30);

    const file = pdfOf(await dispatch(handlers, 'pdf:progress-report', { report }));
    expect(file.fileName).toBe('voortgangsrapportage-fatma-celik-2026-03-01-2026-05-31.pdf');
    const text = await pdfText(file.bytes);
    const words = text.replace(/\s+/g, ' ');
    await renderPng(file.bytes, 'voortgangsrapportage');
    expect(await pageCount(file.bytes)).toBeLessThanOrEqual(3);
    for (const expected of [
      'Voortgangsrapportage',
      'Fatma Çelik',
      'Zorgcentrum De Linde',
      'Op tijd aanwezig zijn en afmelden volgens de afspraken',
      'Al zes weken geen keer te laat',
      'Maand 3: uitbreiden naar 16 uur per week',
      'Driegesprek met werkgever',
      'Rondgang met de praktijkbegeleider',
      'Totaal in de periode',
      '2 uur 30 min', // 45 + 60 + 15 + 30
      'Fatma heeft zich in deze periode sterk ontwikkeld.',
      'Sollicitatietraining in juni.',
      'Sanne Bakker',
    ]) {
      expect(words, expected).toContain(expected);
    }
    expect(words).not.toContain('schulden');
    expect(words).not.toContain('Vóór de periode');
    expect(words).not.toContain('Evaluatieverslag');
  });

  it('is addressed, interim or final, with attendance, problems, agreements, prognosis and the supervisor (issue 16, point 11)', async () => {
    const { db, trajectory } = await seeded();
    await updateTrajectoryExtras(db, trajectory.id, {
      benefitApproval: {
        agency: 'uwv',
        office: 'Zwolle',
        consultant: 'M. de Boer',
        approvedOn: '2026-01-20',
        fileNumber: 'ZW-2026-0142',
      },
    });
    for (const [weekStart, hoursWorked, daysAbsent] of [
      ['2026-03-02', 16, 0],
      ['2026-03-09', 12, 1],
      ['2026-03-16', 16, 0],
      ['2026-03-23', 16, 0],
    ] as const) {
      await saveAttendanceWeek(db, trajectory.id, {
        weekStart,
        hoursAgreed: 16,
        hoursWorked,
        daysAbsent,
      });
    }
    const report = await buildProgressReport(db, trajectory.id, {
      ...form,
      kind: 'final',
      paidWorkExpected: 'yes',
      expectedFrom: '2026-09-01',
      expectedWork: 'Medewerker facilitaire dienst bij Zorgcentrum De Linde',
      expectedHours: 20,
      problems: 'Het vervoer in de vroege dienst is lastig.',
      agreements: 'Fatma begint voorlopig om 9 uur; de werkgever past het rooster aan.',
    });
    expect(report.addressee).toEqual({
      agency: 'uwv',
      office: 'Zwolle',
      consultant: 'M. de Boer',
      fileNumber: 'ZW-2026-0142',
    });
    expect(report.attendance).toEqual({
      weeks: 4,
      hoursAgreed: 64,
      hoursWorked: 60,
      daysAbsent: 1,
    });
    const file = pdfOf(await dispatch(handlers, 'pdf:progress-report', { report }));
    await renderPng(file.bytes, 'voortgangsrapportage-eind');
    const words = (await pdfText(file.bytes)).replace(/\s+/g, ' ');
    for (const expected of [
      'Voortgangsrapportage · eindrapportage',
      'Aan UWV · Zwolle',
      'T.a.v. M. de Boer',
      'Dossiernummer ZW-2026-0142',
      'Van Stichting De Brug',
      // Goal 1 became achieved in the period; goal 2 is still developing.
      'leerdoelen bereikt in deze',
      'In ontwikkeling',
      'bereikt in deze periode, 1 april 2026',
      'Aanwezigheid',
      'In 4 geregistreerde weken van de periode: 60 uur gewerkt van 64 uur afgesproken (94%); 1 dag afwezig.',
      'Knelpunten: Het vervoer in de vroege dienst is lastig.',
      'Afspraken: Fatma begint voorlopig om 9 uur; de werkgever past het rooster aan.',
      'Betaald werk verwacht Ja',
      'Vanaf 1 september 2026',
      'Werk Medewerker facilitaire dienst bij Zorgcentrum De Linde',
      'Uren per week 20 uur',
      // Three signatures: coach, workplace supervisor, candidate.
      'Werkcoach Praktijkbegeleider Voor gezien, kandidaat Sanne Bakker Henk Jansen Fatma Çelik',
    ]) {
      expect(words, expected).toContain(expected);
    }
    expect(words).not.toContain('Bezig');
    expect(words).not.toMatch(/\bnieuw ·/);
    // A BSN never goes on a report, even when one reaches the request.
    const withBsn = { ...report, addressee: { ...report.addressee, fileNumber: '123456782' } };
    expect(await dispatch(handlers, 'pdf:progress-report', { report: withBsn })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('leaves no section heading alone at the bottom of a page', async () => {
    const { db, trajectory } = await seeded();
    const base = await buildProgressReport(db, trajectory.id, form);
    const paragraph = 'Een lange alinea over hoe het gaat op de afdeling en wat er nog nodig is. ';
    // Growing texts move the page breaks across every heading in turn.
    for (let n = 0; n < 12; n++) {
      const report = {
        ...base,
        problems: paragraph.repeat(2 + n * 2),
        agreements: paragraph.repeat(3),
        conclusion: paragraph.repeat(4 + n),
      };
      const file = pdfOf(await dispatch(handlers, 'pdf:progress-report', { report }));
      for (const page of await pageTexts(file.bytes)) {
        const body = bodyLines(page, [
          /^Voortgangsrapportage · Fatma/,
          /pagina \d+ van \d+$/,
          /Interne notities/,
        ]);
        expect(body.length, `variant ${n}: an empty page`).toBeGreaterThan(0);
        expect(body[body.length - 1], `variant ${n}`).not.toMatch(/^\d\s+[A-Z]/);
      }
    }
  });

  it('refuses a report with an internal flag smuggled in', async () => {
    const { db, trajectory } = await seeded();
    const report = await buildProgressReport(db, trajectory.id, form);
    const contacts = report.contacts.map((contact) => ({ ...contact, internal: true }));
    const result = await dispatch(handlers, 'pdf:progress-report', {
      report: { ...report, contacts },
    });
    expect(result.ok).toBe(false);
  });

  it('logs field names only, goes into the backup, and anonymises notes and profile', async () => {
    const { db, candidate, trajectory } = await seeded();
    const [first] = await db.coachingEntries.toArray();
    if (!first) throw new Error('no entry');
    await updateCoachingEntry(db, first.id, { ...first, minutes: 50 });
    const log = await db.auditLog.where('entity').anyOf('coachingEntry', 'profile').toArray();
    expect(log.find((entry) => entry.action === 'update')?.fields).toEqual(['minutes']);
    expect(log.filter((entry) => entry.entity === 'profile')).toHaveLength(1);
    const logText = JSON.stringify(await db.auditLog.toArray());
    expect(logText).not.toContain(INTERNAL);
    expect(logText).not.toContain('Nauwkeurig');

    const backup = createBackup(db, 'Instap test');
    const checked = parseBackup(serialiseBackup(await backup));
    expect(checked.ok && checked.counts.coachingEntries).toBe(5);
    expect(checked.ok && checked.counts.profiles).toBe(1);

    await anonymise(db, [candidate.id]);
    const entries = await db.coachingEntries.toArray();
    expect(entries.every((entry) => entry.note === null)).toBe(true);
    expect(entries.reduce((sum, entry) => sum + entry.minutes, 0)).toBe(
      30 + 45 + 60 + 15 + 30 - first.minutes + 50,
    );
    expect(await db.profiles.get(trajectory.id)).toMatchObject({
      brings: null,
      needs: null,
      asks: null,
      offers: null,
      matchingNote: null,
    });

    await removeCoachingEntry(db, first.id);
    expect(await db.coachingEntries.count()).toBe(4);
  });
});
