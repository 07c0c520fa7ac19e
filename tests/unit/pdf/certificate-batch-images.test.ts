import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it, vi } from 'vitest';
import { makeCertificates } from '../../../src-main/pdf/certificate';
import type * as render from '../../../src-main/pdf/render';
import { appLogo as logo, certificate, pageTexts, signaturePng } from './document-helpers';

/**
 * Issue 18, point 5: an image pdfkit cannot read (it throws while making the document) spoils a
 * batch part's one document; then each certificate is made on its own, so only the one with that
 * image loses its images. pdfkit is made to throw here for every document holding the signature
 * below: no real image is known that passes the request's checks and then throws catchably.
 */

const unreadable = vi.hoisted(() => ({ url: '' }));

vi.mock('../../../src-main/pdf/render', async (original) => {
  const real = await original<typeof render>();
  return {
    ...real,
    renderPdf: async (doc: TDocumentDefinitions) => {
      if (Object.values(doc.images ?? {}).includes(unreadable.url)) {
        throw new Error('Invalid image');
      }
      return real.renderPdf(doc);
    },
  };
});

const images = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .match(/\/Subtype\s*\/Image/g)?.length ?? 0;

describe('a batch part with an image pdfkit cannot read', { timeout: 120_000 }, () => {
  it('makes every certificate, and leaves out the images of that one only', async () => {
    const { embeddableImage } = await import('../../../src-main/pdf/render');
    const signature = signaturePng();
    unreadable.url = embeddableImage(signature)?.url ?? 'none';
    const named = (number: string, withSignature: boolean) =>
      certificate(number, (c) => {
        c.logo = logo;
        c.signature = withSignature ? signature : null;
        c.candidate.fullName = `Kandidaat ${number}`;
      });
    const alone = await makeCertificates([named('2026-0001', false)], '1');
    const file = await makeCertificates(
      [named('2026-0001', false), named('2026-0002', true), named('2026-0003', false)],
      '1',
    );
    const pages = await pageTexts(file.bytes);
    expect(pages.map((page) => /Kandidaat (\d{4}-\d{4})/.exec(page)?.[1])).toEqual([
      '2026-0001',
      '2026-0002',
      '2026-0003',
    ]);
    // The logo of 0001 and 0003 (each its own document now), none on 0002.
    expect(images(alone.bytes)).toBeGreaterThan(0);
    expect(images(file.bytes)).toBe(2 * images(alone.bytes));
  });
});
