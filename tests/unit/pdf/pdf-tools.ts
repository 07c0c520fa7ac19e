import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** PDF inspection with poppler-utils (pdftotext, pdfinfo in /usr/bin), as a reader would see it. */
const run = promisify(execFile);
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-pdf-'));
let counter = 0;

function toFile(pdf: Uint8Array | string): string {
  if (typeof pdf === 'string') return pdf;
  const file = path.join(folder, `document-${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text as `pdftotext -layout` extracts it. */
export async function pdfText(pdf: Uint8Array | string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', toFile(pdf), '-']);
  return stdout;
}

/** The text with every run of white space made one space, for phrases across columns. */
export async function pdfWords(pdf: Uint8Array | string): Promise<string> {
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}

export async function pdfPages(pdf: Uint8Array | string): Promise<number> {
  const { stdout } = await run('pdfinfo', [toFile(pdf)]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error('pdfinfo gave no page count');
  return Number(match[1]);
}

/** The page size in points, e.g. [595.28, 841.89] for A4. */
export async function pdfPageSize(pdf: Uint8Array | string): Promise<[number, number]> {
  const { stdout } = await run('pdfinfo', [toFile(pdf)]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!match) throw new Error('pdfinfo gave no page size');
  return [Number(match[1]), Number(match[2])];
}
