import { existsSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one place a pdfmake document definition becomes PDF bytes (DESIGN.md: pdfmake's URL access
 * denied, local file access only for the fonts). Every PDF of Instap goes through here.
 */

export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/**
 * This module's folder: `src-main/pdf` when run from source (tsx, vitest: ESM), `dist/main` in the
 * esbuild bundles (CommonJS, also inside Electron's app.asar).
 */
const here: string = typeof __dirname === 'string' ? __dirname : import.meta.dirname;

/**
 * The fonts folder: `dist/main/fonts` next to a bundle (the build copies `assets/fonts` there, so
 * it travels inside app.asar with `dist/main/**`), else `assets/fonts` of the repository.
 */
export function fontsFolder(): string {
  const candidates = [path.join(here, 'fonts'), path.resolve(here, '..', '..', 'assets', 'fonts')];
  for (const folder of candidates) {
    if (existsSync(path.join(folder, FONT_FILES.normal))) return folder;
  }
  throw new Error(`Fonts not found; looked in ${candidates.join(' and ')}`);
}

let configuredFolder: string | null = null;

function configure(): void {
  if (configuredFolder !== null) return;
  const folder = fontsFolder();
  const allowed = new Set(Object.values(FONT_FILES).map((file) => path.join(folder, file)));
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(folder, FONT_FILES.normal),
      bold: path.join(folder, FONT_FILES.bold),
      italics: path.join(folder, FONT_FILES.italics),
      bolditalics: path.join(folder, FONT_FILES.bolditalics),
    },
  });
  // No document of Instap loads anything from the network, whatever its data says.
  pdfmake.setUrlAccessPolicy(() => false);
  // Local files: exactly the four font files; images travel as data URLs in `images`.
  pdfmake.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));
  configuredFolder = folder;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  // A copy of exactly the document's bytes, not a view of a pooled Buffer.
  return new Uint8Array(buffer);
}
