import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import {
  certificateFacts,
  fillTemplate,
  type CertificateContent,
} from '../../../src-shared/domain/certificate';
import type { InstapDatabase } from '../../db/database';
import { i18next } from '../../ui/i18n';
import { loadImages } from '../../data/images';
import { loadSettings } from '../../data/settings-repository';

const longDate = (date: string) => format(parseISO(date), 'd MMMM yyyy', { locale: nl });

/** The coach's template filled in for this trajectory: the proposal for the personal text. */
export async function proposedPersonalText(db: InstapDatabase, trajectoryId: string) {
  const content = await certificateContent(db, trajectoryId, null, '2000-01-01');
  const settings = await loadSettings(db);
  const trajectory = await db.trajectories.get(trajectoryId);
  const candidate = trajectory ? await db.candidates.get(trajectory.candidateId) : undefined;
  return fillTemplate(settings.certificateTemplate, {
    voornaam: candidate?.firstName ?? '',
    naam: content.candidate.fullName,
    functie: content.placement.role ?? '',
    werkgever: content.placement.employer ?? settings.organisationName,
    soort: i18next.t(`codes.kind.${content.placement.kind}`).toLowerCase(),
    van: longDate(content.placement.startedOn),
    tot: longDate(content.placement.endedOn),
    uren: String(content.placement.hoursPerWeek ?? ''),
  });
}

/** Everything the certificate shows, read from the records and settings as they are today. */
export async function certificateContent(
  db: InstapDatabase,
  trajectoryId: string,
  personalText: string | null,
  issuedOn: string,
): Promise<CertificateContent> {
  const trajectory = await db.trajectories.get(trajectoryId);
  const endedOn = trajectory?.endedOn;
  if (!trajectory || !endedOn) throw new Error('trajectory-not-closed');
  const [candidate, employer, goals, steps, settings, images] = await Promise.all([
    db.candidates.get(trajectory.candidateId),
    trajectory.employerId ? db.employers.get(trajectory.employerId) : undefined,
    db.learningGoals.where('trajectoryId').equals(trajectoryId).sortBy('order'),
    db.buildUpSteps.where('trajectoryId').equals(trajectoryId).sortBy('order'),
    loadSettings(db),
    loadImages(db),
  ]);
  if (!candidate) throw new Error('candidate-missing');
  return {
    organisation: { name: settings.organisationName, place: settings.place || null },
    logo: images.logo,
    signature: images.signature,
    accentColour: settings.accentColour,
    ...certificateFacts(candidate, { ...trajectory, endedOn }, employer, goals, steps),
    personalText: personalText?.trim() || null,
    signatory: {
      name: settings.signatoryName || null,
      function: settings.signatoryFunction || null,
    },
    issuedOn,
  };
}
