import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import writeFileAtomic from 'write-file-atomic';
import { PRIVATE_FILE_MODE } from './files/data-folder';

/** Where the window was: restored at the next start so the coach finds it as they left it. */
const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean(),
});

export type WindowState = z.output<typeof windowStateSchema>;

const fallback: WindowState = { width: 1280, height: 820, maximized: false };

export function loadWindowState(folder: string): WindowState {
  try {
    const file = readFileSync(path.join(folder, 'window-state.json'), 'utf8');
    return windowStateSchema.parse(JSON.parse(file));
  } catch {
    return fallback;
  }
}

export async function saveWindowState(folder: string, state: WindowState): Promise<void> {
  // Private like every file in the data folder (secureDataFolder repairs it at start too).
  await writeFileAtomic(path.join(folder, 'window-state.json'), JSON.stringify(state), {
    mode: PRIVATE_FILE_MODE,
  });
}
