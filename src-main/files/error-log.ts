import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './data-folder';

/**
 * Main-process errors go to `instap.log` in the data folder with their kind and where they
 * happened, never their message: a message can quote a record (a name, a note).
 */
export function describeError(error: unknown, at: Date = new Date()): string {
  const name = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error && error.stack
      ? error.stack
          .split('\n')
          .slice(1)
          .map((line) => line.trim())
          .filter((line) => line.startsWith('at '))
          .slice(0, 8)
      : [];
  return `${at.toISOString()} ${name}\n${frames.map((frame) => `    ${frame}`).join('\n')}\n`;
}

export function logError(folder: string, error: unknown): void {
  try {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    appendFileSync(path.join(folder, 'instap.log'), describeError(error), {
      mode: PRIVATE_FILE_MODE,
    });
  } catch {
    // Logging must never take the app down with it.
  }
}
