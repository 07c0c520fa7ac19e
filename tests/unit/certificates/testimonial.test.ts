import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { CERTIFICATE_DISCLAIMER } from '../../../src-main/pdf/certificate';
import { CertificateIssueRefused, issueRefusal } from '../../../src-shared/domain/certificate';
import { emptySettings } from '../../../src-shared/domain/settings';
import { openDatabase, type InstapDatabase } from '../../../src-renderer/db/database';
import { newId } from '../../../src-renderer/db/database';
import { createCandidate } from '../../../src-renderer/data/candidate-repository';
import {
  currentCertificate,
  issueCertificate,
} from '../../../src-renderer/data/certificate-repository';
import {
  findOrCreateEmployer,
  findOrCreateLocation,
} from '../../../src-renderer/data/employer-repository';
import { loadSettings, saveSettings } from '../../../src-renderer/data/settings-repository';
import { saveTraining } from '../../../src-renderer/data/training-repository';
import { createTrajectory } from '../../../src-renderer/data/trajectory-repository';
import {
  certificateContent,
  proposedEdits,
} from '../../../src-renderer/features/certificates/certificate-content';
import {
  printBatch,
  renderCertificate,
} from '../../../src-renderer/features/certificates/print-certificates';
import { handlers } from '../pdf/document-helpers';
import { pdfWords } from '../pdf/pdf-tools';

// The renderer's bridge, served by the real handler table (as the web host does).
vi.mock('../../../src-renderer/bridge', () => ({
  bridge: new Proxy(
    {},
    {
      get: (_target, channel: string) => async (request: unknown) => {
        const envelope = await dispatch(handlers, channel as never, request);
        if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
        return envelope.value;
      },
    },
  ),
}));

/**
 * Issue 16, points 1–5: the getuigschrift as a testimonial, generated from the records, reviewed
 * and edited by the coach, issued only with an organisation and signatory, reprinted as issued.
 */

const WORK_GOAL = 'Zelfstandig de lunch serveren aan de bewoners van de afdeling';
const TRAVEL_GOAL = 'Zelfstandig met de fiets of het openbaar vervoer naar het werk komen';
const LANGUAGE_GOAL = 'Nederlands spreken met bewoners en collega’s';
const OPEN_GOAL = 'De kassa bedienen';
const STEP = 'Maand 3: vaste werktijden';

let counter = 0;

async function placement(settings: { organisationName: string; signatoryName: string }) {
  const db = await openDatabase(`instap-testimonial-${counter++}`);
  // Instellingen never saved (as in a new installation) when there is no organisation name.
  if (settings.organisationName !== '') {
    await saveSettings(db, { ...emptySettings, ...settings, place: 'Zwolle' });
  }
  const candidate = await createCandidate(db, { firstName: 'Aminata', lastName: 'Diallo' });
  const employer = await findOrCreateEmployer(db, 'Zorgcentrum De Linde');
  const locationId = await findOrCreateLocation(db, employer, 'Locatie Kampen');
  const trajectory = await createTrajectory(db, {
    candidateId: candidate.id,
    kind: 'work-study',
    employerId: employer.id,
    locationId,
    workplaceSupervisor: 'Henk Postma',
    coach: null,
    startedOn: '2026-02-02',
    plannedEndOn: null,
    hoursPerWeek: 16,
    role: 'Gastvrouw/gastheer restaurant',
    status: 'completed',
    endedOn: '2026-07-31',
    stopReason: null,
    outcome: null,
    outcomeEmployer: null,
    outcomeHours: null,
    closingNote: null,
  });
  const goals: [string, 'achieved' | 'open'][] = [
    [WORK_GOAL, 'achieved'],
    [TRAVEL_GOAL, 'achieved'],
    [LANGUAGE_GOAL, 'achieved'],
    [OPEN_GOAL, 'open'],
  ];
  await db.learningGoals.bulkAdd(
    goals.map(([text, status], order) => ({
      id: newId(),
      trajectoryId: trajectory.id,
      order,
      text,
      status,
    })),
  );
  await db.buildUpSteps.add({
    id: newId(),
    trajectoryId: trajectory.id,
    order: 0,
    text: STEP,
    reachedOn: '2026-05-01',
  });
  await saveTraining(db, trajectory.id, {
    name: 'HACCP basis',
    completedOn: '2026-03-12',
    withCertificate: true,
  });
  await saveTraining(db, trajectory.id, {
    name: 'Rijbewijs heftruck',
    completedOn: null,
    withCertificate: false,
  });
  return { db, trajectoryId: trajectory.id };
}

const complete = { organisationName: 'Stichting De Brug', signatoryName: 'Jan de Vries' };

async function printed(db: InstapDatabase, trajectoryId: string) {
  const certificate = await currentCertificate(db, trajectoryId);
  if (!certificate) throw new Error('not issued');
  return pdfWords((await renderCertificate(certificate)).bytes);
}

describe('the getuigschrift as a testimonial (issue 16)', { timeout: 60_000 }, () => {
  it('proposes a text by name, with workplace, role, period, weeks and hours', async () => {
    const { db, trajectoryId } = await placement(complete);
    const proposal = await proposedEdits(db, trajectoryId);
    expect(proposal.text).toBe(
      'Aminata Diallo heeft van 2 februari 2026 tot en met 31 juli 2026 in een leerwerktraject ' +
        'gewerkt en geleerd bij Zorgcentrum De Linde, locatie Kampen, als gastvrouw/gastheer ' +
        'restaurant. Dat waren 26 weken van 16 uur per week, in totaal ongeveer 410 uur.\n\n' +
        'Hieronder staat wat Aminata in deze periode heeft gedaan en geleerd.',
    );
    // Instellingen saved with the former default (with "hij of zij") propose the same text.
    await saveSettings(db, {
      ...(await loadSettings(db)),
      certificateTemplate:
        '{voornaam} heeft bij {werkgever} als {functie} werkervaring opgedaan, {uren} uur per week. ' +
        'In deze periode heeft {voornaam} laten zien wat hij of zij kan en is gegroeid in de onderstaande leerdoelen.',
    });
    expect((await proposedEdits(db, trajectoryId)).text).toBe(proposal.text);
    // Goals that reveal a limitation start unticked; an open goal is not offered.
    expect(proposal.goals.map((goal) => [goal.text, goal.shown])).toEqual([
      [WORK_GOAL, true],
      [TRAVEL_GOAL, false],
      [LANGUAGE_GOAL, false],
    ]);
    db.close();
  });

  it('prints the chosen goals, supervisor and disclaimer; no exam words, pronouns or steps', async () => {
    const { db, trajectoryId } = await placement(complete);
    await issueCertificate(
      db,
      trajectoryId,
      await certificateContent(db, trajectoryId, null, '2026-08-10'),
    );
    const text = await printed(db, trajectoryId);
    for (const expected of [
      'Aminata Diallo heeft van 2 februari 2026 tot en met 31 juli 2026',
      'als gastvrouw/gastheer restaurant',
      'Wat Aminata Diallo nu kan',
      WORK_GOAL,
      'Gevolgde trainingen HACCP basis · met certificaat 12 maart 2026',
      'Henk Postma, praktijkbegeleider bij Zorgcentrum De Linde',
      CERTIFICATE_DISCLAIMER,
      'Het is geen ervaringscertificaat (EVC) en geen praktijkverklaring (SBB).',
    ]) {
      expect(text).toContain(expected);
    }
    for (const absent of [
      /met goed gevolg/i,
      /diploma/i,
      /geslaagd/i,
      /hij of zij/i,
      /locatie locatie/i,
      /onderstaande leerdoelen/i,
      /Zelfstandig met de fiets/,
      /Nederlands spreken/,
      /De kassa bedienen/,
      /Maand 3/,
      // A training without a completion date is still under way.
      /Rijbewijs heftruck/,
      /Opbouw van taken/,
    ]) {
      expect(text).not.toMatch(absent);
    }
    db.close();
  });

  it('prints the text as edited, and a reprint shows the issued snapshot', async () => {
    const { db, trajectoryId } = await placement(complete);
    const edits = await proposedEdits(db, trajectoryId);
    edits.text = 'Aminata Diallo werkte met zorg en humor in het restaurant van Kampen.';
    edits.duties = 'Tafels dekken, de lunch serveren en de afwas doen.';
    edits.goals = edits.goals.map((goal) =>
      goal.text === LANGUAGE_GOAL
        ? { ...goal, shown: true, text: 'In het Nederlands uitleg geven aan bewoners' }
        : goal,
    );
    edits.mbo = {
      qualification: 'Gastheer/gastvrouw',
      crebo: '25180',
      level: '2',
      processes: 'Ontvangt gasten\nServeert gerechten en dranken',
    };
    await issueCertificate(
      db,
      trajectoryId,
      await certificateContent(db, trajectoryId, edits, '2026-08-10'),
    );
    const first = await printed(db, trajectoryId);
    expect(first).toContain('werkte met zorg en humor');
    expect(first).toContain('Werkzaamheden Tafels dekken, de lunch serveren en de afwas doen.');
    expect(first).toContain('In het Nederlands uitleg geven aan bewoners');
    expect(first).toContain('Kwalificatie: Gastheer/gastvrouw, crebo 25180, niveau 2');
    expect(first).toContain('Serveert gerechten en dranken');
    expect(first).not.toContain('Hieronder staat wat Aminata');

    // Records and settings change; the issued certificate does not.
    await saveSettings(db, { ...(await loadSettings(db)), organisationName: 'Andere Stichting' });
    await db.trajectories.update(trajectoryId, { role: 'Kok' });
    expect(await printed(db, trajectoryId)).toBe(first);
    db.close();
  });

  it('refuses to issue without organisation and signatory, saying what and where', async () => {
    expect(
      issueRefusal({
        organisation: { name: ' ', place: null },
        signatory: { name: 'Jan de Vries', function: null },
      }),
    ).toBe(
      'Het getuigschrift kan nog niet worden uitgegeven: vul eerst "Naam organisatie" in bij ' +
        'Instellingen, onder Organisatie.',
    );
    for (const [settings, message] of [
      [
        { organisationName: '', signatoryName: '' },
        'Het getuigschrift kan nog niet worden uitgegeven: vul eerst "Naam organisatie" en ' +
          '"Naam ondertekenaar" in bij Instellingen, onder Organisatie.',
      ],
      [
        { organisationName: 'Stichting De Brug', signatoryName: ' ' },
        'Het getuigschrift kan nog niet worden uitgegeven: vul eerst "Naam ondertekenaar" in ' +
          'bij Instellingen, onder Organisatie.',
      ],
    ] as const) {
      const { db, trajectoryId } = await placement(settings);
      const content = await certificateContent(db, trajectoryId, null, '2026-08-10');
      await expect(issueCertificate(db, trajectoryId, content)).rejects.toThrow(
        new CertificateIssueRefused(message),
      );
      // The batch goes the same way: nothing numbered, no page made.
      const progress = vi.fn();
      await expect(
        printBatch(db, [trajectoryId], new Map(), progress, () => false),
      ).rejects.toThrow(CertificateIssueRefused);
      expect(progress).not.toHaveBeenCalled();
      expect(await db.certificates.count()).toBe(0);
      db.close();
    }
  });

  it('issues a batch with the reviewed text for one and the generated text for another', async () => {
    const a = await placement(complete);
    const { db } = a;
    const edits = await proposedEdits(db, a.trajectoryId);
    edits.text = 'Aminata Diallo is een aanwinst voor elk team.';
    const result = await printBatch(
      db,
      [a.trajectoryId],
      new Map([[a.trajectoryId, edits]]),
      () => {},
      () => false,
    );
    expect(result.issued.map((c) => c.number)).toEqual([expect.stringMatching(/^\d{4}-0001$/)]);
    expect(result.issued[0]?.content.personalText).toBe(edits.text);
    expect(await pdfWords(result.file?.bytes ?? new Uint8Array())).toContain(
      'een aanwinst voor elk team',
    );
    db.close();
  });
});
