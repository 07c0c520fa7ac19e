import {
  CertificateIssueRefused,
  formatCertificateNumber,
  issueRefusal,
  type Certificate,
  type CertificateContent,
} from '../../src-shared/domain/certificate';
import { audit } from '../db/audit';
import { newId, now, type InstapDatabase } from '../db/database';
import { RuleViolation } from '../db/records';

async function nextSequence(db: InstapDatabase, year: number): Promise<number> {
  const numbers = await db.certificates.where('year').equals(year).toArray();
  return numbers.reduce((max, certificate) => Math.max(max, certificate.sequence), 0) + 1;
}

/** The certificate currently valid for a trajectory, if one was issued. */
export function currentCertificate(db: InstapDatabase, trajectoryId: string) {
  return db.certificates
    .where('trajectoryId')
    .equals(trajectoryId)
    .filter((certificate) => certificate.status === 'issued')
    .first();
}

/**
 * The first print issues the next number of the year with a snapshot of the content; later prints
 * get that same certificate back. Only completed trajectories receive one.
 */
export async function issueCertificate(
  db: InstapDatabase,
  trajectoryId: string,
  content: CertificateContent,
): Promise<Certificate> {
  return db.transaction('rw', [db.certificates, db.trajectories, db.auditLog], async () => {
    const trajectory = await db.trajectories.get(trajectoryId);
    if (!trajectory || trajectory.deletedAt || trajectory.status !== 'completed') {
      throw new RuleViolation('certificates.onlyCompleted', 'status');
    }
    const existing = await currentCertificate(db, trajectoryId);
    if (existing) return existing;
    return addCertificate(db, trajectory.candidateId, trajectoryId, content);
  });
}

/** "Opnieuw uitgeven": a new number with fresh content; the old one is marked replaced. */
export async function reissueCertificate(
  db: InstapDatabase,
  certificateId: string,
  content: CertificateContent,
): Promise<Certificate> {
  return db.transaction('rw', [db.certificates, db.auditLog], async () => {
    const old = await db.certificates.get(certificateId);
    if (!old || old.status !== 'issued')
      throw new RuleViolation('certificates.notCurrent', 'status');
    const created = await addCertificate(db, old.candidateId, old.trajectoryId, content);
    await db.certificates.put({ ...old, status: 'replaced', replacedBy: created.id });
    await audit(db, 'update', 'certificate', old.id, ['replacedBy', 'status']);
    return created;
  });
}

/** Takes back a number whose PDF was never made (a failed or cancelled batch page). */
export async function withdrawCertificate(db: InstapDatabase, certificateId: string) {
  await db.transaction('rw', [db.certificates, db.auditLog], async () => {
    await db.certificates.delete(certificateId);
    await audit(db, 'purge', 'certificate', certificateId);
  });
}

async function addCertificate(
  db: InstapDatabase,
  candidateId: string,
  trajectoryId: string,
  content: CertificateContent,
): Promise<Certificate> {
  // Every issue passes here (single, batch, again): none without organisation and signatory.
  const refusal = issueRefusal(content);
  if (refusal !== null) throw new CertificateIssueRefused(refusal);
  const year = Number(content.issuedOn.slice(0, 4));
  const sequence = await nextSequence(db, year);
  const certificate: Certificate = {
    id: newId(),
    number: formatCertificateNumber(year, sequence),
    year,
    sequence,
    trajectoryId,
    candidateId,
    issuedAt: now(),
    status: 'issued',
    replacedBy: null,
    content,
  };
  await db.certificates.add(certificate);
  await audit(db, 'create', 'certificate', certificate.id);
  return certificate;
}

/** Every certificate ever issued, withdrawn ones included: the register lists them all. */
export const allCertificates = (db: InstapDatabase) => db.certificates.toArray();
