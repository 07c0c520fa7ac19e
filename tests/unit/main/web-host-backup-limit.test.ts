import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type RunningWebHost } from '../../../src-main/web-host';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupProblem,
  backupTables,
  serialiseBackup,
  type Backup,
  type BackupTables,
} from '../../../src-shared/domain/backup';
import { emptyCandidateExtras, emptyCandidateInput } from '../../../src-shared/domain/candidate';
import { MAX_BACKUP_CHARS } from '../../../src-shared/ipc/backups';
import { encodeWire } from '../../../src-shared/ipc/envelope';
import { SCHEMA_VERSION } from '../../../src-shared/schema/versions';
import { openSession, rawRequest, type WebSession } from '../../web-host-client';

/**
 * The contract and the web host share one backup size limit: a backup just under it arrives
 * whole through the web host (the contract's own schema then decides, not the body limit).
 */
const MOTIVATION =
  'Wil graag weer aan het werk in de zorg, eerst een paar dagdelen per week met begeleiding. '.repeat(
    55,
  );

/** A real backup: the installation's identity and `count` candidates with a long motivation. */
function backupWithCandidates(count: number): Backup {
  const tables = Object.fromEntries(
    backupTables.map((table) => [table, []]),
  ) as unknown as BackupTables;
  tables.settings = [
    {
      key: 'installation',
      value: { organisationId: 'org-groot', secret: new Uint8Array(32).fill(7) },
    },
  ];
  tables.candidates = Array.from({ length: count }, (_, index) => ({
    ...emptyCandidateInput(),
    ...emptyCandidateExtras(),
    id: `kandidaat-${String(index).padStart(7, '0')}`,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    deletedAt: null,
    anonymisedAt: null,
    firstName: 'Fatma',
    lastName: 'Jansen',
    discussedOn: '2026-01-05',
    motivation: MOTIVATION,
  }));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: '2026-01-05T09:00:00.000Z',
    generator: 'Instap test',
    tables,
  };
}

/** As many candidates as fit under the limit: the text ends within one row of it. */
function backupJustUnderLimit(): string {
  const one = serialiseBackup(backupWithCandidates(1)).length;
  const two = serialiseBackup(backupWithCandidates(2)).length;
  const row = two - one;
  const text = serialiseBackup(
    backupWithCandidates(Math.floor((MAX_BACKUP_CHARS - one) / row) + 1),
  );
  expect(text.length).toBeLessThanOrEqual(MAX_BACKUP_CHARS);
  expect(text.length).toBeGreaterThan(MAX_BACKUP_CHARS - row);
  return text;
}

let host: RunningWebHost;
let session: WebSession;
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-limit-'));

beforeAll(async () => {
  mkdirSync(path.join(folder, 'renderer'));
  writeFileSync(path.join(folder, 'renderer', 'index.html'), '<html></html>');
  host = await startWebHost({
    port: 0,
    dataFolder: path.join(folder, 'data'),
    rendererFolder: path.join(folder, 'renderer'),
  });
  session = await openSession(host);
});
afterAll(() => host.close());

const writeBackup = (text: string) =>
  rawRequest(host.port, {
    path: '/api/backup%3Awrite',
    method: 'POST',
    headers: { ...session.headers, 'Content-Type': 'application/json' },
    body: Buffer.from(encodeWire({ reason: 'manual', text })),
  });

describe('the backup size limit, shared by the contract and the web host', () => {
  it('builds a real backup of this app', () => {
    expect(backupProblem(serialiseBackup(backupWithCandidates(3)))).toBeNull();
  });

  it('lets the body of the largest backup through, escaped as JSON', () => {
    // Worst case per character of a JSON text: 3 bytes of UTF-8; the envelope is small.
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(3 * MAX_BACKUP_CHARS + 1024);
  });

  it(
    'writes a backup just under the limit through the web host',
    async () => {
      const text = backupJustUnderLimit();
      const written = await writeBackup(text);
      expect(written.status).toBe(200);
      const entry = (JSON.parse(written.body) as { value: { name: string; size: number } }).value;
      expect(entry.size).toBe(text.length);
      const file = path.join(folder, 'data', 'backups', entry.name);
      expect(statSync(file).size).toBe(text.length);
      expect(readFileSync(file, 'utf8').slice(-200)).toBe(text.slice(-200));
    },
    // 200 MB through JSON four times over (build, send, receive, check) on two shared cores.
    240_000,
  );
});
