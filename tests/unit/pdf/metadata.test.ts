import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { renderPdf } from '../../../src-main/pdf/render';
import { certificate, handlers, pdfOf } from './document-helpers';

/**
 * Issue 16, point 13: every PDF says its language, shows a title without a person's name, embeds
 * its fonts and is A4. pdfmake's `tagged` is left off (see src-main/pdf/metadata.ts).
 */

const run = promisify(execFile);
const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-metadata-'));
let counter = 0;

async function inspect(bytes: Uint8Array) {
  const file = path.join(folder, `document-${++counter}.pdf`);
  writeFileSync(file, bytes);
  const info = (await run('pdfinfo', [file])).stdout;
  const fonts = (await run('pdffonts', [file])).stdout.split('\n').slice(2).filter(Boolean);
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const viewer = document.catalog.getViewerPreferences();
  return {
    title: /^Title:\s+(.*)$/m.exec(info)?.[1],
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1],
    tagged: /^Tagged:\s+(\w+)/m.exec(info)?.[1],
    language: document.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText(),
    displaysTitle: viewer?.getDisplayDocTitle() ?? false,
    // pdffonts: name type encoding emb sub uni object-id; "emb" is the fourth column from the end.
    fontsEmbedded:
      fonts.length > 0 && fonts.every((line) => line.trim().split(/\s+/).at(-4) === 'yes'),
  };
}

describe('document metadata of every PDF', { timeout: 60_000 }, () => {
  it('gives a certificate its language, a title by number, embedded fonts and A4', async () => {
    const file = pdfOf(await dispatch(handlers, 'pdf:certificate', { certificate: certificate() }));
    expect(await inspect(file.bytes)).toEqual({
      title: 'Getuigschrift 2026-0007',
      pageSize: '595.28 x 841.89 pts (A4)',
      tagged: 'no',
      language: 'nl-NL',
      displaysTitle: true,
      fontsEmbedded: true,
    });
  });

  it('renders any document Dutch with its title shown, unless it says another language', async () => {
    const doc = { info: { title: 'Proef' }, content: ['Tekst'] };
    expect(await inspect(await renderPdf(doc))).toMatchObject({
      title: 'Proef',
      language: 'nl-NL',
      displaysTitle: true,
      fontsEmbedded: true,
    });
    expect((await inspect(await renderPdf({ ...doc, language: 'en-GB' }))).language).toBe('en-GB');
  });

  it('titles a batch of certificates without any name in it', async () => {
    const part = pdfOf(
      await dispatch(handlers, 'pdf:certificate', { certificate: certificate() }),
    ).bytes;
    const merged = pdfOf(
      await dispatch(handlers, 'pdf:merge', { parts: [part, part], fileName: 'reeks.pdf' }),
    );
    expect(await inspect(merged.bytes)).toMatchObject({
      title: 'Getuigschriften',
      language: 'nl-NL',
      displaysTitle: true,
      fontsEmbedded: true,
    });
  });
});
