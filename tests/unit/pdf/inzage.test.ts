import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { formatDate } from '../../../src-main/pdf/labels';
import { updateCandidate } from '../../../src-renderer/data/candidate-repository';
import {
  subjectAccessExport,
  subjectAccessReport,
} from '../../../src-renderer/features/privacy/subject-access';
import { filledDatabase, fullyRecordedCandidate } from '../privacy/filled-database';
import { handlers, pdfOf, renderPng } from './document-helpers';
import { pdfWords } from './pdf-tools';

/**
 * Inzage (AVG art. 15, DOMAIN.md privacy): a readable Dutch PDF for the person who asked, with
 * every category of data held about them, where it came from, why, how long and who receives
 * what; and the same records as JSON beside it.
 */

/** Every run of white space as one space, as `pdfWords` gives the document. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const LINE = 'Zoekt na de zomer een vaste plek in de thuiszorg.';

async function person() {
  const { db, dataset } = await filledDatabase();
  const candidateId = fullyRecordedCandidate(dataset);
  // Through the app's own write, so the log of changes holds an entry too.
  const stored = await db.candidates.get(candidateId);
  if (!stored) throw new Error('no candidate');
  const { id, createdAt, updatedAt, deletedAt, anonymisedAt, ...input } = stored;
  await updateCandidate(db, id, {
    ...input,
    consentToShare: true,
    consentOn: '2024-01-09',
    meetingLine: LINE,
  });
  expect([createdAt < updatedAt, deletedAt, anonymisedAt]).toEqual([true, null, null]);
  return { db, dataset, candidateId };
}

describe('pdf:inzage', { timeout: 120_000 }, () => {
  it('shows the person every value held about them, in Dutch, with source, purpose, period and recipients', async () => {
    const { db, dataset, candidateId } = await person();
    const report = await subjectAccessReport(db, candidateId, '2026-11-23');
    const file = pdfOf(await dispatch(handlers, 'pdf:inzage', { report, reference: 'abc12345' }));
    expect(file.fileName).toBe('inzage-abc12345-2026-11-23.pdf');
    await renderPng(file.bytes, 'inzage');
    const text = await pdfWords(file.bytes);

    const candidate = dataset.candidates.find((c) => c.id === candidateId);
    if (!candidate) throw new Error('no candidate');
    const trajectories = new Set(
      dataset.trajectories.filter((t) => t.candidateId === candidateId).map((t) => t.id),
    );
    const own = <T extends { trajectoryId: string }>(rows: readonly T[]) =>
      rows.filter((row) => trajectories.has(row.trajectoryId));
    const held = [
      candidate.firstName,
      candidate.lastName,
      formatDate(candidate.birthDate ?? ''),
      candidate.phone,
      candidate.email,
      candidate.motivation,
      LINE,
      ...dataset.trajectories
        .filter((t) => trajectories.has(t.id))
        .flatMap((t) => [t.workplaceSupervisor, t.role, t.closingNote, t.coach]),
      ...own(dataset.learningGoals).map((goal) => goal.text),
      ...own(dataset.buildUpSteps).map((step) => step.text),
      ...own(dataset.evaluations).flatMap((e) => [e.notes, ...e.progress.map((p) => p.remark)]),
      ...own(dataset.coachingEntries).map((entry) => entry.note),
      ...own(dataset.profiles).flatMap((p) => [
        p.brings,
        p.needs,
        p.asks,
        p.offers,
        p.matchingNote,
      ]),
      ...own(dataset.certificates).map((c) => `Nummer ${c.number}`),
      // More of the programme (schema version 7).
      candidate.municipality,
      ...own(dataset.trainings).map((training) => training.name),
      ...dataset.trajectories
        .filter((t) => trajectories.has(t.id))
        .flatMap((t) => [
          t.programme,
          t.benefitApproval?.office,
          t.benefitApproval?.consultant,
          t.benefitApproval?.fileNumber,
        ]),
    ].filter((value): value is string => typeof value === 'string' && value !== '');
    expect(held.length).toBeGreaterThan(30);
    expect(held.filter((value) => !text.includes(flat(value)))).toEqual([]);

    for (const words of [
      'Inzage in uw gegevens',
      'Dit is alles wat Stichting Werkkracht Zwolle in Instap over u bewaart.',
      '1 Uw gegevens',
      'Waar het vandaan komt',
      'van u, bij de aanmelding',
      'Participatiewet (bijstand)',
      '2 Uw trajecten',
      'Begeleiding (',
      'intern: alleen voor uw dossier',
      '3 Waarom wij dit bewaren',
      'nooit uw BSN',
      '4 Hoe lang wij het bewaren',
      'Wij bewaren uw gegevens tot 2 jaar na het einde van uw laatste traject.',
      '5 Wie wat van ons krijgt',
      // Cells of the recipients' table, as far as they run on one line.
      'Werkgevers en',
      'Uw naam (u gaf toestemming)',
      'De regio (samenwerkende',
      'met een code in plaats van',
      'Uw gemeente of UWV',
      '6 Wat u kunt doen',
      'Woongemeente',
      'Programma WEP Trein',
      'dossiernummer',
      'Trainingen',
      'Nooit uw woongemeente',
      'Autoriteit Persoonsgegevens',
      'een bestand (JSON) met dezelfde gegevens',
    ]) {
      expect(text).toContain(words);
    }
    // When the data goes, for this person: two years after the end of the last trajectory,
    // which for this person from 2018 has passed (the sample set is not anonymised).
    const lastEnd = dataset.trajectories
      .filter((t) => trajectories.has(t.id))
      .map((t) => t.endedOn ?? '')
      .sort()
      .at(-1) as string;
    const until = `${Number(lastEnd.slice(0, 4)) + 2}${lastEnd.slice(4)}`;
    expect(until < '2026-11-23').toBe(true);
    expect(text).toContain(
      `Voor u is die termijn op ${formatDate(until)} verstreken: uw werkcoach anonimiseert`,
    );
    // Nothing technical: no English keys, codes or internal ids.
    for (const technical of [
      candidateId,
      ...trajectories,
      'candidateId',
      'social-assistance',
      'work-experience',
      'in-progress',
      'null',
    ]) {
      expect(text).not.toContain(technical);
    }
    db.close();
  });

  it('says so for someone without consent and without a trajectory', async () => {
    const { db, dataset } = await filledDatabase();
    const started = new Set(dataset.trajectories.map((t) => t.candidateId));
    const waiting = dataset.candidates.find(
      (c) => !started.has(c.id) && !c.consentToShare && (c.discussedOn ?? '') > '2026-01-01',
    );
    if (!waiting) throw new Error('no candidate without a trajectory');
    const report = await subjectAccessReport(db, waiting.id, '2026-11-23');
    const text = await pdfWords(
      pdfOf(await dispatch(handlers, 'pdf:inzage', { report, reference: 'x1' })).bytes,
    );
    expect(text).toContain('U hebt (nog) geen traject bij ons.');
    expect(text).toContain('Alleen uw initialen');
    expect(text).toContain('Bent u besproken maar niet gestart, dan 1 jaar na de bespreking.');
    const until = `${Number(waiting.discussedOn?.slice(0, 4)) + 1}${waiting.discussedOn?.slice(4)}`;
    expect(text).toContain(`Voor u betekent dat: uiterlijk tot ${formatDate(until)}.`);
    db.close();
  });

  it('puts the same records beside it as JSON, certificates and the log of changes included', async () => {
    const { db, dataset, candidateId } = await person();
    const json = JSON.parse(JSON.stringify(await subjectAccessExport(db, candidateId)));
    expect(json.candidate.meetingLine).toBe(LINE);
    const numbers = dataset.certificates
      .filter((c) => c.candidateId === candidateId)
      .map((c) => c.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(
      json.trajectories.flatMap((t: { certificates: { number: string }[] }) =>
        t.certificates.map((c) => c.number),
      ),
    ).toEqual(numbers);
    expect(json.changes.length).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a request with a name in the file reference', async () => {
    const { db, candidateId } = await person();
    const report = await subjectAccessReport(db, candidateId, '2026-11-23');
    const result = await dispatch(handlers, 'pdf:inzage', { report, reference: 'Fatma Çelik' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    db.close();
  });
});
