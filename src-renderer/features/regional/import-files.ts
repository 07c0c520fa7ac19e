import {
  MAX_EXCHANGE_BYTES,
  parseExchangeFile,
  type ExchangeFileV1,
  type ExchangeIssue,
} from '../../../src-shared/exchange';
import { audit } from '../../db/audit';
import { now, type InstapDatabase } from '../../db/database';

export interface FileToImport {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export type ImportResult =
  | { ok: true; imported: { fileName: string; organisation: string }[] }
  | { ok: false; errors: ExchangeIssue[] };

/**
 * Checks every file completely before writing anything: one error anywhere means nothing is
 * stored. Files over 50 MB are refused before they are read.
 */
export async function importExchangeFiles(
  db: InstapDatabase,
  files: readonly FileToImport[],
  ownOrganisationId: string,
): Promise<ImportResult> {
  const errors: ExchangeIssue[] = [];
  const accepted: { fileName: string; file: ExchangeFileV1 }[] = [];
  for (const candidate of files) {
    const issue = (message: string) =>
      errors.push({ file: candidate.name, record: null, field: null, message });
    if (candidate.size > MAX_EXCHANGE_BYTES) {
      issue(`Bestand "${candidate.name}" is groter dan 50 MB en is niet gelezen.`);
      continue;
    }
    const result = parseExchangeFile(candidate.name, await candidate.text(), candidate.size);
    if (!result.ok) {
      for (const error of result.errors) errors.push(error);
      continue;
    }
    if (result.file.organisation.id === ownOrganisationId) {
      issue(
        `${candidate.name}: dit is een export van uw eigen organisatie; die staat al in Instap.`,
      );
      continue;
    }
    accepted.push({ fileName: candidate.name, file: result.file });
  }
  if (errors.length > 0) return { ok: false, errors };
  // One bulk write in one transaction: every file and its audit line, or none of them.
  await db.transaction('rw', db.exchangeImports, db.auditLog, async () => {
    const importedAt = now();
    const ids = await db.exchangeImports.bulkAdd(
      accepted.map(({ fileName, file }) => ({
        organisationId: file.organisation.id,
        fileName,
        importedAt,
        file,
      })),
      { allKeys: true },
    );
    for (const id of ids) await audit(db, 'create', 'exchangeImport', String(id));
  });
  return {
    ok: true,
    imported: accepted.map(({ fileName, file }) => ({
      fileName,
      organisation: file.organisation.name,
    })),
  };
}

export async function removeOrganisation(db: InstapDatabase, organisationId: string) {
  await db.transaction('rw', db.exchangeImports, db.auditLog, async () => {
    const ids = await db.exchangeImports
      .where('organisationId')
      .equals(organisationId)
      .primaryKeys();
    await db.exchangeImports.bulkDelete(ids);
    for (const id of ids) await audit(db, 'purge', 'exchangeImport', String(id));
  });
}
