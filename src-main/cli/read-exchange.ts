import { readFile, stat } from 'node:fs/promises';
import {
  MAX_EXCHANGE_BYTES,
  parseExchangeFile,
  type ExchangeFileV1,
  type ExchangeIssue,
} from '../../src-shared/exchange';
import { quote } from './options';

export interface ReadFile {
  path: string;
  file: ExchangeFileV1;
}

export interface ReadResult {
  files: ReadFile[];
  /** Dutch, one line each. */
  errors: string[];
  warnings: string[];
}

/** One by one: spreading a long list into push() throws a RangeError (DESIGN.md). */
function addMessages(into: string[], issues: readonly ExchangeIssue[]): void {
  for (const issue of issues) into.push(issue.message);
}

/**
 * Reads and validates every file (all of them, so every problem is reported at once). A file over
 * 50 MB is refused on its size, before its content is read.
 */
export async function readExchangeFiles(paths: readonly string[]): Promise<ReadResult> {
  const result: ReadResult = { files: [], errors: [], warnings: [] };
  for (const path of paths) {
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        result.errors.push(`${quote(path)} is een map, geen bestand.`);
        continue;
      }
      if (info.size > MAX_EXCHANGE_BYTES) {
        // parseExchangeFile checks the size first, so its message needs no content.
        const parsed = parseExchangeFile(path, '', info.size);
        if (!parsed.ok) addMessages(result.errors, parsed.errors);
        continue;
      }
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.errors.push(
        code === 'ENOENT'
          ? `Bestand ${quote(path)} bestaat niet.`
          : `Bestand ${quote(path)} kon niet worden gelezen (${code ?? 'onbekende fout'}).`,
      );
      continue;
    }
    // Non-fatal: invalid UTF-8 becomes U+FFFD, which parseExchangeFile reports with its place.
    const text = new TextDecoder('utf-8').decode(bytes);
    const parsed = parseExchangeFile(path, text, bytes.length);
    if (!parsed.ok) {
      addMessages(result.errors, parsed.errors);
      continue;
    }
    addMessages(result.warnings, parsed.warnings);
    result.files.push({ path, file: parsed.file });
  }
  return result;
}
