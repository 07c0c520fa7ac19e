import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseExchangeFile } from '../../../src-shared/exchange';
import type { ExchangeFileV1, ExchangeIssue, ParseResult } from '../../../src-shared/exchange';

export const fixturesFolder = join(import.meta.dirname, '../../fixtures/exchange');

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesFolder, name), 'utf8');
}

/** A fixture as plain JSON, to change in a test. */
export function fixtureJson(name: string): Record<string, unknown> & { trajectories?: Raw[] } {
  return JSON.parse(fixtureText(name)) as Record<string, unknown> & { trajectories?: Raw[] };
}

export type Raw = Record<string, unknown>;

export function parseText(fileName: string, text: string): ParseResult {
  return parseExchangeFile(fileName, text, Buffer.byteLength(text, 'utf8'));
}

export function parseJson(fileName: string, value: unknown): ParseResult {
  return parseText(fileName, JSON.stringify(value, null, 2));
}

export function parsedFile(result: ParseResult): ExchangeFileV1 {
  if (!result.ok) throw new Error(`expected a valid file:\n${messages(result.errors).join('\n')}`);
  return result.file;
}

export function errorsOf(result: ParseResult): ExchangeIssue[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

export function messages(issues: readonly ExchangeIssue[]): string[] {
  return issues.map((i) => i.message);
}

/**
 * The issue at record + field, whose Dutch message names the file, the record and the field.
 * A record "#n" is named in the message as "traject #n".
 */
export function expectIssue(
  issues: readonly ExchangeIssue[],
  fileName: string,
  record: string | null,
  field: string | null,
): ExchangeIssue {
  const issue = issues.find((i) => i.record === record && i.field === field);
  if (issue === undefined) {
    throw new Error(
      `no issue at record ${String(record)}, field ${String(field)}; got:\n${messages(issues).join('\n')}`,
    );
  }
  expect(issue.file).toBe(fileName);
  expect(issue.message).toContain(`"${fileName}"`);
  if (record !== null) {
    expect(issue.message).toContain(record.startsWith('#') ? `traject ${record}` : `"${record}"`);
  }
  if (field !== null) expect(issue.message).toContain(`veld "${field}"`);
  expect(issue.message).toMatch(/^[A-Z].*\.$/s);
  return issue;
}
