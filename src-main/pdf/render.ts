import { existsSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { checkImage } from '../../src-shared/images/check';
import { readPng, type PngLayout } from '../../src-shared/images/dimensions';
import { withDocumentDefaults } from './metadata';

/**
 * The one place a pdfmake document definition becomes PDF bytes (DESIGN.md: pdfmake's URL access
 * denied, local file access only for the fonts) and where an image becomes something it may
 * embed. Every PDF of Instap goes through here.
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

/** Renders a document definition to PDF bytes, with the metadata every Instap PDF carries. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(withDocumentDefaults(doc)).getBuffer();
  // A copy of exactly the document's bytes, not a view of a pooled Buffer.
  return new Uint8Array(buffer);
}

export interface EmbeddableImage {
  /** Data URL: images never come from a path or URL. */
  url: string;
  width: number;
  height: number;
}

/**
 * A logo or signature as pdfmake may embed it; null for anything checkImage refuses or whose
 * PNG pixel data does not inflate within its stated size. pdfkit inflates that data in a zlib
 * callback, where a damaged stream throws beyond any catch, and never bounds it: a 1 MB stream
 * can inflate to a gigabyte. Judged here, such an image is left out like any other it cannot use.
 */
export function embeddableImage(bytes: Uint8Array): EmbeddableImage | null {
  const check = checkImage(bytes);
  if (!check.ok) return null;
  if (check.type === 'png' && !pixelDataInflates(readPng(bytes))) return null;
  return {
    url: `data:image/${check.type};base64,${Buffer.from(bytes).toString('base64')}`,
    width: check.width,
    height: check.height,
  };
}

function pixelDataInflates(png: PngLayout | null): boolean {
  if (png === null) return false;
  const rowBytes = Math.ceil((png.width * png.bitsPerPixel) / 8);
  // Each row has a filter byte; Adam7 interlacing adds, per row of each of its 7 passes, at most
  // one more filter byte and one more partial byte.
  const limit = png.height * (rowBytes + 1) + (png.interlaced ? 14 * (png.height + 1) : 0);
  try {
    inflateSync(Buffer.concat(png.pixelData), { maxOutputLength: limit });
    return true;
  } catch {
    return false;
  }
}
