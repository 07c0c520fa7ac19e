import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import {
  certificateFacts,
  closingTemplate,
  factsSentences,
  fillTemplate,
  goalChoices,
  roleInSentence,
  shownGoals,
  type CertificateContent,
  type GoalChoice,
} from '../../../src-shared/domain/certificate';
import type { InstapDatabase } from '../../db/database';
import { i18next } from '../../ui/i18n';
import { loadImages } from '../../data/images';
import { loadSettings } from '../../data/settings-repository';
import { trainingsOf } from '../../data/training-repository';

/**
 * What the coach settles before a certificate is issued: its text, which achieved goals it
 * shows and how they read, the work done, and the optional MBO work processes. Once issued,
 * all of it lives in the snapshot and reprints show exactly that.
 */
export interface CertificateEdits {
  text: string;
  goals: GoalChoice[];
  duties: string;
  /** Empty fields: no MBO block. The processes one per line. */
  mbo: { qualification: string; crebo: string; level: string; processes: string };
}

const longDate = (date: string) => format(parseISO(date), 'd MMMM yyyy', { locale: nl });

const noMbo: CertificateEdits['mbo'] = { qualification: '', crebo: '', level: '', processes: '' };

async function records(db: InstapDatabase, trajectoryId: string) {
  const trajectory = await db.trajectories.get(trajectoryId);
  const endedOn = trajectory?.endedOn;
  if (!trajectory || !endedOn) throw new Error('trajectory-not-closed');
  const [candidate, employer, goals, trainings, settings, images] = await Promise.all([
    db.candidates.get(trajectory.candidateId),
    trajectory.employerId ? db.employers.get(trajectory.employerId) : undefined,
    db.learningGoals.where('trajectoryId').equals(trajectoryId).sortBy('order'),
    trainingsOf(db, trajectoryId),
    loadSettings(db),
    loadImages(db),
  ]);
  if (!candidate) throw new Error('candidate-missing');
  return {
    trajectory: { ...trajectory, endedOn },
    candidate,
    employer,
    goals,
    trainings,
    settings,
    images,
  };
}

/** The generated proposal: the facts as sentences, the closing line, the default goal choice. */
export async function proposedEdits(
  db: InstapDatabase,
  trajectoryId: string,
): Promise<CertificateEdits> {
  const { trajectory, candidate, employer, goals, settings } = await records(db, trajectoryId);
  const facts = certificateFacts(candidate, trajectory, employer, goals);
  const p = facts.placement;
  const closing = fillTemplate(closingTemplate(settings.certificateTemplate), {
    voornaam: candidate.firstName,
    naam: facts.candidate.fullName,
    functie: p.role ? roleInSentence(p.role) : '',
    werkgever: p.employer ?? settings.organisationName,
    soort: i18next.t(`codes.kind.${p.kind}`).toLowerCase(),
    van: longDate(p.startedOn),
    tot: longDate(p.endedOn),
    uren: String(p.hoursPerWeek ?? ''),
  }).trim();
  const opening = factsSentences({
    ...facts,
    organisation: { name: settings.organisationName, place: null },
  });
  return {
    text: closing === '' ? opening : `${opening}\n\n${closing}`,
    goals: goalChoices(goals),
    duties: '',
    mbo: noMbo,
  };
}

/** The edits an issued certificate was made with, for "Opnieuw uitgeven" with fresh facts. */
export async function editsOf(
  db: InstapDatabase,
  trajectoryId: string,
  content: CertificateContent,
): Promise<CertificateEdits> {
  const proposal = await proposedEdits(db, trajectoryId);
  const printed = new Set(content.achievedGoals);
  const mbo = content.workProcesses;
  return {
    text: content.personalText ?? proposal.text,
    goals: proposal.goals.map((choice) => ({ ...choice, shown: printed.has(choice.text) })),
    duties: content.duties ?? '',
    mbo: mbo
      ? {
          qualification: mbo.qualification,
          crebo: mbo.crebo,
          level: String(mbo.level),
          processes: mbo.processes.join('\n'),
        }
      : noMbo,
  };
}

/**
 * The MBO block from the form: none when every field is empty, else all three parts are
 * needed. Returns the message key of what is wrong.
 */
type MboProblem = `certificates.mbo.${'qualificationMissing' | 'creboInvalid' | 'levelInvalid'}`;

export function workProcessesOf(
  mbo: CertificateEdits['mbo'],
): { value: CertificateContent['workProcesses'] } | { problem: MboProblem } {
  const qualification = mbo.qualification.trim();
  const crebo = mbo.crebo.trim();
  const processes = mbo.processes
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (qualification === '' && crebo === '' && mbo.level === '' && processes.length === 0) {
    return { value: null };
  }
  const level = Number(mbo.level);
  if (qualification === '') return { problem: 'certificates.mbo.qualificationMissing' };
  if (!/^\d{5}$/.test(crebo)) return { problem: 'certificates.mbo.creboInvalid' };
  if (!Number.isInteger(level) || level < 1 || level > 4) {
    return { problem: 'certificates.mbo.levelInvalid' };
  }
  return { value: { qualification, crebo, level, processes } };
}

/**
 * Everything the certificate shows: the records and settings as they are today, with the
 * coach's edits (or the generated proposal when there are none).
 */
export async function certificateContent(
  db: InstapDatabase,
  trajectoryId: string,
  edits: CertificateEdits | null,
  issuedOn: string,
): Promise<CertificateContent> {
  const { trajectory, candidate, employer, goals, trainings, settings, images } = await records(
    db,
    trajectoryId,
  );
  const chosen = edits ?? (await proposedEdits(db, trajectoryId));
  const mbo = workProcessesOf(chosen.mbo);
  if ('problem' in mbo) throw new Error(mbo.problem);
  return {
    organisation: { name: settings.organisationName, place: settings.place || null },
    logo: images.logo,
    signature: images.signature,
    accentColour: settings.accentColour,
    ...certificateFacts(candidate, trajectory, employer, goals),
    achievedGoals: shownGoals(chosen.goals),
    personalText: chosen.text.trim() || null,
    duties: chosen.duties.trim() || null,
    // Completed trainings only: one without a date is still under way.
    trainings: trainings.flatMap(({ name, completedOn, withCertificate }) =>
      completedOn === null ? [] : [{ name, completedOn, withCertificate }],
    ),
    workProcesses: mbo.value,
    signatory: {
      name: settings.signatoryName || null,
      function: settings.signatoryFunction || null,
    },
    issuedOn,
  };
}
