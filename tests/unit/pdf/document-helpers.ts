import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import type { PrintedCertificate } from '../../../src-shared/domain/certificate';
import type { Envelope } from '../../../src-shared/ipc/envelope';
import type { PdfFile } from '../../../src-shared/ipc/documents';
import { createServiceHandlers } from '../../../src-main/handlers';
import { iend, ihdr, png, pngChunk } from './images-fixtures';
import { pdfPages, pdfText } from './pdf-tools';

export { pdfPages as pageCount, pdfText };

/** Helpers of the certificate, agenda and merge tests (beside ./pdf-tools): pages, tiny PNGs. */

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The app's own icon: a real PNG logo, as a coach would upload one. */
export const appLogo = new Uint8Array(readFileSync(path.join(root, 'assets', 'icon.png')));

export const handlers = createServiceHandlers({
  transport: 'web',
  version: '9.9.9',
  dataFolder: '/tmp/instap-test',
  canOpenFiles: false,
});

export function pdfOf(envelope: Envelope<unknown>): PdfFile {
  if (!envelope.ok) throw new Error(`expected a PDF, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as PdfFile;
}

async function withFile<T>(bytes: Uint8Array, work: (file: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-pdf-'));
  const file = path.join(folder, 'document.pdf');
  writeFileSync(file, bytes);
  try {
    return await work(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The text per page: pdftotext ends each page with a form feed. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  return (await pdfText(bytes)).split('\f').slice(0, -1);
}

/** Renders every page to `test-results/pdf/<name>-N.png` at 60 dpi, to look at. */
export function renderPng(bytes: Uint8Array, name: string): Promise<void> {
  const folder = path.join(root, 'test-results', 'pdf');
  mkdirSync(folder, { recursive: true });
  return withFile(bytes, async (file) => {
    await run('/usr/bin/pdftoppm', ['-png', '-r', '60', file, path.join(folder, name)]);
  });
}

/** Lines of a page that are neither empty nor in `running` (header and footer lines). */
export function bodyLines(page: string, running: readonly RegExp[]): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !running.some((pattern) => pattern.test(line)));
}

// ---------------------------------------------------------------------------------------------
// PNG

/** A valid RGBA PNG of `width` × `height` with the colour `pixel(x, y)` gives. */
export function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return png(ihdr(width, height), pngChunk('IDAT', deflateSync(raw)), iend());
}

/** A blue pen stroke on transparency: something to sign with. */
export function signaturePng(): Uint8Array {
  const width = 360;
  const height = 110;
  return makePng(width, height, (x, y) => {
    const t = x / width;
    const curve =
      height / 2 +
      Math.sin(t * Math.PI * 5) * 26 * (1 - t * 0.6) +
      Math.sin(t * Math.PI * 13) * 8 -
      (t - 0.5) * 20;
    const distance = Math.abs(y - curve);
    const ink = x > 12 && x < width - 20 ? Math.max(0, 1 - Math.max(0, distance - 1.4) / 1.2) : 0;
    return [28, 52, 120, Math.round(ink * 255)];
  });
}

// ---------------------------------------------------------------------------------------------
// Certificates

export function certificate(
  number = '2026-0007',
  change: (content: PrintedCertificate['content']) => void = () => {},
): PrintedCertificate {
  const content: PrintedCertificate['content'] = {
    organisation: { name: 'Stichting De Brug', place: 'Zwolle' },
    logo: null,
    signature: null,
    accentColour: '#1f6f6b',
    candidate: { fullName: 'Fatma Çelik-Øvergård', birthDate: '1990-03-03' },
    placement: {
      kind: 'work-experience',
      role: 'Medewerker facilitaire dienst',
      employer: 'Zorgcentrum De Linde',
      location: 'Het Anker',
      startedOn: '2026-02-02',
      endedOn: '2026-07-31',
      hoursPerWeek: 16,
      supervisor: 'Henk Postma',
    },
    achievedGoals: [
      'Op tijd aanwezig zijn en afmelden volgens de afspraken',
      'Zelfstandig de ochtendronde met de koffiekar lopen',
      'Hulp vragen aan de praktijkbegeleider als iets niet duidelijk is',
      'Hygiëneregels in de keuken toepassen',
      'Afspraken over pauzes en werktijden nakomen',
      'Bestellingen van de afdelingen klaarzetten en controleren aan de hand van de lijst',
    ],
    reachedSteps: [],
    personalText:
      'Fatma Çelik-Øvergård heeft van 2 februari 2026 tot en met 31 juli 2026 werkervaring ' +
      'opgedaan bij Zorgcentrum De Linde, Het Anker, als medewerker facilitaire dienst. Dat ' +
      'waren 26 weken van 16 uur per week, in totaal ongeveer 410 uur.\n\nBewoners en ' +
      'collega’s waardeerden de rust en de vriendelijkheid waarmee Fatma het werk deed.',
    duties:
      'De koffie- en lunchronde op drie afdelingen, bestellingen klaarzetten en de linnenkamer ' +
      'bijhouden.',
    trainings: [
      { name: 'HACCP basis', completedOn: '2026-03-12', withCertificate: true },
      { name: 'Veilig tillen en verplaatsen', completedOn: '2026-04-20', withCertificate: false },
    ],
    workProcesses: null,
    signatory: { name: 'Jan de Vries', function: 'Coördinator werkervaringsplaatsen' },
    issuedOn: '2026-11-23',
  };
  change(content);
  return { number, content };
}
