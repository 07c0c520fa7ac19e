import type { Candidate } from '../domain/candidate';
import {
  certificateFacts,
  formatCertificateNumber,
  type Certificate,
  type CertificateContent,
} from '../domain/certificate';
import type { Employer } from '../domain/employer';
import type { LearningGoal, Trajectory } from '../domain/trajectory';
import { sampleOrganisation } from './catalog';
import { addDays, timestamp, toDay, workday } from './dates';
import { chance, intBetween, type Random } from './random';
import { groupBy } from '../domain/group-by';

/**
 * The certificate register of the sample set: a getuigschrift for every completed placement
 * (a work-study placement ends with a diploma instead), issued a week or two after the end; now
 * and then one was issued again with a corrected text, so the register also holds replaced ones.
 */

interface RegisterInput {
  candidates: readonly Candidate[];
  trajectories: readonly Trajectory[];
  employers: readonly Employer[];
  learningGoals: readonly LearningGoal[];
}

type Closed = Trajectory & { endedOn: string };

function content(
  candidate: Candidate,
  trajectory: Closed,
  employer: Employer | undefined,
  goals: readonly LearningGoal[],
  issuedOn: string,
): CertificateContent {
  const name = candidate.firstName;
  const where = employer?.name ?? sampleOrganisation.name;
  return {
    organisation: { ...sampleOrganisation },
    logo: null,
    signature: null,
    accentColour: '#1f6f6b',
    ...certificateFacts(candidate, trajectory, employer, goals),
    personalText:
      `${name} heeft bij ${where} werkervaring opgedaan als ${(trajectory.role ?? 'medewerker').toLowerCase()}, ` +
      `${trajectory.hoursPerWeek} uur per week. ${name} was een gewaardeerde collega in het team.`,
    signatory: { name: trajectory.coach, function: trajectory.coach ? 'Jobcoach' : null },
    issuedOn,
  };
}

export function certificateRegister(
  data: RegisterInput,
  today: string,
  random: Random,
): Certificate[] {
  const candidates = new Map(data.candidates.map((candidate) => [candidate.id, candidate]));
  const employers = new Map(data.employers.map((employer) => [employer.id, employer]));
  const goals = groupBy(data.learningGoals, (goal) => goal.trajectoryId);

  // Every issue first, then numbers in order of issue: the register counts up through the year.
  const issues: { trajectory: Closed; issuedOn: string; copy: number }[] = [];
  for (const trajectory of data.trajectories) {
    const { endedOn } = trajectory;
    if (trajectory.status !== 'completed' || endedOn === null || trajectory.kind === 'work-study')
      continue;
    const closed = { ...trajectory, endedOn };
    const issuedOn = workday(addDays(endedOn, intBetween(random, 3, 12)));
    if (issuedOn > today) continue;
    issues.push({ trajectory: closed, issuedOn, copy: 1 });
    // "Opnieuw uitgeven": a corrected text a week later gets a new number.
    const again = workday(addDays(issuedOn, 7));
    if (chance(random, 0.08) && again <= today) {
      issues.push({ trajectory: closed, issuedOn: again, copy: 2 });
    }
  }
  // Plain comparison: dates and ids are ASCII, and localeCompare is slow on 10 000 people.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  issues.sort((a, b) => order(a.issuedOn, b.issuedOn) || order(a.trajectory.id, b.trajectory.id));

  const sequences = new Map<number, number>();
  const latest = new Map<string, Certificate>();
  const register: Certificate[] = [];
  for (const { trajectory, issuedOn, copy } of issues) {
    const candidate = candidates.get(trajectory.candidateId);
    if (!candidate) continue;
    const year = Number(issuedOn.slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const certificate: Certificate = {
      id: `${trajectory.id}-c${copy}`,
      number: formatCertificateNumber(year, sequence),
      year,
      sequence,
      trajectoryId: trajectory.id,
      candidateId: candidate.id,
      issuedAt: timestamp(issuedOn, 10 * 60 + (toDay(issuedOn) % 300)),
      status: 'issued',
      replacedBy: null,
      content: content(
        candidate,
        trajectory,
        trajectory.employerId ? employers.get(trajectory.employerId) : undefined,
        goals.get(trajectory.id) ?? [],
        issuedOn,
      ),
    };
    const replaced = latest.get(trajectory.id);
    if (replaced) {
      replaced.status = 'replaced';
      replaced.replacedBy = certificate.id;
    }
    latest.set(trajectory.id, certificate);
    register.push(certificate);
  }
  return register;
}
