import type { Certificate } from '../domain/certificate';
import { anonymiseCertificate } from '../domain/retention';
import type { Row, TableRows } from './upgrade';

/**
 * Version 6. Candidates get the line "voor het overleg" (null until the coach writes one). And the
 * certificate register is cleaned where earlier versions did not reach it: a certificate of a
 * person who was anonymised, or erased from the Prullenbak, loses the printed name, birth date
 * and texts, and keeps its number, year and status (DOMAIN.md, privacy).
 */
export function meetingLineAndCertificateCleanup(tables: TableRows): TableRows {
  const candidates = (tables.candidates ?? []).map((row): Row => ({ meetingLine: null, ...row }));
  const remaining = new Map(candidates.map((row) => [row.id, row]));
  const gone = (row: Row) => {
    const candidate = remaining.get(row.candidateId);
    return candidate === undefined || Boolean(candidate.anonymisedAt);
  };
  const certificates = (tables.certificates ?? []).map((row) =>
    gone(row) ? (anonymiseCertificate(row as unknown as Certificate) as unknown as Row) : row,
  );
  return { ...tables, candidates, certificates };
}
