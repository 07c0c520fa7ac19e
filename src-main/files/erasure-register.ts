import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import writeFileAtomic from 'write-file-atomic';
import type { ErasureKind, Erasures } from '../../src-shared/ipc/backups';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './data-folder';

const registerSchema = z.object({
  erased: z.array(z.string()),
  anonymised: z.array(z.string()),
});

/**
 * `erasures.json` in the data folder: the ids of the people erased or anonymised here, never
 * their data. It sits beside `backups/`, not in a backup, and survives the browser losing its
 * database, which is when a restore is most likely. Someone erased is only listed as erased.
 */
export function createErasureRegister(dataFolder: string) {
  const file = path.join(dataFolder, 'erasures.json');
  // One change at a time: each is read, merge, write.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Erasures> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { erased: [], anonymised: [] };
      throw error;
    }
    // A damaged register throws: a restore must not go on as if nobody had been erased.
    return registerSchema.parse(JSON.parse(text));
  }

  async function record(kind: ErasureKind, ids: readonly string[]): Promise<void> {
    const current = await read();
    const erased = new Set(current.erased);
    const anonymised = new Set(current.anonymised);
    for (const id of ids) (kind === 'erased' ? erased : anonymised).add(id);
    for (const id of erased) anonymised.delete(id);
    const next: Erasures = { erased: [...erased].sort(), anonymised: [...anonymised].sort() };
    await makePrivateFolder(dataFolder);
    await writeFileAtomic(file, JSON.stringify(next), { mode: PRIVATE_FILE_MODE, fsync: true });
  }

  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    read: () => inTurn(read),
    record: (kind: ErasureKind, ids: readonly string[]) => inTurn(() => record(kind, ids)),
  };
}
