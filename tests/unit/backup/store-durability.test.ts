import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import writeFileAtomic from 'write-file-atomic';
import { createBackupStore } from '../../../src-main/files/backup-store';
import { PRIVATE_FILE_MODE } from '../../../src-main/files/data-folder';

// The real writes, watched: what a power cut can undo is decided by the options of each write.
vi.mock('write-file-atomic', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof writeFileAtomic }>();
  return { default: vi.fn(actual.default) };
});

/**
 * Every backup file, the monthly copy included, reaches the disk before it replaces the one it
 * is named after (fsync before the rename) and is private from its first byte. The crash test in
 * store.test.ts kills another process mid-write; this one sees the options in this process.
 */
describe('writing a backup', () => {
  it('syncs every file to disk before its rename, private to its user', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'instap-durable-'));
    const store = createBackupStore(data, () => new Date('2026-03-01T09:00:00Z'));
    await store.write('daily', '{}');
    await store.write('manual', '{}');
    const calls = vi.mocked(writeFileAtomic).mock.calls;
    expect(calls.map(([file]) => path.basename(String(file)))).toEqual([
      'instap-dag-2026-03-01.json',
      'instap-maand-2026-03.json',
      'instap-handmatig-2026-03-01-09-00-00.json',
    ]);
    for (const [, , options] of calls) {
      expect(options).toEqual({ fsync: true, mode: PRIVATE_FILE_MODE });
    }
    expect(PRIVATE_FILE_MODE).toBe(0o600);
  });
});
